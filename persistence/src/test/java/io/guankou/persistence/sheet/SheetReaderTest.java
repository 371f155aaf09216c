package io.guankou.persistence.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.id.ResidentIdValidator;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.sheet.SheetReadException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetReaderTest {

    /** A valid-looking 18-digit ID (check character X), typed once as a number and once as text. */
    private static final String TEXT_ID = "11010519491231002X";
    private static final double NUMERIC_ID = 110105194912310020d;

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- xlsx / xls: the office's ledger

    @Test
    void xlsxLedgerWithMergedTitleReadsAsExcelShowsIt() throws IOException {
        Path file = write(new XSSFWorkbook(), "ledger.xlsx");

        try (SheetReader reader = SheetReader.open(file)) {
            assertThat(reader.format()).isEqualTo(SheetReader.Format.XLSX);
            assertLedger(reader);
        }
    }

    @Test
    void xlsLedgerReadsTheSame() throws IOException {
        Path file = write(new HSSFWorkbook(), "ledger.xls");

        try (SheetReader reader = SheetReader.open(file)) {
            assertThat(reader.format()).isEqualTo(SheetReader.Format.XLS);
            assertLedger(reader);
        }
    }

    private static void assertLedger(SheetReader reader) {
        assertThat(reader.sheetNames()).containsExactly("台账", "说明");
        assertThat(reader.sheetName()).isEqualTo("台账");
        List<SheetRow> rows = all(reader);

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 3, 4, 5, 6);
        // merged title: only the top-left cell holds the text, the rest of the region is empty (dropped)
        assertThat(rows.get(0).cells()).containsExactly("前进村重点人群台账");
        assertThat(rows.get(1).cells()).containsExactly("姓名", "身份证号", "出生日期", "最近联系", "备注", "合计");

        SheetRow zhang = rows.get(2);
        assertThat(zhang.cells().get(0)).isEqualTo("张三");
        // an ID typed as a number: what Excel shows in a General cell, never the digits reconstructed
        assertThat(zhang.cell(1)).isEqualTo("1.10105E+17");
        assertThat(ResidentIdValidator.check(zhang.cell(1), TestTownship.CLOCK).isExcelDamage()).isTrue();
        assertThat(zhang.cell(2)).isEqualTo("1949-12-31");
        assertThat(zhang.cell(3)).isEqualTo("2024-03-05 14:30");
        assertThat(zhang.cell(4)).isEqualTo("TRUE");
        assertThat(zhang.cell(5)).isEqualTo("3"); // formula: its cached value

        SheetRow li = rows.get(3);
        assertThat(li.cells()).containsExactly("李四", TEXT_ID, "", "", "0012");
        assertThat(ResidentIdValidator.check(li.cell(1), TestTownship.CLOCK).isExcelDamage()).isFalse();

        SheetRow wang = rows.get(4);
        // under a "0" number format Excel shows 15 significant digits and zeros: damaged just the same
        assertThat(wang.cells()).containsExactly("王五", "110105194912310000");
        assertThat(ResidentIdValidator.check(wang.cell(1), TestTownship.CLOCK).isValid()).isFalse();
    }

    private Path write(Workbook wb, String name) throws IOException {
        try (wb) {
            Sheet sheet = wb.createSheet("台账");
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明");
            sheet.createRow(0).createCell(0).setCellValue("前进村重点人群台账");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            sheet.createRow(1); // blank row between title and header
            Row header = sheet.createRow(2);
            String[] titles = {"姓名", "身份证号", "出生日期", "最近联系", "备注", "合计"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
            Row zhang = sheet.createRow(3);
            zhang.createCell(0).setCellValue("张三");
            zhang.createCell(1).setCellValue(NUMERIC_ID);
            Cell born = zhang.createCell(2);
            born.setCellValue(LocalDate.of(1949, 12, 31));
            born.setCellStyle(date);
            Cell contact = zhang.createCell(3);
            contact.setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30));
            contact.setCellStyle(dateTime);
            zhang.createCell(4).setCellValue(true);
            zhang.createCell(5).setCellFormula("1+2");
            Row li = sheet.createRow(4);
            li.createCell(0).setCellValue("李四");
            li.createCell(1).setCellValue(TEXT_ID);
            li.createCell(4).setCellValue("0012");
            li.createCell(7).setCellValue("   "); // a trailing blank cell: dropped
            Row wang = sheet.createRow(5);
            wang.createCell(0).setCellValue("王五");
            Cell id = wang.createCell(1);
            id.setCellValue(NUMERIC_ID);
            CellStyle digits = wb.createCellStyle();
            digits.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0"));
            id.setCellStyle(digits);
            sheet.createRow(6).createCell(2).setCellValue(""); // a blank row at the end: skipped
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    @Test
    void otherSheetByName() throws IOException {
        Path xlsx = write(new XSSFWorkbook(), "ledger.xlsx");
        Path xls = write(new HSSFWorkbook(), "ledger.xls");
        for (Path file : List.of(xlsx, xls)) {
            try (SheetReader reader = SheetReader.open(file, "说明")) {
                assertThat(reader.sheetName()).isEqualTo("说明");
                assertThat(all(reader)).containsExactly(new SheetRow(1, List.of("填表说明")));
            }
            assertThatThrownBy(() -> SheetReader.open(file, "没有"))
                    .isInstanceOfSatisfying(SheetReadException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_SHEET));
        }
    }

    @Test
    void firstRowsStopsEarlyAndRowsCanBeReadAgain() throws IOException {
        Path file = write(new XSSFWorkbook(), "ledger.xlsx");
        try (SheetReader reader = SheetReader.open(file)) {
            assertThat(reader.firstRows(2)).extracting(SheetRow::number).containsExactly(1, 3);
            assertThat(reader.firstRows(100)).hasSize(5);
            assertThat(all(reader)).hasSize(5);
        }
    }

    // ---------------------------------------------------------------- streaming a big sheet

    @Test
    void hundredThousandRowXlsxIsStreamed() throws IOException {
        Path file = dir.resolve("big.xlsx");
        int rows = 100_000;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = wb.createSheet("人员");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("序号");
            header.createCell(1).setCellValue("身份证号");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(TEXT_ID);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        AtomicInteger count = new AtomicInteger();
        AtomicInteger lastNumber = new AtomicInteger();
        List<Double> progress = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(file)) {
            reader.rows(row -> {
                count.incrementAndGet();
                lastNumber.set(row.number());
                if (row.number() == 50_001) {
                    assertThat(row.cells()).containsExactly("50000", TEXT_ID);
                }
            }, progress::add, () -> false);
        }

        assertThat(count.get()).isEqualTo(rows + 1);
        assertThat(lastNumber.get()).isEqualTo(rows + 1);
        assertThat(progress).hasSizeGreaterThan(100).isSorted().last().isEqualTo(1.0);
        assertThat(progress.get(progress.size() / 2)).isBetween(0.0, 1.0);
    }

    @Test
    void cancellationStopsReading() throws IOException {
        Path file = dir.resolve("many.csv");
        StringBuilder csv = new StringBuilder("姓名,编号\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("某人").append(i).append(',').append(i).append('\n');
        }
        Files.writeString(file, csv);
        Path xlsx = dir.resolve("many.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            for (int i = 0; i < 5_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        for (Path f : List.of(file, xlsx)) {
            AtomicInteger seen = new AtomicInteger();
            try (SheetReader reader = SheetReader.open(f)) {
                assertThatThrownBy(() -> reader.rows(row -> seen.incrementAndGet(), p -> { },
                        () -> seen.get() >= 1000))
                        .isInstanceOf(CancellationException.class);
            }
            assertThat(seen.get()).isBetween(1000, 1000 + RowPump.CHECK_EVERY);
        }
    }

    @Test
    void callersOwnExceptionComesOutUnchanged() throws IOException {
        Path file = write(new XSSFWorkbook(), "ledger.xlsx");
        IllegalStateException mine = new IllegalStateException("mine");
        try (SheetReader reader = SheetReader.open(file)) {
            assertThatThrownBy(() -> reader.rows(row -> {
                throw mine;
            })).isSameAs(mine);
        }
    }

    // ---------------------------------------------------------------- csv

    private static final String CSV = "姓名,身份证号,住址\r\n"
            + "张三," + TEXT_ID + ",\"前进村,3组\"\r\n"
            + "\r\n"
            + "李四,0012,\"前进村\r\n4组\"\r\n"
            + "\"王\"\"五\"\"\",,\n"
            + "赵六,110105194912310020";

    @Test
    void csvUtf8WithBom() throws IOException {
        Path file = dir.resolve("台账.csv");
        byte[] body = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        assertCsv(file, StandardCharsets.UTF_8);
    }

    @Test
    void csvUtf8WithoutBom() throws IOException {
        Path file = dir.resolve("台账.csv");
        Files.write(file, CSV.getBytes(StandardCharsets.UTF_8));
        assertCsv(file, StandardCharsets.UTF_8);
    }

    @Test
    void csvGbkIsRecognisedFromTheBytes() throws IOException {
        Path file = dir.resolve("台账.csv");
        Files.write(file, CSV.getBytes(Charset.forName("GBK")));
        assertCsv(file, Charset.forName("GB18030"));
    }

    private static void assertCsv(Path file, Charset expected) {
        try (SheetReader reader = SheetReader.open(file)) {
            assertThat(reader.format()).isEqualTo(SheetReader.Format.CSV);
            assertThat(reader.charset()).contains(expected);
            assertThat(reader.sheetNames()).containsExactly("台账");
            assertThat(all(reader)).containsExactly(
                    new SheetRow(1, List.of("姓名", "身份证号", "住址")),
                    new SheetRow(2, List.of("张三", TEXT_ID, "前进村,3组")),
                    new SheetRow(4, List.of("李四", "0012", "前进村\r\n4组")),
                    new SheetRow(5, List.of("王\"五\"")),
                    // CSV has no number type: the digits in the file come through whole
                    new SheetRow(6, List.of("赵六", "110105194912310020")));
        }
    }

    @Test
    void csvWithTabs() throws IOException {
        Path file = dir.resolve("tabs.csv");
        Files.writeString(file, "姓名\t电话\n张三\t13800000000\n");
        try (SheetReader reader = SheetReader.open(file)) {
            assertThat(all(reader)).extracting(SheetRow::cells)
                    .containsExactly(List.of("姓名", "电话"), List.of("张三", "13800000000"));
        }
    }

    // ---------------------------------------------------------------- what is no sheet

    @Test
    void textAndGarbageAreNotSheets() throws IOException {
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "姓名,身份证号\n张三,1\n");
        Path garbage = dir.resolve("garbage.xlsx");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5, 0, 0, 7, 8, 9});
        Path binaryCsv = dir.resolve("image.csv");
        Files.write(binaryCsv, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path zip = dir.resolve("archive.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        for (Path file : List.of(txt, garbage, binaryCsv, zip)) {
            assertThatThrownBy(() -> SheetReader.open(file))
                    .as(file.getFileName().toString())
                    .isInstanceOfSatisfying(SheetReadException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_SHEET));
        }
    }

    @Test
    void truncatedWorkbookIsUnreadable() throws IOException {
        Path whole = write(new XSSFWorkbook(), "ledger.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path wholeXls = write(new HSSFWorkbook(), "ledger.xls");
        byte[] xlsBytes = Files.readAllBytes(wholeXls);
        Path cutXls = dir.resolve("cut.xls");
        Files.write(cutXls, java.util.Arrays.copyOf(xlsBytes, 1024));

        for (Path file : List.of(cut, cutXls)) {
            assertThatThrownBy(() -> {
                try (SheetReader reader = SheetReader.open(file)) {
                    reader.rows(row -> { });
                }
            }).as(file.getFileName().toString())
                    .isInstanceOfSatisfying(SheetReadException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
        }
        assertThatThrownBy(() -> SheetReader.open(dir.resolve("missing.xlsx")))
                .isInstanceOfSatisfying(SheetReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    void passwordProtectedXlsxIsEncrypted() throws Exception {
        Path plain = write(new XSSFWorkbook(), "ledger.xlsx");
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> SheetReader.open(locked))
                .isInstanceOfSatisfying(SheetReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
    }

    @Test
    void passwordProtectedXlsIsEncrypted() throws IOException {
        Path locked = dir.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("123456");
        try {
            write(new HSSFWorkbook(), "locked.xls");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> SheetReader.open(locked))
                .isInstanceOfSatisfying(SheetReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
    }

    private static List<SheetRow> all(SheetReader reader) {
        List<SheetRow> rows = new ArrayList<>();
        Consumer<SheetRow> add = rows::add;
        reader.rows(add);
        return rows;
    }
}
