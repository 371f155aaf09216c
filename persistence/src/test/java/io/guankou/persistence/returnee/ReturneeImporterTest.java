package io.guankou.persistence.returnee;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.place.Village;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.Returnee;
import io.guankou.model.returnee.ReturneeField;
import io.guankou.model.returnee.ReturneeProblem;
import io.guankou.model.returnee.sheet.ReturneeColumn;
import io.guankou.model.returnee.sheet.ReturneeRowProblem;
import io.guankou.model.returnee.sheet.ReturneeSheetRow;
import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.sheet.SheetReadException;
import io.guankou.persistence.sheet.TestSheets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returnees from a sheet: the header found under a title, each row checked with the form's rules (a problem named by
 * row and column), the household matched by address or kept as typed, the accepted rows added in one transaction.
 */
class ReturneeImporterTest {

    static final List<String> HEADER = List.of("序号", "姓名", "联系电话", "村（社区）", "家庭住址", "返乡日期",
            "从何处返回", "已告知卫生院电话", "已提示戴口罩少接触老人");

    @TempDir
    Path dir;

    Database db;
    ReturneeRepository repo;
    ReturneeImporter importer;
    HouseholdRef household;
    Village village;

    @BeforeEach
    void open() {
        Path file = dir.resolve("demo.db");
        DemoTownshipWriter.write(file, new DemoOptions(300, 42L, TODAY));
        db = Database.open(file);
        repo = new ReturneeRepository(db, CLOCK);
        PlaceRepository places = new PlaceRepository(db);
        importer = new ReturneeImporter(db, repo, places);
        Map<Long, HouseholdRef> all = repo.households(TODAY);
        Map<String, Long> sameAddress = all.values().stream().collect(Collectors.groupingBy(
                h -> h.villageId() + "|" + h.address(), Collectors.counting()));
        household = all.values().stream().filter(h -> !h.members().isEmpty())
                .filter(h -> sameAddress.get(h.villageId() + "|" + h.address()) == 1).findFirst().orElseThrow();
        village = places.villages().stream().filter(v -> v.id() == household.villageId()).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void anXlsxSheetAddsItsGoodRowsAndNamesTheBadOnesByRowAndColumn() {
        Path sheet = TestSheets.xlsx(dir.resolve("返乡人员.xlsx"), List.of("某某镇春节返乡人员登记表"), List.of(
                HEADER,
                row(1, "陈一", "13800001111", village.name(), household.address(), TODAY.minusDays(2), "广东东莞",
                        "是", "否"),
                row(2, "林二", "", village.name(), "新街 8 号（台账外）", "2026/11/20", "浙江义乌", "√", "是"),
                row(3, "王三", "13800002222", village.name(), household.address(), "2026-13-40", "重庆", "是", "是"),
                row(4, "", "13800003333", village.name(), "新街 9 号", "2026-11-21", "四川成都", "否", "否")));

        ReturneeSheet read = importer.read(sheet, TODAY);

        // title in row 1, header in row 2: data rows 3 to 6
        assertThat(read.headerRow()).isEqualTo(2);
        assertThat(read.rows()).extracting(ReturneeSheetRow::rowNumber).containsExactly(3, 4, 5, 6);
        assertThat(read.toAdd()).extracting(ReturneeSheetRow::rowNumber).containsExactly(3, 4);
        assertThat(read.refused()).extracting(ReturneeSheetRow::rowNumber).containsExactly(5, 6);
        assertThat(read.refused().get(0).problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(ReturneeColumn.ARRIVAL);
            assertThat(p.value()).isEqualTo("2026-13-40");
            assertThat(p.problem().kind()).isEqualTo(ReturneeProblem.Kind.BAD_DATE);
        });
        assertThat(read.refused().get(1).problems()).extracting(ReturneeRowProblem::column,
                p -> p.problem().kind()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReturneeColumn.NAME, ReturneeProblem.Kind.REQUIRED));
        assertThat(repo.returnees()).as("the preview writes nothing").hasSize(4);

        assertThat(importer.apply(read, "王主任", TODAY)).isEqualTo(2);

