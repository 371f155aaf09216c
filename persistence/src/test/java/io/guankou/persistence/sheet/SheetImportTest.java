package io.guankou.persistence.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.person.Sex;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ConvertedRow;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.RowProblem;
import io.guankou.model.sheet.SheetVillages;
import io.guankou.model.sheet.UnknownVillage;
import io.guankou.model.person.Tier;
import io.guankou.persistence.TestTownship;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetImportTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 1, 10);
    private static final LocalDate BORN = LocalDate.of(1948, 3, 14);
    private static final List<Village> VILLAGES = List.of(
            new Village(1, null, "500235124001", "平安社区", UrbanRuralClass.C111, null),
            new Village(2, null, "500235124200", "龙洞村", UrbanRuralClass.C220, null));

    private static final String TITLE = "平安镇新冠重点人群健康服务台账";
    private static final String SUBTITLE = "填报单位：龙洞村卫生室    填报日期：2023年1月9日";
    private static final List<String> HEADER =
            List.of("序号", "姓名", "身份证号", "村(社区)", "出生日期", "感染日期", "联系电话", "分级");

    @TempDir
    Path dir;

    private static String id(int order) {
        return TestTownship.residentId(BORN, Sex.FEMALE, order);
    }

    private static List<Object> cells(Object... cells) {
        return Arrays.asList(cells);
    }

    /**
     * The office's ledger: two merged title rows, the header on row 3, then rows 4-9 with IDs as text and as
     * a number, birth and infection dates typed in every usual form and as date cells, a village the ledger
     * does not have (twice, spelled two ways), and a footer in column A on row 10.
     */
    private static List<List<?>> ledgerRows() {
        return List.of(
                HEADER,
                cells(1, "张三", id(1), "龙洞村", "1948-03-14", "2022/12/5", "13800000001", "黄"),
                cells(2, "李四", 110101195001010017d, "龙洞村", "1948/3/14", "2022-12-06", "13800000002"),
                cells(3, "王五", id(3), "石桥村", BORN, "2022年12月20日", null, "红"),
                cells(4, "赵六", id(4), "平安社区", "1948.3.14", LocalDate.of(2022, 12, 18)),
                cells(5, "孙七", id(5), "龙洞", "19480314", "2022.12.05"),
                cells(6, "周八", id(6), "石桥", "1948年3月14日", "1/12/2022"),
                cells("制表人：张三"));
    }

    private Path ledger(String name) {
        Path file = dir.resolve(name);
        return name.endsWith(".xls") ? TestSheets.xls(file, List.of(TITLE, SUBTITLE), ledgerRows())
                : TestSheets.xlsx(file, List.of(TITLE, SUBTITLE), ledgerRows());
    }

    private static SheetReading read(SheetLayout layout) {
        HeaderDetection header = layout.header().orElseThrow();
        return SheetImport.read(layout.file(), layout.sheetName(), header.rowNumber(), header.mapping(), VILLAGES,
                TODAY, f -> { }, () -> false);
    }

    private static ConvertedRow row(SheetReading reading, int number) {
        return reading.rows().stream().filter(r -> r.rowNumber() == number).findFirst().orElseThrow();
    }

    // ---- layout ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"台账.xlsx", "台账.xls"})
    void layoutFindsTheHeaderBelowTheMergedTitles(String name) {
        SheetLayout layout = SheetImport.layout(ledger(name), null);

        assertThat(layout.format()).isEqualTo(name.endsWith(".xls") ? SheetReader.Format.XLS : SheetReader.Format.XLSX);
        assertThat(layout.sheetNames()).containsExactly("台账");
        assertThat(layout.sheetName()).isEqualTo("台账");
        assertThat(layout.charset()).isEmpty();
        assertThat(layout.firstRows()).extracting(SheetRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(layout.firstRows().get(0).cells()).containsExactly(TITLE);

        HeaderDetection header = layout.header().orElseThrow();
        assertThat(header.rowNumber()).isEqualTo(3);
        assertThat(header.headers()).isEqualTo(HEADER);
        assertThat(header.mapping().asMap()).containsExactly(
                org.assertj.core.api.Assertions.entry(1, LedgerColumn.NAME),
                org.assertj.core.api.Assertions.entry(2, LedgerColumn.RESIDENT_ID),
                org.assertj.core.api.Assertions.entry(3, LedgerColumn.VILLAGE),
                org.assertj.core.api.Assertions.entry(4, LedgerColumn.BIRTH_DATE),
                org.assertj.core.api.Assertions.entry(5, LedgerColumn.INFECTION_DATE),
                org.assertj.core.api.Assertions.entry(6, LedgerColumn.PHONE),
                org.assertj.core.api.Assertions.entry(7, LedgerColumn.TIER));
        assertThat(header.unmapped()).containsExactly(0);
        assertThat(header.signature()).isEqualTo(ColumnMapping.signature(HEADER));

        assertThat(layout.sampleRows(2)).extracting(SheetRow::number).containsExactly(4, 5);
        assertThat(layout.sampleRows(2).get(0).cells()).startsWith("1", "张三", id(1), "龙洞村");
        assertThat(layout.sampleRows(100)).extracting(SheetRow::number).containsExactly(4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void aSheetWithoutARecognisableHeaderHasNoneAndSamplesFromTheTop() throws IOException {
        Path file = TestSheets.xlsx(dir.resolve("其他.xlsx"), List.of("物资发放登记"),
                List.of(List.of("品名", "数量"), List.of("口罩", "100")));

        SheetLayout layout = SheetImport.layout(file, null);

        assertThat(layout.header()).isEmpty();
        assertThat(layout.sampleRows(2)).extracting(SheetRow::number).containsExactly(1, 2);
    }

    @Test
    void aFileThatIsNoSheetIsASheetReadException() throws IOException {
        Path txt = Files.writeString(dir.resolve("台账.txt"), "姓名,身份证号\n");

        assertThatThrownBy(() -> SheetImport.layout(txt, null)).isInstanceOfSatisfying(SheetReadException.class,
                e -> assertThat(e.reason()).isEqualTo(SheetReadException.Reason.NOT_A_SHEET));
        Path xlsx = ledger("台账.xlsx");
        assertThatThrownBy(() -> SheetImport.layout(xlsx, "没有这个表"))
                .isInstanceOfSatisfying(SheetReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetReadException.Reason.NO_SUCH_SHEET));
    }

    // ---- reading -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"台账.xlsx", "台账.xls"})
    void readConvertsEveryRowBelowTheHeader(String name) {
        SheetLayout layout = SheetImport.layout(ledger(name), null);

        SheetReading reading = read(layout);

        assertThat(reading.file()).isEqualTo(layout.file());
        assertThat(reading.sheetName()).isEqualTo("台账");
        assertThat(reading.headerRow()).isEqualTo(3);
        assertThat(reading.mapping()).isEqualTo(layout.header().orElseThrow().mapping());
        assertThat(reading.rows()).extracting(ConvertedRow::rowNumber).startsWith(4, 5, 6, 7, 8, 9);

        ConvertedRow zhang = row(reading, 4);
        assertThat(zhang.problems()).isEmpty();
        assertThat(zhang.person().name()).isEqualTo("张三");
        assertThat(zhang.person().residentId()).isEqualTo(id(1));
        assertThat(zhang.person().villageId()).isEqualTo(2);
        assertThat(zhang.person().birthDate()).isEqualTo(BORN);
        assertThat(zhang.person().infectionDate()).isEqualTo(LocalDate.of(2022, 12, 5));
        assertThat(zhang.person().phone()).isEqualTo("13800000001");
        assertThat(zhang.sheetTier()).isEqualTo(Tier.YELLOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"台账.xlsx", "台账.xls"})
    void anIdStoredAsANumberIsDamagedNeverRepaired(String name) {
        SheetReading reading = read(SheetImport.layout(ledger(name), null));

        ConvertedRow li = row(reading, 5);
        assertThat(li.isRejected()).isTrue();
        assertThat(li.name()).isEqualTo("李四");
        assertThat(li.residentId()).isNull();
        assertThat(li.problems()).containsExactly(new RowProblem(5, LedgerColumn.RESIDENT_ID,
                RowProblem.Kind.DAMAGED_ID, "1.10101E+17", "EXCEL_SCIENTIFIC_NOTATION"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"台账.xlsx", "台账.xls"})
    void datesInEveryUsualFormAndDateCellsAreRead(String name) {
        SheetReading reading = read(SheetImport.layout(ledger(name), null));

        // birth dates: text 1948-03-14, 1948/3/14, a date cell, 1948.3.14, 19480314, 1948年3月14日
        for (int n : new int[] {4, 6, 7, 8}) {
            assertThat(row(reading, n).problems()).as("row %d", n).isEmpty();
            assertThat(row(reading, n).person().birthDate()).as("row %d", n).isEqualTo(BORN);
        }
        assertThat(row(reading, 6).person().infectionDate()).isEqualTo(LocalDate.of(2022, 12, 20));
        assertThat(row(reading, 7).person().infectionDate()).isEqualTo(LocalDate.of(2022, 12, 18));
        assertThat(row(reading, 8).person().infectionDate()).isEqualTo(LocalDate.of(2022, 12, 5));
        // 1/12/2022 could be either way round: never guessed
        ConvertedRow zhou = row(reading, 9);
        assertThat(zhou.problems()).containsExactly(new RowProblem(9, LedgerColumn.INFECTION_DATE,
                RowProblem.Kind.BAD_DATE, "1/12/2022", "AMBIGUOUS_DAY_MONTH"));
        assertThat(zhou.residentId()).isEqualTo(id(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"台账.xlsx", "台账.xls"})
    void villagesTheLedgerDoesNotHaveAreCollected(String name) {
        SheetReading reading = read(SheetImport.layout(ledger(name), null));

        // 石桥村 and 石桥 are one unknown village; 龙洞 is 龙洞村; the rejected row 9 counts too
        assertThat(reading.unknownVillages()).extracting(UnknownVillage::name, UnknownVillage::rows)
                .containsExactly(tuple("石桥村", 2));
        long placeholder = reading.unknownVillages().get(0).placeholderId();
        assertThat(SheetVillages.isPlaceholder(placeholder)).isTrue();
        assertThat(row(reading, 6).person().villageId()).isEqualTo(placeholder);
        assertThat(row(reading, 7).person().villageId()).isEqualTo(1);
        assertThat(row(reading, 8).person().villageId()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"台账.xlsx", "台账.xls"})
    void aFooterInAnUnmappedColumnIsNotARowToImport(String name) {
        SheetReading reading = read(SheetImport.layout(ledger(name), null));

        // "制表人：张三" in column A (序号, not mapped): nothing in any mapped column
        assertThat(reading.rows()).extracting(ConvertedRow::rowNumber).containsExactly(4, 5, 6, 7, 8, 9);
    }

    @Test
    void aFooterInTheNameColumnIsRejectedForItsMissingId() throws IOException {
        Path file = TestSheets.xlsx(dir.resolve("台账.xlsx"), List.of(TITLE), List.of(
                List.of("姓名", "身份证号", "村"),
                List.of("张三", id(1), "龙洞村"),
                List.of("合计：1人")));
        SheetReading reading = read(SheetImport.layout(file, null));

        assertThat(reading.rows()).extracting(ConvertedRow::rowNumber, ConvertedRow::isRejected)
                .containsExactly(tuple(3, false), tuple(4, true));
        assertThat(row(reading, 4).problems()).extracting(RowProblem::column, RowProblem::kind)
                .containsExactly(tuple(LedgerColumn.RESIDENT_ID, RowProblem.Kind.REQUIRED));
    }

    @Test
    void numberedTemplateRowsWithoutDataAreNotRowsToImport() {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("序号", "姓名", "身份证号", "村"));
        rows.add(cells(1, "张三", id(1), "龙洞村"));
        for (int i = 2; i <= 30; i++) {
            rows.add(cells(i)); // the template is numbered far below the data
        }
        Path file = TestSheets.xlsx(dir.resolve("模板.xlsx"), List.of(TITLE), rows);

        SheetReading reading = read(SheetImport.layout(file, null));

        assertThat(reading.rows()).extracting(ConvertedRow::rowNumber).containsExactly(3);
    }

    @Test
    void rowsWithOnlyAnAgeFormulaFilledDownAreNotRowsToImport() throws IOException {
        Path file = dir.resolve("年龄公式.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("台账");
            String[] header = {"姓名", "身份证号", "村", "年龄", "备注"};
            org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            org.apache.poi.ss.usermodel.Row zhang = sheet.createRow(1);
            zhang.createCell(0).setCellValue("张三");
            zhang.createCell(1).setCellValue(id(1));
            zhang.createCell(2).setCellValue("龙洞村");
            for (int r = 1; r <= 20; r++) {
                org.apache.poi.ss.usermodel.Row row = r == 1 ? zhang : sheet.createRow(r);
                // age from the ID, filled down the whole template: #VALUE! where the ID is empty
                row.createCell(3).setCellFormula("2023-MID(B" + (r + 1) + ",7,4)");
            }
            sheet.createRow(21).createCell(4).setCellValue("以下空白");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        SheetReading reading = read(SheetImport.layout(file, null));

        assertThat(reading.rows()).extracting(ConvertedRow::rowNumber).containsExactly(2);
    }

    @Test
    void villageCodesExcelTurnedIntoNumbersAreNotOneVillage() {
        Path file = TestSheets.xlsx(dir.resolve("编码.xlsx"), List.of(), List.of(
                List.of("姓名", "身份证号", "村"),
                cells("张三", id(1), 500235124200d),
                cells("李四", id(2), 500235124001d)));

        SheetReading reading = read(SheetImport.layout(file, null));

        assertThat(reading.rows()).extracting(ConvertedRow::rowNumber).containsExactly(2, 3);
        // never the same village for two different codes, and never a name the user could map for all of them
        assertThat(reading.unknownVillages()).extracting(UnknownVillage::name).doesNotContain("5.00235E+11");
        assertThat(reading.rows()).allSatisfy(r -> assertThat(r.problems()).extracting(RowProblem::kind)
                .containsExactly(RowProblem.Kind.UNKNOWN_VILLAGE));
    }

    @Test
    void aGbkCsvWithChineseHeadersIsReadFromItsBytes() {
        Path file = TestSheets.csv(dir.resolve("龙洞村台账.csv"), Charset.forName("GBK"), List.of(
                List.of("姓名", "身份证号", "村", "出生日期", "基础疾病", "感染日期"),
                List.of("张三", id(1), "龙洞村", "1948年3月14日", "高血压、糖尿病", "2022/12/5"),
                List.of("李四", "110101195001010017", "龙洞村", "", "", ""),
                List.of("王五", id(3), "石桥村", "", "无", "")));

        SheetLayout layout = SheetImport.layout(file, null);

        assertThat(layout.format()).isEqualTo(SheetReader.Format.CSV);
        assertThat(layout.charset()).contains(Charset.forName("GB18030"));
        assertThat(layout.sheetNames()).containsExactly("龙洞村台账");
        HeaderDetection header = layout.header().orElseThrow();
        assertThat(header.rowNumber()).isEqualTo(1);
        assertThat(header.mapping().size()).isEqualTo(6);

        SheetReading reading = read(layout);

        assertThat(reading.rows()).extracting(ConvertedRow::rowNumber).containsExactly(2, 3, 4);
        ConvertedRow zhang = row(reading, 2);
        assertThat(zhang.problems()).isEmpty();
        assertThat(zhang.person().name()).isEqualTo("张三");
        assertThat(zhang.person().comorbidities()).hasSize(2);
        assertThat(zhang.person().infectionDate()).isEqualTo(LocalDate.of(2022, 12, 5));
        // a CSV has no number cells: the 18 digits the xlsx damaged come through whole and are a valid ID
        assertThat(row(reading, 3).problems()).isEmpty();
        assertThat(row(reading, 3).residentId()).isEqualTo("110101195001010017");
        assertThat(row(reading, 4).person().comorbidities()).isEmpty();
        assertThat(reading.unknownVillages()).extracting(UnknownVillage::name).containsExactly("石桥村");
    }

    @Test
    void aUtf8CsvReadsTheSame() {
        Path file = TestSheets.csv(dir.resolve("台账.csv"), StandardCharsets.UTF_8, List.of(
                List.of("姓名", "身份证号", "村"),
                List.of("张三", id(1), "龙洞村")));

        SheetReading reading = read(SheetImport.layout(file, null));

        assertThat(reading.rows()).singleElement().satisfies(r -> {
            assertThat(r.problems()).isEmpty();
            assertThat(r.person().villageId()).isEqualTo(2);
        });
    }

    // ---- progress and cancellation ----------------------------------------------------------------------

    private Path bigCsv(int rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("姓名", "身份证号", "村"));
        for (int i = 0; i < rows; i++) {
            lines.add(List.of("某人" + i, TestTownship.residentId(BORN, Sex.MALE, i % 100), "龙洞村"));
        }
        return TestSheets.csv(dir.resolve("big.csv"), StandardCharsets.UTF_8, lines);
    }

    @Test
    void readingReportsProgressUpToTheEnd() {
        Path file = bigCsv(2_000);
        SheetLayout layout = SheetImport.layout(file, null);
        List<Double> progress = new ArrayList<>();

        SheetReading reading = SheetImport.read(file, null, 1, layout.header().orElseThrow().mapping(), VILLAGES,
                TODAY, progress::add, () -> false);

        assertThat(reading.rows()).hasSize(2_000);
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
    }

    @Test
    void cancellingStopsReadingWithACancellationException() {
        Path file = bigCsv(2_000);
        SheetLayout layout = SheetImport.layout(file, null);
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> SheetImport.read(file, null, 1, layout.header().orElseThrow().mapping(), VILLAGES,
                TODAY, f -> { }, () -> asked.incrementAndGet() >= 3))
                .isInstanceOf(CancellationException.class);
        assertThat(asked.get()).isEqualTo(3);

        assertThatThrownBy(() -> SheetImport.read(file, null, 1, layout.header().orElseThrow().mapping(), VILLAGES,
                TODAY, f -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
    }
}
