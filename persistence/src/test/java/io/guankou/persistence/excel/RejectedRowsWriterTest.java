package io.guankou.persistence.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReader;
import io.guankou.persistence.sheet.SheetReading;
import io.guankou.persistence.sheet.SheetRow;
import io.guankou.persistence.sheet.TestSheets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsWriterTest {

    private static final String ERROR_HEADER = "错误原因";
    private static final String TEXT_ID = "11010519491231002X";

    @TempDir
    Path dir;

    private static List<Object> cells(Object... cells) {
        return Arrays.asList(cells);
    }

    /** Title on row 1, header on row 2, data on rows 3-7. */
    private Path ledger(String name) {
        List<List<?>> rows = List.of(
                List.of("序号", "姓名", "身份证号", "出生日期", "联系电话", "备注"),
                cells(1, "张三", TEXT_ID, "1949-12-31", "13800000001"),
                cells(2, "李四", 110101195001010017d, LocalDate.of(1950, 1, 1), "013800000002"),
                cells(3, "王五", "0012", null, null, "无"),
                cells(4, "赵六", "11010519491231002x", "1949/12/31"),
                cells(5, "孙七", TEXT_ID, "1/12/1949", "13800000005", "", "表外一格"));
        Path file = dir.resolve(name);
        return name.endsWith(".xls") ? TestSheets.xls(file, List.of("平安镇重点人群台账"), rows)
                : TestSheets.xlsx(file, List.of("平安镇重点人群台账"), rows);
    }

    private static List<SheetRow> readBack(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(file)) {
            reader.rows(rows::add);
        }
        return rows;
    }

    @Test
    void writesTheHeaderWithAnErrorColumnAndTheRejectedRowsAsTyped() {
        Path sheet = ledger("台账.xlsx");
        Map<Integer, String> errors = new LinkedHashMap<>();
        errors.put(4, "身份证号被Excel改成了数字，请按身份证重新录入");
        errors.put(5, "身份证号位数不对");
        errors.put(7, "出生日期 1/12/1949 日月不清");
        Path out = dir.resolve("未导入的行.xlsx");

        int written = RejectedRowsWriter.write(sheet, null, 2, errors, ERROR_HEADER, out);

        assertThat(written).isEqualTo(3);
        List<SheetRow> back = readBack(out);
        assertThat(back).extracting(SheetRow::cells).containsExactly(
                List.of(ERROR_HEADER, "序号", "姓名", "身份证号", "出生日期", "联系电话", "备注"),
                // the number ID as Excel showed it, the date cell as the reader gives it, the leading 0 kept
                List.of("身份证号被Excel改成了数字，请按身份证重新录入", "2", "李四", "1.10101E+17", "1950-01-01",
                        "013800000002"),
                List.of("身份证号位数不对", "3", "王五", "0012", "", "", "无"),
                List.of("出生日期 1/12/1949 日月不清", "5", "孙七", TEXT_ID, "1/12/1949", "13800000005", "",
                        "表外一格"));
        // the file imports again: its header is recognised on row 1
        SheetLayout layout = SheetImport.layout(out, null);
        HeaderDetection header = layout.header().orElseThrow();
        assertThat(header.rowNumber()).isEqualTo(1);
        assertThat(header.unmapped()).contains(0, 1);
    }

    @Test
    void everyCellIsTextSoIdsAndPhonesStayAsTyped() throws IOException {
        Path sheet = ledger("台账.xlsx");
        Path out = dir.resolve("rejected.xlsx");

        RejectedRowsWriter.write(sheet, "台账", 2, Map.of(3, "重复", 6, "校验位错误"), ERROR_HEADER, out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet s = wb.getSheet("台账");
            assertThat(s).isNotNull();
            List<String> ids = new ArrayList<>();
            for (Row row : s) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
                }
                if (row.getRowNum() > 0) {
                    ids.add(row.getCell(3).getStringCellValue());
                }
            }
            assertThat(ids).containsExactly(TEXT_ID, "11010519491231002x");
        }
    }

    @Test
    void aSheetWithoutRejectedRowsGivesTheHeaderOnly() {
        Path out = dir.resolve("none.xlsx");

        int written = RejectedRowsWriter.write(ledger("台账.xls"), null, 2, Map.of(), ERROR_HEADER, out);

        assertThat(written).isZero();
        assertThat(readBack(out)).extracting(SheetRow::cells).containsExactly(
                List.of(ERROR_HEADER, "序号", "姓名", "身份证号", "出生日期", "联系电话", "备注"));
    }

    @Test
    void rejectedRowsOfAGbkCsvAreWrittenWithTheirChineseText() {
        Path csv = TestSheets.csv(dir.resolve("龙洞村台账.csv"), Charset.forName("GBK"), List.of(
                List.of("姓名", "身份证号", "村"),
                List.of("张三", "110101195001010017", "龙洞村"),
                List.of("李四", "0012", "石桥村")));
        SheetLayout layout = SheetImport.layout(csv, null);
        SheetReading reading = SheetImport.read(csv, layout.sheetName(), 1,
                layout.header().orElseThrow().mapping(), List.of(), LocalDate.of(2023, 1, 10), f -> { }, () -> false);
        Map<Integer, String> errors = new LinkedHashMap<>();
        reading.rows().stream().filter(r -> r.isRejected() && r.rowNumber() == 3)
                .forEach(r -> errors.put(r.rowNumber(), "身份证号位数不对"));
        Path out = dir.resolve("龙洞村台账-未导入.xlsx");

        RejectedRowsWriter.write(csv, reading.sheetName(), reading.headerRow(), errors, ERROR_HEADER, out);

        assertThat(readBack(out)).extracting(SheetRow::cells).containsExactly(
                List.of(ERROR_HEADER, "姓名", "身份证号", "村"),
                List.of("身份证号位数不对", "李四", "0012", "石桥村"));
        try (SheetReader reader = SheetReader.open(out)) {
            assertThat(reader.sheetNames()).containsExactly("龙洞村台账");
        }
        assertThat(ColumnMapping.signature(List.of("姓名", "身份证号", "村")))
                .isEqualTo(layout.header().orElseThrow().signature());
    }
}