        List<Returnee> stored = repo.returnees();
        assertThat(stored).hasSize(6);
        Returnee chen = stored.stream().filter(r -> r.name().equals("陈一")).findFirst().orElseThrow();
        assertThat(chen.householdId()).as("matched by its address").isEqualTo(household.id());
        assertThat(chen.villageId()).isEqualTo(village.id());
        assertThat(chen.arrival()).isEqualTo(TODAY.minusDays(2));
        assertThat(chen.clinicNumberGiven()).isTrue();
        assertThat(chen.adviceGiven()).isFalse();
        Returnee lin = stored.stream().filter(r -> r.name().equals("林二")).findFirst().orElseThrow();
        assertThat(lin.householdId()).isNull();
        assertThat(lin.address()).as("stored half-width, as the form stores it").isEqualTo("新街 8 号(台账外)");
        assertThat(lin.phone()).isNull();
        assertThat(lin.arrival()).isEqualTo(TODAY.minusDays(3));
        assertThat(lin.clinicNumberGiven()).isTrue();
        assertThat(lin.adviceGiven()).isTrue();
    }

    @Test
    void aCsvSheetIsCheckedRowByRowAndAHouseholdIsFoundByItsHeadsName() throws Exception {
        Map<String, Long> households = repo.households(TODAY).values().stream().flatMap(h -> h.members().stream()
                .map(m -> m.name()).distinct()).collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        HouseholdRef joined = repo.households(TODAY).values().stream().filter(h -> h.members().stream()
                .anyMatch(m -> households.get(m.name()) == 1)).findFirst().orElseThrow();
        String head = joined.members().stream().filter(m -> households.get(m.name()) == 1).findFirst().orElseThrow()
                .name();
        Path sheet = TestSheets.csv(dir.resolve("返乡.csv"), StandardCharsets.UTF_8, List.of(
                List.of("姓名", "手机号", "户主", "到达日期", "来源地", "已告知卫生院电话", "已提示戴口罩少接触老人"),
                List.of("赵四", "139 0000 1111", head, "20261122", "上海", "是", "是"),
                List.of("钱五", "13900002222", "", "2026-02-30", "北京", "是", "也许"),
                List.of("", "13900003333", head, "2026-11-22", "", "", "")));

        ReturneeSheet read = importer.read(sheet, TODAY);

        assertThat(read.headerRow()).isEqualTo(1);
        assertThat(read.rows()).extracting(ReturneeSheetRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(read.toAdd()).extracting(ReturneeSheetRow::rowNumber).containsExactly(2);
        assertThat(read.toAdd().get(0).edit().householdId()).as("the household of the person named")
                .isEqualTo(joined.id());
        assertThat(read.toAdd().get(0).edit().villageId()).as("the household's village").isEqualTo(joined.villageId());
        ReturneeSheetRow qian = read.rows().get(1);
        // no village column and no household: the village is missing; a 30 February; a yes/no that is neither
        assertThat(qian.problems()).extracting(ReturneeRowProblem::column, p -> p.problem().kind())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ReturneeColumn.ADVICE, ReturneeProblem.Kind.BAD_YES_NO),
                        org.assertj.core.groups.Tuple.tuple(ReturneeColumn.VILLAGE, ReturneeProblem.Kind.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple(ReturneeColumn.HOUSEHOLD, ReturneeProblem.Kind.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple(ReturneeColumn.ARRIVAL, ReturneeProblem.Kind.BAD_DATE));
        ReturneeSheetRow noName = read.rows().get(2);
        assertThat(noName.problems()).extracting(ReturneeRowProblem::column, p -> p.problem().kind())
                .contains(org.assertj.core.groups.Tuple.tuple(ReturneeColumn.NAME, ReturneeProblem.Kind.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple(ReturneeColumn.FROM, ReturneeProblem.Kind.REQUIRED));
        assertThat(repo.returnees()).hasSize(4);
    }

    @Test
    void aRowRefusedWhenWrittenRollsBackTheWholeImport() {
        Path sheet = TestSheets.xlsx(dir.resolve("返乡人员.xlsx"), List.of(), List.of(
                HEADER,
                row(1, "林二", "", village.name(), "新街 8 号", "2026-11-20", "浙江义乌", "是", "是"),
                row(2, "陈一", "", village.name(), household.address(), "2026-11-21", "广东东莞", "是", "是")));
        ReturneeSheet read = importer.read(sheet, TODAY);
        assertThat(read.toAdd()).hasSize(2);
        // the household is removed between the preview and the import
        db.transaction(dsl -> dsl.execute("UPDATE household SET deleted = 1 WHERE id = " + household.id()));

        assertThatThrownBy(() -> importer.apply(read, "王主任", TODAY)).isInstanceOfSatisfying(
                ReturneeImportRefused.class, e -> {
                    assertThat(e.rowNumber()).isEqualTo(3);
                    assertThat(e.problems()).extracting(ReturneeProblem::field).containsExactly(ReturneeField.HOUSEHOLD);
                });
        assertThat(repo.returnees()).as("row 2 was written first and rolled back").hasSize(4);
    }

    @Test
    void aSheetWithoutAReturneeHeaderHasNoRowsAndAFileThatIsNoSheetIsRefused() throws Exception {
        Path sheet = TestSheets.csv(dir.resolve("other.csv"), StandardCharsets.UTF_8, List.of(
                List.of("药品", "数量"), List.of("布洛芬", "20")));
        ReturneeSheet read = importer.read(sheet, TODAY);
        assertThat(read.headerFound()).isFalse();
        assertThat(read.rows()).isEmpty();

        Path text = Files.writeString(dir.resolve("notes.txt"), "not a sheet");
        assertThatThrownBy(() -> importer.read(text, TODAY)).isInstanceOfSatisfying(SheetReadException.class,
                e -> assertThat(e.reason()).isEqualTo(SheetReadException.Reason.NOT_A_SHEET));
    }
}
