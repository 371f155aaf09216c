package io.guankou.persistence.ledger;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.org.TeamMember;
import io.guankou.model.org.TeamRole;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.RowNote;
import io.guankou.model.sheet.UnknownVillage;
import io.guankou.model.sheet.VillageChoice;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.sheet.SheetImport;
import io.guankou.persistence.sheet.SheetLayout;
import io.guankou.persistence.sheet.SheetReading;
import io.guankou.persistence.sheet.TestSheets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grids and teams from an office's workbook (issue 10), made here with Apache POI: village groups (村民小组) become
 * grids of their village and responsible persons (包保责任人) the teams they lead, created in the import's
 * transaction when the user asks, and found again by the next import.
 *
 * <p>The test township: 平安社区 (grid 第一网格, team 社区小分队 led by 李书记) and 龙洞村 (grid 第一网格, team
 * 龙洞小分队 without members).
 */
class SheetGridsAndTeamsImportTest {

    private static final String USER = "办公室小王";
    private static final Instant AT = Instant.parse("2026-11-23T03:15:00Z");
    private static final List<String> HEADER = List.of("姓名", "身份证号", "村", "村民小组", "包保责任人");

    @TempDir
    Path dir;
    Database db;
    LedgerRepository ledger;
    LedgerImporter importer;
    PlaceRepository places;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        ledger = new LedgerRepository(db, CLOCK);
        importer = new LedgerImporter(db, CLOCK);
        places = new PlaceRepository(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static String man(int n) {
        return TestTownship.residentId(LocalDate.of(1950, 1, 1), Sex.MALE, n);
    }

    /** The office's sheet: a title row, the header, then the rows. */
    private SheetReading read(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        Path file = TestSheets.xlsx(dir.resolve("台账.xlsx"), List.of("平安镇重点人群台账"), all);
        SheetLayout layout = SheetImport.layout(file, null);
        HeaderDetection header = layout.header().orElseThrow();
        return SheetImport.read(file, null, header.rowNumber(), header.mapping(), places.sheetPlaces(),
                TestTownship.TODAY, f -> { }, () -> false);
    }

    /**
     * 龙洞村 1组 (张三, twice), 平安社区 1组 (李书记, who leads 社区小分队), 平安社区 第一网格 (李书记), 石桥村 (new)
     * 3组 (刘五), 平安社区 2组 (张三: another 张三 than 龙洞村's).
     */
    private static List<List<String>> officeSheet() {
        return List.of(
                List.of("王德明", man(1), "龙洞村", "1组", "张三"),
                List.of("李四", man(2), "龙洞村", "1组", "张三"),
                List.of("赵六", man(3), "平安社区", "1组", "李书记"),
                List.of("孙七", man(4), "平安社区", "第一网格", "李书记"),
                List.of("周八", man(5), "石桥村", "3组", "刘五"),
                List.of("吴九", man(6), "平安社区", "2组", "张三"));
    }

    private static ImportChoices createAll(SheetReading reading) {
        Map<Long, VillageChoice> villages = new HashMap<>();
        reading.unknownVillages().forEach(u -> villages.put(u.placeholderId(), VillageChoice.create()));
        return new ImportChoices(villages, false, USER, AT, null, true, true);
    }

    private ImportResult apply(ImportPlan plan) {
        return importer.apply(plan, "台账.xlsx", f -> { }, () -> false);
    }

    private Person stored(String residentId) {
        return ledger.find(ledger.findIdByResidentId(residentId).orElseThrow()).orElseThrow();
    }

    private long count(String table) {
        return Long.parseLong(TestTownship.query(db, "SELECT count(*) FROM " + table));
    }

    private Map<String, Long> counts() {
        Map<String, Long> m = new HashMap<>();
        for (String t : List.of("person", "village", "grid", "responsibility_team", "team_member", "person_change")) {
            m.put(t, count(t));
        }
        return m;
    }

    private Grid grid(long villageId, String name) {
        return places.grids().stream().filter(g -> g.villageId() == villageId && g.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no grid " + name + " in village " + villageId));
    }

    private ResponsibilityTeam team(long villageId, String name) {
        return places.responsibilityTeams().stream().filter(t -> t.villageId() == villageId && t.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no team " + name + " in village " + villageId));
    }

    @Test
    void villageGroupsBecomeGridsAndResponsiblePersonsTheTeamsTheyLead() {
        SheetReading reading = read(officeSheet());
        ImportPlan plan = importer.prepare(reading).plan(createAll(reading));
        assertThat(plan.gridsToCreate()).extracting(g -> g.grid().name()).containsExactly("1组", "1组", "3组", "2组");
        assertThat(plan.teamsToCreate()).extracting(t -> t.name()).containsExactly("张三", "刘五", "张三");

        ImportResult result = apply(plan);

        assertThat(result).isEqualTo(new ImportResult(6, 0, 1, 4, 3));
        long shiqiao = places.villages().stream().filter(v -> v.name().equals("石桥村")).findFirst()
                .map(Village::id).orElseThrow();
        // the same person's name in two villages is two teams, each led by its 张三
        ResponsibilityTeam zhangLongdong = team(TestTownship.VILLAGE_2, "张三");
        ResponsibilityTeam zhangPingan = team(TestTownship.VILLAGE_1, "张三");
        ResponsibilityTeam liu = team(shiqiao, "刘五");
        assertThat(zhangLongdong.id()).isNotEqualTo(zhangPingan.id());
        for (ResponsibilityTeam t : List.of(zhangLongdong, zhangPingan, liu)) {
            assertThat(t.members()).extracting(TeamMember::name, TeamMember::role, TeamMember::medical)
                    .containsExactly(tuple(t.name(), TeamRole.PARTY_SECRETARY, false));
            assertThat(t.meta().townshipCode()).isEqualTo(TestTownship.CODE);
            assertThat(t.meta().revision()).isEqualTo(1);
            assertThat(t.meta().updatedAt()).isEqualTo(CLOCK.instant());
            assertThat(t.meta().globalId().version()).isEqualTo(7);
            assertThat(t.members().get(0).meta().globalId().version()).isEqualTo(7);
        }
        // "1组" in two villages is two grids; each served by the team all its rows name
        Grid longdong1 = grid(TestTownship.VILLAGE_2, "1组");
        Grid pingan1 = grid(TestTownship.VILLAGE_1, "1组");
        Grid shiqiao3 = grid(shiqiao, "3组");
        Grid pingan2 = grid(TestTownship.VILLAGE_1, "2组");
        assertThat(longdong1.id()).isNotEqualTo(pingan1.id());
        assertThat(longdong1.meta().revision()).isEqualTo(1);
        assertThat(longdong1.meta().globalId().version()).isEqualTo(7);
        assertThat(places.gridTeams()).containsEntry(longdong1.id(), zhangLongdong.id())
                .containsEntry(pingan1.id(), TestTownship.TEAM_1)
                .containsEntry(shiqiao3.id(), liu.id())
                .containsEntry(pingan2.id(), zhangPingan.id());
        // the persons are linked to them
        assertThat(stored(man(1))).extracting(Person::villageId, Person::gridId, Person::responsibilityTeamId)
                .containsExactly(TestTownship.VILLAGE_2, longdong1.id(), zhangLongdong.id());
        assertThat(stored(man(2)).gridId()).isEqualTo(longdong1.id());
        assertThat(stored(man(3))).extracting(Person::gridId, Person::responsibilityTeamId)
                .containsExactly(pingan1.id(), TestTownship.TEAM_1);
        assertThat(stored(man(4))).extracting(Person::gridId, Person::responsibilityTeamId)
                .containsExactly(TestTownship.GRID_1, TestTownship.TEAM_1);
        assertThat(stored(man(5))).extracting(Person::villageId, Person::gridId, Person::responsibilityTeamId)
                .containsExactly(shiqiao, shiqiao3.id(), liu.id());
        assertThat(stored(man(6)).responsibilityTeamId()).isEqualTo(zhangPingan.id());
        // each grid, team and leader the import made starts its history, by the importing user, as the editor's do
        assertThat(TestTownship.query(db, "SELECT group_concat(e, ' ') FROM (SELECT entity || ':' || count(*) AS e"
                + " FROM place_change WHERE field = 'CREATED' AND changed_by = '" + USER + "'"
                + " GROUP BY entity ORDER BY entity)")).isEqualTo("GRID:4 MEMBER:3 TEAM:3");
        assertThat(TestTownship.query(db, "SELECT count(*) FROM place_change WHERE field = 'CREATED'"
                + " AND entity = 'TEAM' AND place_id = " + liu.id() + " AND new_value = '刘五'")).isEqualTo("1");
    }

    @Test
    void theNextImportOfTheSheetFindsWhatTheFirstCreated() {
        SheetReading first = read(officeSheet());
        apply(importer.prepare(first).plan(createAll(first)));

        SheetReading again = read(officeSheet());

        assertThat(again.unknownVillages()).isEmpty();
        assertThat(again.unknownGrids()).isEmpty();
        assertThat(again.unknownTeams()).as("found by their leaders' names").isEmpty();
        ImportPlan plan = importer.prepare(again).plan(createAll(again));
        assertThat(plan.rows()).extracting(PlannedRow::action).containsOnly(RowAction.UNCHANGED);
        assertThat(plan.rows()).flatExtracting(PlannedRow::notes).isEmpty();
    }

    @Test
    void notAskedNothingIsCreatedAndTheRowsComeInWithoutGridAndTeam() {
        Map<String, Long> before = counts();
        SheetReading reading = read(officeSheet());
        Map<Long, VillageChoice> villages = new HashMap<>();
        reading.unknownVillages().forEach(u -> villages.put(u.placeholderId(), VillageChoice.create()));

        ImportPlan plan = importer.prepare(reading).plan(new ImportChoices(villages, false, USER, AT, null));
        ImportResult result = apply(plan);

        assertThat(result).isEqualTo(new ImportResult(6, 0, 1, 0, 0));
        assertThat(count("grid")).isEqualTo(before.get("grid"));
        assertThat(count("responsibility_team")).isEqualTo(before.get("responsibility_team"));
        assertThat(count("team_member")).isEqualTo(before.get("team_member"));
        assertThat(stored(man(1))).extracting(Person::gridId, Person::responsibilityTeamId)
                .containsExactly(null, null);
        assertThat(stored(man(3))).as("a known leader still gives the team")
                .extracting(Person::gridId, Person::responsibilityTeamId).containsExactly(null, TestTownship.TEAM_1);
        assertThat(plan.rows().get(0).notes()).extracting(RowNote::kind)
                .containsExactly(RowNote.Kind.UNKNOWN_GRID, RowNote.Kind.UNKNOWN_RESPONSIBLE_PERSON);
    }

    @Test
    void aVillageMappedToAStoredOneUsesItsGridOfTheSameName() {
        // 龙东村 is the office's typo for 龙洞村, which has 第一网格 and 龙洞小分队
        SheetReading reading = read(List.of(
                List.of("王德明", man(1), "龙东村", "第一网格", "张三"),
                List.of("李四", man(2), "龙洞村", "2组", "张三")));
        long typo = reading.unknownVillages().get(0).placeholderId();

        ImportPlan plan = importer.prepare(reading).plan(new ImportChoices(
                Map.of(typo, VillageChoice.mapTo(TestTownship.VILLAGE_2)), false, USER, AT, null, true, true));
        ImportResult result = apply(plan);

        assertThat(result.gridsCreated()).as("第一网格 is found, 2组 created").isEqualTo(1);
        assertThat(result.teamsCreated()).as("one 张三 of 龙洞村").isEqualTo(1);
        assertThat(stored(man(1)).gridId()).isEqualTo(TestTownship.GRID_2);
        assertThat(stored(man(1)).responsibilityTeamId()).isEqualTo(stored(man(2)).responsibilityTeamId());
        assertThat(places.grids()).filteredOn(g -> g.villageId() == TestTownship.VILLAGE_2)
                .extracting(Grid::name).containsExactly("第一网格", "2组");
    }

    @Test
    void aFailureRollsBackTheCreatedGridsTeamsAndVillagesWithThePersons() {
        SheetReading reading = read(officeSheet());
        ImportPlan plan = importer.prepare(reading).plan(createAll(reading));
        assertThat(plan.villagesToCreate()).extracting(UnknownVillage::name).containsExactly("石桥村");
        // someone adds 吴九 (the last row) in the ledger form while the preview is open
        ledger.save(TestTownship.person("吴九", 0).residentId(man(6)).sex(Sex.MALE)
                .birthDate(LocalDate.of(1950, 1, 1)).build(), "录入员");
        Map<String, Long> before = counts();
        List<Grid> grids = places.grids();
        List<ResponsibilityTeam> teams = places.responsibilityTeams();

        assertThatThrownBy(() -> apply(plan)).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LEDGER_CHANGED));

        assertThat(counts()).isEqualTo(before);
        assertThat(places.grids()).isEqualTo(grids);
        assertThat(places.responsibilityTeams()).isEqualTo(teams);
        assertThat(places.villages()).hasSize(2);
        assertThat(ledger.findIdByResidentId(man(1))).isEmpty();
    }

    @Test
    void anImportStartsWithCreatingGridsAndTeamsWhileTheLedgerHasNone() {
        SheetImports imports = new SheetImports(importer, new io.guankou.persistence.settings.ImportMappingRepository(
                db, CLOCK), places, CLOCK, USER);
        Path file = TestSheets.xlsx(dir.resolve("台账.xlsx"), List.of(), List.of(HEADER));
        List<Boolean> suggested = new ArrayList<>();
        Runnable ask = () -> {
            try (ImportSession session = imports.open(file, null)) {
                int headerRow = session.layout().header().orElseThrow().rowNumber();
                PreparedImport prepared = session.read(headerRow, session.layout().header().get().mapping(),
                        f -> { }, () -> false);
                ImportChoices c = session.startingChoices(prepared);
                suggested.add(c.createGrids());
                suggested.add(c.createTeams());
                assertThat(session.initialChoices().createGrids()).isFalse();
                assertThat(session.initialChoices().createTeams()).isFalse();
            }
        };

        ask.run();
        db.transaction(dsl -> dsl.execute("DELETE FROM grid"));
        ask.run();
        db.transaction(dsl -> dsl.execute("DELETE FROM team_member") + dsl.execute("DELETE FROM responsibility_team"));
        ask.run();

        // the test township has grids and teams; then no grid; then neither (an office's first import)
        assertThat(suggested).containsExactly(false, false, true, false, true, true);
    }

    @Test
    void aTeamCreatedFromTheTeamColumnHasNoMember() {
        Path file = TestSheets.xlsx(dir.resolve("小分队.xlsx"), List.of(), List.of(
                List.of("姓名", "身份证号", "村", "包保小分队"),
                List.of("王德明", man(1), "龙洞村", "龙洞第二小分队"),
                List.of("李四", man(2), "龙洞村", "龙洞小分队")));
        SheetLayout layout = SheetImport.layout(file, null);
        SheetReading reading = SheetImport.read(file, null, 1, layout.header().orElseThrow().mapping(),
                places.sheetPlaces(), TestTownship.TODAY, f -> { }, () -> false);

        ImportResult result = apply(importer.prepare(reading).plan(
                new ImportChoices(Map.of(), false, USER, AT, null, false, true)));

        assertThat(result.teamsCreated()).isEqualTo(1);
        ResponsibilityTeam second = team(TestTownship.VILLAGE_2, "龙洞第二小分队");
        assertThat(second.members()).isEmpty();
        assertThat(stored(man(1)).responsibilityTeamId()).isEqualTo(second.id());
        assertThat(stored(man(2)).responsibilityTeamId()).isEqualTo(TestTownship.TEAM_2);
        assertThat(stored(man(1)).gridId()).isNull();
    }
}
