package io.guankou.persistence.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.person.Tier;
import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableWriterTest {

    private static final List<XlsxColumn> COLUMNS = List.of(
            new XlsxColumn("姓名", 10, XlsxColumn.Kind.TEXT),
            new XlsxColumn("身份证号", 22, XlsxColumn.Kind.TEXT),
            new XlsxColumn("分级", 8, XlsxColumn.Kind.TIER),
            new XlsxColumn("出生日期", 12, XlsxColumn.Kind.DATE),
            new XlsxColumn("最近联系", 18, XlsxColumn.Kind.DATETIME),
            new XlsxColumn("逾期天数", 8, XlsxColumn.Kind.NUMBER));

    @TempDir
    Path dir;
    @TempDir
    Path poiTemp;

    @BeforeEach
    void poiTempFilesIntoOwnFolder() {
        // SXSSF keeps its row buffers in temp files: put them where the test can see whether any are left
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    }

    @AfterEach
    void restorePoiTempFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void writesTitleFrozenHeaderWidthsAndTypedCells() throws Exception {
        Path file = dir.resolve("逾期联系.xlsx");
        List<List<?>> rows = List.of(
                Arrays.asList("张桂兰", "50023519480312002X", new TierCell(Tier.RED, "红"), LocalDate.of(1948, 3, 12),
                        LocalDateTime.of(2026, 11, 20, 9, 30), 3),
                Arrays.asList("李明", "500235194805160011", new TierCell(Tier.YELLOW, "黄"), LocalDate.of(1948, 5, 16),
                        null, new BigDecimal("37.5")),
                Arrays.asList("王芳", 500235195001010021L, new TierCell(Tier.GREEN, "绿")));

        XlsxTableWriter.write(file, "逾期联系", "平安镇 逾期联系 2026-11-23", COLUMNS, rows);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("逾期联系");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("平安镇 逾期联系 2026-11-23");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 5));

            XSSFRow header = sheet.getRow(1);
            assertThat(Stream.of(0, 1, 2, 3, 4, 5).map(c -> header.getCell(c).getStringCellValue()))
                    .containsExactly("姓名", "身份证号", "分级", "出生日期", "最近联系", "逾期天数");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2); // title and header stay in view
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(22 * 256);

            XSSFRow first = sheet.getRow(2);
            XSSFCell id = first.getCell(1);
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(id.getStringCellValue()).isEqualTo("50023519480312002X");
            assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");
            XSSFCell allDigits = sheet.getRow(3).getCell(1);
            assertThat(allDigits.getCellType()).isEqualTo(CellType.STRING);
            assertThat(allDigits.getStringCellValue()).isEqualTo("500235194805160011");
            XSSFCell numberInTextColumn = sheet.getRow(4).getCell(1);
            assertThat(numberInTextColumn.getCellType()).isEqualTo(CellType.STRING);
            assertThat(numberInTextColumn.getStringCellValue()).isEqualTo("500235195001010021");

            XSSFCell birth = first.getCell(3);
            assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(birth.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(1948, 3, 12, 0, 0));
            assertThat(birth.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            XSSFCell last = first.getCell(4);
            assertThat(last.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 30));
            assertThat(last.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(sheet.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.BLANK);

            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(37.5);

            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("红");
            assertThat(fill(first.getCell(2))).isEqualTo("D1242F");
            assertThat(fill(sheet.getRow(3).getCell(2))).isEqualTo("E3B341");
            assertThat(fill(sheet.getRow(4).getCell(2))).isEqualTo("2DA44E");
            assertThat(first.getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
        assertNoTempFilesBeside(file);
    }

    @Test
    void withoutTitleTheHeaderIsTheFirstRowAndFrozen() throws Exception {
        Path file = dir.resolve("plain.xlsx");
        XlsxTableWriter.write(file, "Sheet", null, COLUMNS.subList(0, 2), List.of(List.of("a", "b")));

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getMergedRegions()).isEmpty();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("b");
        }
    }

    @Test
    void writesSeveralSheetsInOrderEachWithItsTitleAndFrozenHeader() throws Exception {
        Path file = dir.resolve("调度会.xlsx");
        XlsxTableWriter.write(file, List.of(
                new XlsxSheet("调度会数字", "平安镇 2026-11-20", COLUMNS.subList(0, 2), List.of(List.of("红色人数", "12"))),
                new XlsxSheet("待办事项", null, COLUMNS.subList(5, 6), List.of(List.of(3), List.of(4)))));

        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet first = wb.getSheetAt(0);
            assertThat(first.getSheetName()).isEqualTo("调度会数字");
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("平安镇 2026-11-20");
            assertThat(first.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 1));
            assertThat(first.getRow(2).getCell(1).getStringCellValue()).isEqualTo("12");
            XSSFSheet second = wb.getSheetAt(1);
            assertThat(second.getSheetName()).isEqualTo("待办事项");
            assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("逾期天数");
            assertThat(second.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(second.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(4.0);
            assertThat(second.getLastRowNum()).isEqualTo(2);
        }
        assertNoTempFilesBeside(file);
    }

    @Test
    void refusesTwoSheetsOfOneNameAndLeavesNoFile() {
        Path file = dir.resolve("twice.xlsx");
        XlsxSheet sheet = new XlsxSheet("同名", null, COLUMNS.subList(0, 1), List.of());
        assertThatThrownBy(() -> XlsxTableWriter.write(file, List.of(sheet, sheet)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void streamsManyRowsWithoutLeavingTempFiles() throws Exception {
        Path file = dir.resolve("big.xlsx");
        Iterable<List<?>> rows = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < 5_000;
            }

            @Override
            public List<?> next() {
                i++;
                return List.of("p" + i, String.format("5002351948%08d", i));
            }
        };
        XlsxTableWriter.write(file, "big", "t", COLUMNS.subList(0, 2), rows);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5_001);
            assertThat(sheet.getRow(5_001).getCell(1).getStringCellValue()).isEqualTo("500235194800005000");
        }
        assertNoTempFilesBeside(file);
    }

    @Test
    void replacesAnExistingFileWhenWritingSucceeds() throws Exception {
        Path file = dir.resolve("export.xlsx");
        Files.writeString(file, "an older export");

        XlsxTableWriter.write(file, "s", null, COLUMNS.subList(0, 1), List.of(List.of("新")));

        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("新");
        }
        assertNoTempFilesBeside(file);
    }

    @Test
    void keepsTheExistingFileWhenWritingFails() throws Exception {
        Path file = dir.resolve("export.xlsx");
        Files.writeString(file, "an older export");
        Iterable<List<?>> failing = () -> Stream.<List<?>>of(List.of("ok"), List.of(new Object())).iterator();

        assertThatThrownBy(() -> XlsxTableWriter.write(file, "s", null, COLUMNS.subList(0, 1), failing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");

        assertThat(Files.readString(file)).isEqualTo("an older export");
        assertNoTempFilesBeside(file);
    }

    @Test
    void refusesARowLongerThanTheColumns() {
        Path file = dir.resolve("long.xlsx");
        assertThatThrownBy(() -> XlsxTableWriter.write(file, "s", null, COLUMNS.subList(0, 1),
                List.of(List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void columnsCheckTheirWidth() {
        assertThatThrownBy(() -> new XlsxColumn("x", 0, XlsxColumn.Kind.TEXT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XlsxColumn("x", 256, XlsxColumn.Kind.TEXT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String fill(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    private void assertNoTempFilesBeside(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
        }
        try (Stream<Path> left = Files.walk(poiTemp)) {
            assertThat(left.filter(Files::isRegularFile).map(Path::toFile).map(File::getName)).isEmpty();
        }
    }
}
