package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.PersonChange;
import io.guankou.model.place.Village;
import io.guankou.desktop.sheetimport.ImportTexts;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.RowProblem;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelImportCommandTest {

    private static final String NEW_VILLAGE = "新苗村";
    private static final List<String> HEADERS = List.of("序号", "姓名", "身份证号码", "性别", "联系电话", "所在村",
            "基础疾病", "疫苗接种情况", "分级", "备注");

    @TempDir
    Path dir;
    Path db;
    Path sheet;
    String village;
    int personsBefore;
    int villagesBefore;
    /** Five valid IDs the demo ledger does not hold. */
    List<String> ids = new ArrayList<>();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        db = TestTownship.copyInto(dir);
        Set<String> held;
        try (Database d = Database.openExisting(db)) {
            List<LedgerEntry> entries = new LedgerRepository(d, TestClocks.FIXED).loadEntries();
            held = entries.stream().map(LedgerEntry::residentId).collect(Collectors.toSet());
            personsBefore = entries.size();
            List<Village> villages = new PlaceRepository(d).villages();
            villagesBefore = villages.size();
            village = villages.get(0).name();
        }
        for (int i = 0; ids.size() < 5; i++) {
            // born 1964: in the ledger from 60, under 65 with no disease, so green by the rules; odd order digit = male
            String id = ResidentIds.withCheckCharacter("500235196405" + String.format("%02d", 10 + i) + "97" + 1);
            if (!held.contains(id)) {
                ids.add(id);
            }
        }
        sheet = dir.resolve("台账.xlsx");
        writeLedger(sheet, HEADERS, List.of(
                List.of("1", "张三", ids.get(0), "男", "13800000001", village, "无", "已全程", "绿", ""),
                List.of("2", "李四", ids.get(1), "男", "13800000002", village, "", "加强针", "红", "分级有误"),
                List.of("3", "王五", ids.get(2), "男", "", village, "高血压、哮喘", "", "", ""),
                // check character broken
                List.of("4", "赵六", ids.get(3).substring(0, 17) + wrongCheck(ids.get(3)), "男", "", village, "", "",
                        "", ""),
                List.of("5", "", ids.get(4), "男", "", village, "", "", "", ""),
                List.of("6", "钱七", ids.get(3), "男", "", NEW_VILLAGE, "", "", "", ""),
                List.of("7", "孙八", ids.get(4), "男", "", NEW_VILLAGE, "", "", "", "")));
    }

    private static String wrongCheck(String id) {
        return id.charAt(17) == '1' ? "2" : "1";
    }

    /** A ledger as offices keep it: a merged title row, then the headers, then the persons. */
    static void writeLedger(Path file, List<String> headers, List<List<String>> rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("重点人群");
            s.createRow(0).createCell(0).setCellValue("平安镇重点人群健康服务台账");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            Row h = s.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                h.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r + 2);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            wb.write(os);
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return GuankouCommand.execute(args, new DataPaths(dir.resolve("data")), o -> {
            throw new AssertionError("no window for a subcommand");
        }, LedgerOpener.existing(), TestClocks.FIXED, new PrintWriter(out, true), new PrintWriter(err, true))
                .exitCode();
    }

    private List<String> args(String... more) {
        List<String> a = new ArrayList<>(List.of("--lang", "en", "excel-import", "--db", db.toString(),
                sheet.toString(), "--user", "tester"));
        a.addAll(List.of(more));
        return a;
    }

    private int runImport(String... more) {
        return run(args(more).toArray(String[]::new));
    }

    private Map<String, LedgerEntry> ledger() {
        try (Database d = Database.openExisting(db)) {
            return new LedgerRepository(d, TestClocks.FIXED).loadEntries().stream()
                    .collect(Collectors.toMap(LedgerEntry::residentId, e -> e));
        }
    }

    private List<Village> villages() {
        try (Database d = Database.openExisting(db)) {
            return new PlaceRepository(d).villages();
        }
    }

    @Test
    void dryRunPrintsThePreviewAndWritesNothing() {
        assertThat(runImport("--dry-run")).as(err.toString()).isZero();
        String o = out.toString();
        assertThat(o).contains("File 台账.xlsx (xlsx), sheet \"重点人群\" (of 1)", "Header row 2; data rows below it",
                "Column mapping (recognised from the headers):", "B  姓名 -> Name", "C  身份证号码 -> Resident ID",
                "F  所在村 -> Village", "Data rows: 7", "Add: 3", "Update: 0", "Unchanged: 0", "Cannot import: 4",
                "Villages the ledger does not have: 1", NEW_VILLAGE + " (2 rows)",
                "Not created: their rows are rejected (--create-villages creates them).",
                "Sheet tier differs from the computed tier: 1 row; the computed tier stands",
                "Notes (1 row, imported anyway):", "Row 5: Chronic diseases: \"哮喘\" not recognised, left out",
                "Rejected rows (4):", "Row 6: Resident ID \"", "Row 7: Name: required",
                "Dry run: nothing was written.", "4 rows would be rejected and not imported.");
        // the broken ID is shown masked
        String broken = ids.get(3).substring(0, 17) + wrongCheck(ids.get(3));
        assertThat(o).doesNotContain(broken.substring(0, 17)).contains("Row 6: Resident ID \"" + ResidentIds.mask(broken));
        assertThat(ledger()).hasSize(personsBefore);
        assertThat(villages()).hasSize(villagesBefore);
    }

    @Test
    void importAddsThePersonsAndLeavesUnknownVillagesRejected() {
        assertThat(runImport()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported: 3 added, 0 updated, no village created.",
                "4 rows were rejected and not imported.", "--rejected OUT.xlsx");
        Map<String, LedgerEntry> ledger = ledger();
        assertThat(ledger).hasSize(personsBefore + 3).containsKeys(ids.get(0), ids.get(1), ids.get(2));
        assertThat(ledger.get(ids.get(0)).name()).isEqualTo("张三");
        assertThat(ledger.get(ids.get(0)).villageName()).isEqualTo(village);
        // the sheet's red stays a difference only: the computed tier stands
        assertThat(ledger.get(ids.get(1)).overrideTier()).isNull();
        assertThat(villages()).hasSize(villagesBefore);
        try (Database d = Database.openExisting(db)) {
            List<PersonChange> history = new LedgerRepository(d, TestClocks.FIXED)
                    .history(ledger.get(ids.get(0)).personId());
            assertThat(history).isNotEmpty().allSatisfy(c -> assertThat(c.changedBy()).isEqualTo("tester"));
        }

        // the same sheet again: nothing new, the three are unchanged
        assertThat(runImport()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Add: 0", "Unchanged: 3",
                "Nothing to write: the ledger already holds every row as the sheet gives it.");
        assertThat(ledger()).hasSize(personsBefore + 3);
    }

    @Test
    void createVillagesAndKeepSheetTier() {
        assertThat(runImport("--create-villages", "--keep-sheet-tier")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("They are created (--create-villages).", "Add: 4", "Cannot import: 3",
                "Imported: 4 added, 0 updated, 1 village created.",
                "the sheet tier is kept as an override (--keep-sheet-tier)");
        assertThat(villages()).hasSize(villagesBefore + 1).extracting(Village::name).contains(NEW_VILLAGE);
        Map<String, LedgerEntry> ledger = ledger();
        assertThat(ledger).hasSize(personsBefore + 4);
        // sheet row 8 is added in the new village; row 9 repeats the ID of row 7, so both stay rejected
        assertThat(ledger.get(ids.get(1)).overrideTier()).isEqualTo(Tier.RED);
        assertThat(ledger.get(ids.get(1)).computedTier()).isEqualTo(Tier.GREEN);
    }

    @Test
    void rejectedRowsAreWrittenToAWorkbook() throws IOException {
        Path rejected = dir.resolve("rejected.xlsx");
        assertThat(runImport("--dry-run", "--rejected", rejected.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Rejected rows written (4 rows): " + rejected);
        try (Workbook wb = new XSSFWorkbook(rejected.toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(Messages.of(Language.EN).get("import.errorColumn"));
            assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("姓名");
            List<String> errors = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                errors.add(s.getRow(r).getCell(0).getStringCellValue());
                numbers.add(s.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(numbers).containsExactly("4", "5", "6", "7");
            assertThat(errors.get(1)).contains("Name: required");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void chineseOutputListsRejectedRowsByNumber() {
        assertThat(run("--lang", "zh", "excel-import", "--db", db.toString(), sheet.toString(), "--dry-run"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("表头在第 2 行", "列对应（根据表头自动识别）：", "第 7 行：姓名：必填，不能为空",
                "新增：3", "预演：未写入任何内容。");
    }

    @Test
    void listingIsCappedUnlessAll() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(List.of(String.valueOf(i + 1), "", "12345", "男", "", village, "", "", "", ""));
        }
        writeLedger(sheet, HEADERS, rows);
        assertThat(runImport("--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Rejected rows (60):", "Row 52: ", "... and 10 more")
                .doesNotContain("Row 53: ");
        assertThat(runImport("--dry-run", "--all")).isZero();
        assertThat(out.toString()).contains("Row 62: ").doesNotContain("more");
    }

    @Test
    void mappingFileForUnrecognisedHeadersIsUsedAndRemembered() throws IOException {
        List<String> odd = List.of("甲", "乙", "丙");
        writeLedger(sheet, odd, List.of(List.of("周九", ids.get(0), village), List.of("吴十", ids.get(1), village)));
        assertThat(runImport("--dry-run")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("guankou: " + Messages.of(Language.EN).get("cli.import.noHeader"));

        Path mapping = dir.resolve("mapping.txt");
        Files.writeString(mapping, "format=1\n# odd headers\nA=NAME\nB=RESIDENT_ID\nC=VILLAGE\n");
        assertThat(runImport("--mapping", mapping.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--header-row");

        assertThat(runImport("--mapping", mapping.toString(), "--header-row", "2", "--dry-run"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Column mapping (from the mapping file):", "A  甲 -> Name", "Add: 2")
                .doesNotContain("remembered");
        String signature = ColumnMapping.signature(odd);
        try (Database d = Database.openExisting(db)) {
            assertThat(new ImportMappingRepository(d, TestClocks.FIXED).find(signature))
                    .as("a dry run remembers nothing").isEmpty();
        }

        assertThat(runImport("--mapping", mapping.toString(), "--header-row", "2")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported: 2 added", "Column mapping remembered");
        assertThat(ledger().get(ids.get(0)).name()).isEqualTo("周九");
        try (Database d = Database.openExisting(db)) {
            assertThat(new ImportMappingRepository(d, TestClocks.FIXED).find(signature)).isPresent();
        }

        // next time the remembered mapping applies by itself
        assertThat(runImport("--header-row", "2", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Column mapping (remembered for these headers):", "Unchanged: 2");
    }

    @Test
    void badMappingFileIsOneClearLine() throws IOException {
        Path mapping = dir.resolve("mapping.txt");
        Files.writeString(mapping, "format=1\nA=NAME\nB=SHOE_SIZE\n", StandardCharsets.UTF_8);
        assertThat(runImport("--mapping", mapping.toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("guankou: Mapping file " + mapping).contains("line 3", "SHOE_SIZE");
        assertThat(out.toString()).isEmpty();

        assertThat(runImport("--mapping", dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot read the mapping file");
        assertThat(ledger()).hasSize(personsBefore);
    }

    @Test
    void unreadableSheetIsOneLocalizedLine() throws IOException {
        Files.writeString(sheet, "this is no workbook, just text saved as .xlsx\n");
        assertThat(run("--lang", "zh", "excel-import", "--db", db.toString(), sheet.toString())).isEqualTo(2);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(1);
        Messages zh = Messages.of(Language.ZH);
        assertThat(lines.get(0)).isEqualTo(zh.format("cli.error", zh.get("import.sheetError.NOT_A_SHEET")))
                .isEqualTo("guankou：这个文件不是表格文件，请选择 .xlsx、.xls 或 .csv 文件");

        assertThat(runImport("--sheet", "没有这张表")).isEqualTo(2);
        assertThat(run(args().toArray(String[]::new))).isEqualTo(2);
        assertThat(run("--lang", "en", "excel-import", "--db", db.toString(), dir.resolve("none.xlsx").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("No such file");
    }

    @Test
    void missingSheetNamesTheSheet() throws IOException {
        writeLedger(sheet, HEADERS, List.of());
        assertThat(runImport("--sheet", "没有这张表")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("guankou: The workbook has no sheet \"没有这张表\"");
    }

    @Test
    void databaseFailureExitsWithOne() {
        assertThat(run("--lang", "en", "excel-import", "--db", dir.resolve("nothing.db").toString(),
                sheet.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("guankou: ").contains("nothing.db");
    }

    @Test
    void rejectedLineMasksTheIdAndKeepsBigRowNumbersPlain() {
        Messages en = Messages.of(Language.EN);
        String id = ids.get(0).substring(0, 17) + wrongCheck(ids.get(0));
        PlannedRow row = new PlannedRow(1003, RowAction.REJECTED, "张三", null, null, null, Set.of(), null, null,
                List.of(new RowProblem(1003, LedgerColumn.RESIDENT_ID, RowProblem.Kind.INVALID_ID, id,
                        "CHECK_CHARACTER")), List.of());
        assertThat(new ImportTexts(en).rejectedLine(row))
                .startsWith("Row 1003: Resident ID \"" + ResidentIds.mask(id) + "\": ")
                .doesNotContain(id.substring(6, 14));
    }

    @Test
    void anIdExcelTurnedIntoScientificNotationIsShownAsTypedForItHoldsNoPersonalDigits() {
        Messages en = Messages.of(Language.EN);
        PlannedRow row = new PlannedRow(6, RowAction.REJECTED, "张三", null, null, null, Set.of(), null, null,
                List.of(new RowProblem(6, LedgerColumn.RESIDENT_ID, RowProblem.Kind.DAMAGED_ID, "5.00235E+17",
                        "EXCEL_SCIENTIFIC_NOTATION")), List.of());
        assertThat(new ImportTexts(en).rejectedLine(row))
                .startsWith("Row 6: Resident ID \"5.00235E+17\": ");
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("--lang", "en", "excel-import", "--help")).isZero();
        assertThat(out.toString()).contains("--dry-run", "--create-villages", "--mapping", "--rejected",
                "--keep-sheet-tier");
        Set<String> lines = new HashSet<>(out.toString().lines().toList());
        assertThat(lines).isNotEmpty();
    }
}
