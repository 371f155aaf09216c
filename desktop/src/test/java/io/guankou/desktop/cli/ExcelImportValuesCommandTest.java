package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Person;
import io.guankou.model.person.Vaccination;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.ValueAnswer;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code excel-import} and values the parser does not recognise (issue 10, value mapping): the dry run lists them
 * with their rows and the lines that answer them; without the answers nothing is written (exit 2); a mapping file
 * with the lines imports, and the answers are remembered with the column mapping.
 */
class ExcelImportValuesCommandTest {

    private static final List<String> HEADERS = List.of("序号", "姓名", "身份证号码", "性别", "所在村", "疫苗接种情况",
            "家庭医生签约", "分级");

    @TempDir
    Path dir;
    Path db;
    Path sheet;
    int personsBefore;
    List<String> ids = new ArrayList<>();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        db = TestTownship.copyInto(dir);
        Set<String> held;
        String village;
        try (Database d = Database.openExisting(db)) {
            List<LedgerEntry> entries = new LedgerRepository(d, TestClocks.FIXED).loadEntries();
            held = entries.stream().map(LedgerEntry::residentId).collect(Collectors.toSet());
            personsBefore = entries.size();
            List<Village> villages = new PlaceRepository(d).villages();
            village = villages.get(0).name();
        }
        for (int i = 0; ids.size() < 3; i++) {
            // men born 1950: in the ledger's ages
            String id = ResidentIds.withCheckCharacter("500235195005" + String.format("%02d", 10 + i) + "97" + 1);
            if (!held.contains(id)) {
                ids.add(id);
            }
        }
        sheet = dir.resolve("台账.xlsx");
        ExcelImportCommandTest.writeLedger(sheet, HEADERS, List.of(
                List.of("1", "张三", ids.get(0), "男的", village, "打了", "签过", "重点关注"),
                List.of("2", "李四", ids.get(1), "男", village, " 打 了", "", ""),
                List.of("3", "王五", ids.get(2), "男", village, "已全程", "未签约", "绿")));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return GuankouCommand.execute(args, new DataPaths(dir.resolve("data")), o -> {
            throw new AssertionError("no window for a subcommand");
        }, LedgerOpener.existing(), TestClocks.FIXED, new PrintWriter(out, true), new PrintWriter(err, true))
                .exitCode();
    }

    private int runImport(String lang, String... more) {
        List<String> a = new ArrayList<>(List.of("--lang", lang, "excel-import", "--db", db.toString(),
                sheet.toString(), "--user", "tester"));
        a.addAll(List.of(more));
        return run(a.toArray(String[]::new));
    }

    private Map<String, LedgerEntry> ledger() {
        try (Database d = Database.openExisting(db)) {
            return new LedgerRepository(d, TestClocks.FIXED).loadEntries().stream()
                    .collect(Collectors.toMap(LedgerEntry::residentId, e -> e));
        }
    }

    /** The lines printed under the heading starting with {@code heading}, up to the next unindented line. */
    private List<String> block(String heading) {
        List<String> lines = out.toString().lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(heading)) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("heading " + heading + " in\n" + out).isPositive();
        List<String> block = new ArrayList<>();
        for (int i = start; i < lines.size() && lines.get(i).startsWith("  "); i++) {
            block.add(lines.get(i).strip());
        }
        return block;
    }

    @Test
    void aDryRunListsTheValuesWithTheirRowsAndTheLinesThatAnswerThem() {
        assertThat(runImport("en", "--dry-run")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Data rows: 3", "Add: 1", "Waiting for a value: 2",
                "Values not recognised: 4 (4 not answered)",
                "  Sex \"男的\": 1 row → not answered",
                "  Vaccination \"打了\": 2 rows → not answered",
                "  Family doctor contract \"签过\": 1 row → not answered",
                "  Tier (as in the sheet) \"重点关注\": 1 row → not answered",
                "Dry run: nothing was written.");
        // the mapping came from the headers: the whole file to write, columns first
        List<String> lines = block("Save these lines as a mapping file");
        assertThat(lines).containsSubsequence("format=1", "B=NAME", "C=RESIDENT_ID", "D=SEX", "E=VILLAGE",
                "F=VACCINATION", "G=FAMILY_DOCTOR_CONTRACT", "H=TIER",
                "# Sex: MALE Male, FEMALE Female, EMPTY Leave empty", "SEX.男的=?",
                "# Vaccination: NONE None, INCOMPLETE Incomplete, COMPLETE Complete, BOOSTER Booster, EMPTY Leave empty",
                "VACCINATION.打了=?",
                "# Family doctor contract: YES Contracted (date unknown), NO Not contracted, EMPTY Leave empty",
                "FAMILY_DOCTOR_CONTRACT.签过=?",
                "# Tier (as in the sheet): RED Red, YELLOW Yellow, GREEN Green, EMPTY Leave empty",
                "TIER.重点关注=?");
        assertThat(ledger()).hasSize(personsBefore);
    }

    @Test
    void withoutTheAnswersNothingIsWrittenAndTheExitCodeIsTwo() {
        assertThat(runImport("en")).isEqualTo(2);

        assertThat(err.toString().lines().toList()).singleElement().asString()
                .isEqualTo("guankou: 4 values are not answered; nothing written: complete the mapping file with the"
                        + " lines above and import again with --mapping");
        assertThat(out.toString()).contains("Values not recognised: 4 (4 not answered)", "VACCINATION.打了=?")
                .doesNotContain("Imported");
        assertThat(ledger()).hasSize(personsBefore);
    }

    @Test
    void theMappingFileWithTheLinesAnsweredImportsAndTheAnswersAreRemembered() throws IOException {
        assertThat(runImport("en", "--dry-run")).isZero();
        List<String> lines = new ArrayList<>();
        for (String line : block("Save these lines as a mapping file")) {
            lines.add(line.replace("SEX.男的=?", "SEX.男的=MALE")
                    .replace("VACCINATION.打了=?", "VACCINATION.打了=BOOSTER")
                    .replace("FAMILY_DOCTOR_CONTRACT.签过=?", "FAMILY_DOCTOR_CONTRACT.签过=YES")
                    .replace("TIER.重点关注=?", "TIER.重点关注=EMPTY"));
        }
        Path mapping = dir.resolve("映射.txt");
        Files.write(mapping, lines);

        assertThat(runImport("en", "--mapping", mapping.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Column mapping (from the mapping file):",
                "Values not recognised: 4 (0 not answered)", "  Vaccination \"打了\": 2 rows → Booster",
                "  Family doctor contract \"签过\": 1 row → Contracted (date unknown)",
                "  Tier (as in the sheet) \"重点关注\": 1 row → Leave empty",
                "Imported: 3 added", "Column mapping remembered").doesNotContain("=?");
        Map<String, LedgerEntry> ledger = ledger();
        assertThat(ledger).hasSize(personsBefore + 3);
        try (Database d = Database.openExisting(db)) {
            LedgerRepository repo = new LedgerRepository(d, TestClocks.FIXED);
            Person zhang = repo.find(ledger.get(ids.get(0)).personId()).orElseThrow();
            assertThat(zhang.vaccination()).isEqualTo(Vaccination.BOOSTER);
            assertThat(zhang.familyDoctorContractDate()).isNull();
            assertThat(repo.find(ledger.get(ids.get(1)).personId()).orElseThrow().vaccination())
                    .isEqualTo(Vaccination.BOOSTER);
            ColumnMapping remembered = new ImportMappingRepository(d, TestClocks.FIXED)
                    .find(ColumnMapping.signature(HEADERS)).orElseThrow();
            assertThat(remembered.values().answer(LedgerColumn.VACCINATION, "打了"))
                    .hasValueSatisfying(a -> assertThat(a.value()).isEqualTo(Vaccination.BOOSTER));
            assertThat(remembered.values().answer(LedgerColumn.TIER, "重点关注")).contains(ValueAnswer.LEAVE_EMPTY);
        }

        // next month's file with the same headers: the remembered answers apply by themselves
        assertThat(runImport("en", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Column mapping (remembered for these headers):",
                "Values not recognised: 4 (0 not answered)", "Unchanged: 3").doesNotContain("=?");
    }

    @Test
    void aMappingFileThatLacksSomeAnswersGetsOnlyTheMissingLines() throws IOException {
        Path mapping = dir.resolve("mapping.txt");
        Files.writeString(mapping, "B=NAME\nC=RESIDENT_ID\nD=SEX\nE=VILLAGE\nF=VACCINATION\nG=FAMILY_DOCTOR_CONTRACT\n"
                + "H=TIER\nVACCINATION.打了=COMPLETE\nSEX.男的=MALE\n");

        assertThat(runImport("en", "--mapping", mapping.toString())).isEqualTo(2);

        assertThat(block("Add these lines to the mapping file " + mapping)).containsExactly(
                "# Family doctor contract: YES Contracted (date unknown), NO Not contracted, EMPTY Leave empty",
                "FAMILY_DOCTOR_CONTRACT.签过=?",
                "# Tier (as in the sheet): RED Red, YELLOW Yellow, GREEN Green, EMPTY Leave empty",
                "TIER.重点关注=?");
        assertThat(err.toString()).startsWith("guankou: 2 values are not answered");
        assertThat(ledger()).hasSize(personsBefore);
    }

    @Test
    void inChineseTheValuesAreListedWithTheirRows() {
        assertThat(runImport("zh", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("未能识别的取值：4 个（尚未对应 4 个）", "  疫苗接种情况「打了」：2 行 → 尚未对应",
                "  家庭医生签约「签过」：1 行 → 尚未对应", "待定：2",
                "# 家庭医生签约：YES 已签约（日期不详）、NO 未签约、EMPTY 留空");
    }
}
