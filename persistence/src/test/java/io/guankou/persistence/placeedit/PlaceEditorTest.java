package io.guankou.persistence.placeedit;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.org.FacilityType;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.org.TeamMember;
import io.guankou.model.org.TeamRole;
import io.guankou.model.person.Person;
import io.guankou.model.person.PersonChange;
import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.Grid;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.FacilityEdit;
import io.guankou.model.place.rules.GridEdit;
import io.guankou.model.place.rules.MemberEdit;
import io.guankou.model.place.rules.PlaceChange;
import io.guankou.model.place.rules.PlaceField;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.model.place.rules.PlaceUse;
import io.guankou.model.place.rules.TeamEdit;
import io.guankou.model.place.rules.VillageEdit;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The places editor's writes (issue 10): renames and recodes keep history and never touch persons; a place with
 * persons is merged, not removed; a merge moves every person with their own history, in one transaction.
 */
class PlaceEditorTest {

    private static final String USER = "办公室小王";
    private static final Instant NOW = CLOCK.instant();
    private static final String NOW_TEXT = "2026-11-23T02:00:00.000Z";

    @TempDir
    Path dir;
    Database db;
    PlaceEditor editor;
    PlaceRepository places;
    PlaceHistoryRepository history;
    PlaceUseRepository uses;
    LedgerRepository ledger;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        editor = new PlaceEditor(db, CLOCK);
        places = new PlaceRepository(db);
        history = new PlaceHistoryRepository(db);
        uses = new PlaceUseRepository(db);
        ledger = new LedgerRepository(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A person of 龙洞村 (village 2), its grid 2 and team 2. */
    private Person longdongPerson(String name, int order) {
        return ledger.save(TestTownship.person(name, order).villageId(TestTownship.VILLAGE_2)
                .gridId(TestTownship.GRID_2).responsibilityTeamId(TestTownship.TEAM_2).build(), "录入员");
    }

    private Village village(long id) {
        return places.villages().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aRenameAndRecodeIsOneHistoryRowPerFieldAndLeavesPersonsAlone() {
        Person p = longdongPerson("冉桂兰", 1);
        long personRevision = ledger.find(p.id()).orElseThrow().meta().revision();
        int personChanges = ledger.history(p.id()).size();

        long id = editor.saveVillage(new VillageEdit(2, "500235124203", "龙洞新村", UrbanRuralClass.C220, "108.688",
                "30.935"), false, USER);

        assertThat(id).isEqualTo(2);
        Village v = village(2);
        assertThat(v.code()).isEqualTo("500235124203");
        assertThat(v.name()).isEqualTo("龙洞新村");
        assertThat(v.meta().revision()).isEqualTo(2);
        assertThat(v.meta().updatedAt()).isEqualTo(NOW);
        assertThat(history.history(PlaceKind.VILLAGE, 2))
                .extracting(PlaceChange::field, PlaceChange::oldValue, PlaceChange::newValue, PlaceChange::changedBy,
                        PlaceChange::changedAt)
                .containsExactlyInAnyOrder(
                        tuple("CODE", "500235124200", "500235124203", USER, NOW),
                        tuple("NAME", "龙洞村", "龙洞新村", USER, NOW));
        // persons point at the village by id: the ledger shows the new name, the person row is untouched
        assertThat(ledger.entry(p.id()).villageName()).isEqualTo("龙洞新村");
        assertThat(ledger.find(p.id()).orElseThrow().meta().revision()).isEqualTo(personRevision);
        assertThat(ledger.history(p.id())).hasSize(personChanges);
    }

    @Test
    void savingAnUnchangedVillageWritesNothing() {
        editor.saveVillage(new VillageEdit(2, "500235124200", "龙洞村", UrbanRuralClass.C220, "108.688", "30.935"),
                false, USER);
        assertThat(village(2).meta().revision()).isEqualTo(1);
        assertThat(history.history(PlaceKind.VILLAGE, 2)).isEmpty();
    }

    @Test
    void coordinatesAndClassAreHistoryToo() {
        editor.saveVillage(new VillageEdit(2, "500235124200", "龙洞村", UrbanRuralClass.C210, "", ""), false, USER);
        assertThat(village(2).centroid()).isNull();
        assertThat(history.history(PlaceKind.VILLAGE, 2))
                .extracting(PlaceChange::field, PlaceChange::oldValue, PlaceChange::newValue)
                .containsExactlyInAnyOrder(tuple("URBAN_RURAL", "220", "210"), tuple("LONGITUDE", "108.688", null),
                        tuple("LATITUDE", "30.935", null));
    }

    @Test
    void aRefusedEditSaysWhichFieldsAndWritesNothing() {
        assertThatThrownBy(() -> editor.saveVillage(new VillageEdit(2, "500235124001", "平安社区",
                UrbanRuralClass.C220, "", ""), false, USER))
                .isInstanceOfSatisfying(PlaceRejectedException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            new PlaceProblem(PlaceField.CODE, PlaceProblem.Kind.CODE_TAKEN),
                            new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.NAME_TAKEN));
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.INVALID_PLACE);
                    assertThat(e.detail()).isEqualTo("CODE, NAME");
                });
        assertThat(village(2).code()).isEqualTo("500235124200");
        assertThat(query(db, "SELECT count(*) FROM place_change")).isEqualTo("0");
    }

    @Test
    void anImportedVillageKeepsItsPlaceholderMarkUntilItsCodeIsSetOrConfirmed() {
        // as LedgerImporter writes a village it creates: the next number from 201, class 220, no point
        db.read(dsl -> dsl.execute("INSERT INTO village (id, global_id, township_code, updated_at, revision,"
                + " deleted, code, name, urban_rural) VALUES (3, '01900000-0000-7000-8000-000000000003', '"
                + TestTownship.CODE + "', '2026-11-01T00:00:00.000Z', 1, 0, '500235124201', '双河', '220')"));
        assertThat(history.settledVillageCodes()).isEmpty();

        editor.saveVillage(new VillageEdit(3, "500235124201", "双河村", UrbanRuralClass.C220, "", ""), false, USER);
        assertThat(history.settledVillageCodes()).as("a rename says nothing about the code").isEmpty();

        editor.saveVillage(new VillageEdit(3, "500235124201", "双河村", UrbanRuralClass.C220, "", ""), true, USER);
        editor.saveVillage(new VillageEdit(3, "500235124201", "双河村", UrbanRuralClass.C220, "", ""), true, USER);
        assertThat(history.settledVillageCodes()).containsExactly(3L);
        assertThat(history.history(PlaceKind.VILLAGE, 3)).extracting(PlaceChange::field)
                .containsExactlyInAnyOrder("NAME", "CODE_CONFIRMED");

        long created = editor.saveVillage(new VillageEdit(0, "500235124202", "石门村", UrbanRuralClass.C220, "",
                ""), false, USER);
        assertThat(history.settledVillageCodes()).as("typed in the editor").contains(created);
    }

    @Test
    void aNewVillageIsCreatedWithItsExchangeColumnsAndOneHistoryRow() {
        long id = editor.saveVillage(new VillageEdit(0, "500235124202", "石门村", UrbanRuralClass.C220, "108.735",
                "30.944"), false, USER);
        Village v = village(id);
        assertThat(v.centroid()).isEqualTo(new GeoPoint(108.735, 30.944));
        assertThat(v.meta().revision()).isEqualTo(1);
        assertThat(v.meta().townshipCode()).isEqualTo(TestTownship.CODE);
        assertThat(v.meta().globalId().version()).isEqualTo(7);
        assertThat(history.history(PlaceKind.VILLAGE, id))
                .extracting(PlaceChange::field, PlaceChange::oldValue, PlaceChange::newValue)
                .containsExactly(tuple("CREATED", null, "石门村"));
        assertThat(query(db, "SELECT township_code || '|' || updated_at || '|' || revision FROM place_change"))
                .isEqualTo(TestTownship.CODE + "|" + NOW_TEXT + "|1");
    }

    @Test
    void gridNamesAreUniqueInTheirVillageAndAGridWithPersonsKeepsItsVillage() {
        long grid = editor.saveGrid(new GridEdit(0, TestTownship.VILLAGE_2, "第二网格", TestTownship.TEAM_2), USER);
        assertThat(places.grids()).extracting(Grid::id, Grid::villageId, Grid::name)
                .contains(tuple(grid, 2L, "第二网格"));
        assertThat(places.gridTeams()).containsEntry(grid, TestTownship.TEAM_2);
        assertThatThrownBy(() -> editor.saveGrid(new GridEdit(0, TestTownship.VILLAGE_2, "第二 网格", null), USER))
                .isInstanceOfSatisfying(PlaceRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.NAME_TAKEN_IN_VILLAGE)));

        longdongPerson("冉桂兰", 1);
        assertThatThrownBy(() -> editor.saveGrid(new GridEdit(TestTownship.GRID_2, TestTownship.VILLAGE_1, "第九网格",
                null), USER)).isInstanceOfSatisfying(PlaceRejectedException.class, e -> assertThat(e.problems())
                .containsExactly(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.KEEPS_ITS_VILLAGE)));

        editor.saveGrid(new GridEdit(TestTownship.GRID_2, TestTownship.VILLAGE_2, "一组网格", null), USER);
        assertThat(history.history(PlaceKind.GRID, TestTownship.GRID_2))
                .extracting(PlaceChange::field, PlaceChange::oldValue, PlaceChange::newValue)
                .containsExactlyInAnyOrder(tuple("NAME", "第一网格", "一组网格"), tuple("TEAM", "2", null));
    }

    @Test
    void aTeamsHistoryHoldsItsMembersChanges() {
        long team = editor.saveTeam(new TeamEdit(0, TestTownship.VILLAGE_2, "龙洞二组小分队"), USER);
        long member = editor.saveMember(new MemberEdit(0, team, "谭医生", TeamRole.VILLAGE_DOCTOR, "10000000009",
                true), USER);
        editor.saveMember(new MemberEdit(member, team, "谭医生", TeamRole.HEALTH_CENTRE_DOCTOR, "", true), USER);
        ResponsibilityTeam stored = places.responsibilityTeams().stream().filter(t -> t.id() == team).findFirst()
                .orElseThrow();
        assertThat(stored.members()).extracting(TeamMember::name, TeamMember::role, TeamMember::phone,
                TeamMember::medical).containsExactly(tuple("谭医生", TeamRole.HEALTH_CENTRE_DOCTOR, null, true));
        assertThat(history.history(PlaceKind.TEAM, team))
                .extracting(PlaceChange::kind, PlaceChange::field, PlaceChange::oldValue, PlaceChange::newValue)
                .containsExactlyInAnyOrder(
                        tuple(PlaceKind.TEAM, "CREATED", null, "龙洞二组小分队"),
                        tuple(PlaceKind.MEMBER, "CREATED", null, "谭医生"),
                        tuple(PlaceKind.MEMBER, "ROLE", "VILLAGE_DOCTOR", "HEALTH_CENTRE_DOCTOR"),
                        tuple(PlaceKind.MEMBER, "PHONE", "10000000009", null));
    }

    @Test
    void aFacilityIsAddedAndEditedWithHistory() {
        long id = editor.saveFacility(new FacilityEdit(0, FacilityType.VILLAGE_CLINIC, "龙洞村卫生室",
                TestTownship.VILLAGE_2, "023-00005678", false, "", ""), USER);
        editor.saveFacility(new FacilityEdit(id, FacilityType.VILLAGE_CLINIC, "龙洞村卫生室", TestTownship.VILLAGE_2,
                "023-00005678", true, "108.69", "30.93"), USER);
        assertThat(places.facilities()).filteredOn(f -> f.id() == id).singleElement().satisfies(f -> {
            assertThat(f.feverClinic()).isTrue();
            assertThat(f.location()).isEqualTo(new GeoPoint(108.69, 30.93));
        });
        assertThat(history.history(PlaceKind.FACILITY, id)).extracting(PlaceChange::field)
                .containsExactlyInAnyOrder("CREATED", "FEVER_CLINIC", "LONGITUDE", "LATITUDE");
    }

    @Test
    void aPlaceWithPersonsIsNotRemovedOneWithNothingIsTombstoned() {
        longdongPerson("冉桂兰", 1);
        assertThat(uses.use(PlaceKind.VILLAGE, 2)).isEqualTo(new PlaceUse(1, 0, 1, 1, 0, 0, 0, 0));
        assertThatThrownBy(() -> editor.remove(PlaceKind.VILLAGE, 2, USER))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.PLACE_IN_USE));
        assertThatThrownBy(() -> editor.remove(PlaceKind.GRID, TestTownship.GRID_2, USER))
                .isInstanceOf(DatabaseException.class);
        assertThat(places.villages()).extracting(Village::id).contains(2L);
        assertThat(query(db, "SELECT count(*) FROM place_change")).isEqualTo("0");

        long empty = editor.saveGrid(new GridEdit(0, TestTownship.VILLAGE_2, "第二网格", null), USER);
        editor.remove(PlaceKind.GRID, empty, USER);
        assertThat(places.grids()).extracting(Grid::id).doesNotContain(empty);
        assertThat(query(db, "SELECT deleted || '|' || revision || '|' || updated_at FROM grid WHERE id = " + empty))
                .isEqualTo("1|2|" + NOW_TEXT);
        assertThat(history.history(PlaceKind.GRID, empty)).extracting(PlaceChange::field, PlaceChange::oldValue)
                .containsExactly(tuple("REMOVED", "第二网格"), tuple("CREATED", null));
        assertThat(places.names().name(PlaceKind.GRID, empty)).contains("第二网格");
    }

    @Test
    void aPersonWhoLeftTheLedgerStillHoldsTheirPlace() {
        Person p = longdongPerson("冉桂兰", 1);
        ledger.leave(p.id(), new io.guankou.model.person.Departure(io.guankou.model.person.Departure.Reason.DECEASED,
                TestTownship.TODAY), USER);
        assertThat(uses.use(PlaceKind.TEAM, TestTownship.TEAM_2)).isEqualTo(new PlaceUse(0, 1, 1, 0, 0, 0, 0, 0));
        assertThat(uses.uses().of(PlaceKind.TEAM, TestTownship.TEAM_2))
                .isEqualTo(uses.use(PlaceKind.TEAM, TestTownship.TEAM_2));
    }

    @Test
    void aTeamWithNothingButMembersIsRemovedWithThem() {
        long team = editor.saveTeam(new TeamEdit(0, TestTownship.VILLAGE_2, "临时小分队"), USER);
        long member = editor.saveMember(new MemberEdit(0, team, "志愿者甲", TeamRole.VOLUNTEER, "", false), USER);
        editor.remove(PlaceKind.TEAM, team, USER);
        assertThat(query(db, "SELECT deleted || '' FROM team_member WHERE id = " + member)).isEqualTo("1");
        assertThat(history.history(PlaceKind.TEAM, team)).extracting(PlaceChange::kind, PlaceChange::field)
                .contains(tuple(PlaceKind.TEAM, "REMOVED"), tuple(PlaceKind.MEMBER, "REMOVED"));
    }

    @Test
    void mergingAVillageMovesEveryPersonWithTheirHistoryAndTombstonesIt() {
        Person a = longdongPerson("冉桂兰", 1);
        Person b = longdongPerson("谭德明", 2);
        long clinic = editor.saveFacility(new FacilityEdit(0, FacilityType.VILLAGE_CLINIC, "龙洞村卫生室",
                TestTownship.VILLAGE_2, "", false, "", ""), USER);

        MergeResult result = editor.merge(PlaceKind.VILLAGE, TestTownship.VILLAGE_2, TestTownship.VILLAGE_1, USER);

        assertThat(result).isEqualTo(new MergeResult(2, 1, 1, 1));
        for (Person p : List.of(a, b)) {
            Person moved = ledger.find(p.id()).orElseThrow();
            // 第一网格 of 龙洞村 joined the community's 第一网格, and its persons its team
            assertThat(moved.villageId()).isEqualTo(TestTownship.VILLAGE_1);
            assertThat(moved.gridId()).isEqualTo(TestTownship.GRID_1);
            assertThat(moved.responsibilityTeamId()).isEqualTo(TestTownship.TEAM_1);
            assertThat(moved.meta().revision()).isEqualTo(p.meta().revision() + 1);
            assertThat(ledger.history(p.id())).filteredOn(c -> c.changedAt().equals(NOW) && c.changedBy().equals(USER))
                    .extracting(PersonChange::field, PersonChange::oldValue, PersonChange::newValue)
                    .containsExactlyInAnyOrder(tuple("villageId", "2", "1"), tuple("gridId", "2", "1"),
                            tuple("responsibilityTeamId", "2", "1"));
        }
        assertThat(places.villages()).extracting(Village::id).containsExactly(TestTownship.VILLAGE_1);
        assertThat(query(db, "SELECT deleted || '|' || revision || '|' || updated_at FROM village WHERE id = 2"))
                .isEqualTo("1|2|" + NOW_TEXT);
        assertThat(places.grids()).extracting(Grid::id).containsExactly(TestTownship.GRID_1);
        // 龙洞小分队 has no namesake in the community: it moves there
        assertThat(places.responsibilityTeams()).extracting(ResponsibilityTeam::id, ResponsibilityTeam::villageId)
                .containsExactlyInAnyOrder(tuple(1L, 1L), tuple(2L, 1L));
        assertThat(places.facilities()).filteredOn(f -> f.id() == clinic).singleElement()
                .satisfies(f -> assertThat(f.villageId()).isEqualTo(TestTownship.VILLAGE_1));
        assertThat(history.history(PlaceKind.VILLAGE, 2)).extracting(PlaceChange::field, PlaceChange::newValue)
                .containsExactly(tuple("MERGED_INTO", "1"));
        assertThat(history.history(PlaceKind.VILLAGE, 1)).extracting(PlaceChange::field, PlaceChange::newValue)
                .containsExactly(tuple("MERGED_FROM", "2"));
        assertThat(history.history(PlaceKind.GRID, TestTownship.GRID_2)).extracting(PlaceChange::field)
                .containsExactly("MERGED_INTO");
        assertThat(history.history(PlaceKind.TEAM, TestTownship.TEAM_2))
                .extracting(PlaceChange::field, PlaceChange::oldValue, PlaceChange::newValue)
                .containsExactly(tuple("VILLAGE", "2", "1"));
        assertThat(places.names().name(PlaceKind.VILLAGE, 2)).contains("龙洞村");
        assertThat(uses.use(PlaceKind.VILLAGE, 2)).isEqualTo(PlaceUse.NONE);
    }

    @Test
    void aMergeThatFailsHalfwayLeavesEverythingAsItWas() {
        Person a = longdongPerson("冉桂兰", 1);
        db.read(dsl -> dsl.execute("ALTER TABLE place_change RENAME TO place_change_away"));
        try {
            assertThatThrownBy(() -> editor.merge(PlaceKind.VILLAGE, 2, 1, USER))
                    .isInstanceOf(DatabaseException.class);
        } finally {
            db.read(dsl -> dsl.execute("ALTER TABLE place_change_away RENAME TO place_change"));
        }
        assertThat(ledger.find(a.id()).orElseThrow().villageId()).isEqualTo(2);
        assertThat(places.villages()).extracting(Village::id).containsExactly(1L, 2L);
        assertThat(query(db, "SELECT count(*) FROM person_change WHERE changed_by = '" + USER + "'")).isEqualTo("0");
    }

    @Test
    void mergingAGridIntoAnotherVillagesGridMovesItsPersonsThere() {
        Person a = longdongPerson("冉桂兰", 1);
        editor.merge(PlaceKind.GRID, TestTownship.GRID_2, TestTownship.GRID_1, USER);
        Person moved = ledger.find(a.id()).orElseThrow();
        assertThat(moved.gridId()).isEqualTo(TestTownship.GRID_1);
        assertThat(moved.villageId()).as("follows its grid").isEqualTo(TestTownship.VILLAGE_1);
        assertThat(moved.responsibilityTeamId()).as("served with its grid").isEqualTo(TestTownship.TEAM_1);
        // the village itself stays: only the grid went
        assertThat(places.villages()).extracting(Village::id).containsExactly(1L, 2L);
        assertThat(places.grids()).extracting(Grid::id).containsExactly(TestTownship.GRID_1);
    }

    @Test
    void aPersonMovedToAnotherVillageByAGridMergeNeverKeepsATeamOfTheOldVillage() {
        // served by another team of 龙洞村 than the grid's own
        long other = editor.saveTeam(new TeamEdit(0, TestTownship.VILLAGE_2, "龙洞二组"), USER);
        Person a = ledger.save(TestTownship.person("冉桂兰", 1).villageId(2).gridId(TestTownship.GRID_2)
                .responsibilityTeamId(other).build(), "录入员");

        editor.merge(PlaceKind.GRID, TestTownship.GRID_2, TestTownship.GRID_1, USER);

        Person moved = ledger.find(a.id()).orElseThrow();
        assertThat(moved.villageId()).isEqualTo(TestTownship.VILLAGE_1);
        assertThat(moved.responsibilityTeamId()).as("a team serves its own village: the grid's team there")
                .isEqualTo(TestTownship.TEAM_1);
    }

    @Test
    void teamsMergeWithinTheirVillageTakingGridsPersonsAndMembers() {
        assertThatThrownBy(() -> editor.merge(PlaceKind.TEAM, TestTownship.TEAM_2, TestTownship.TEAM_1, USER))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.MERGE_REFUSED);
                    assertThat(e.detail()).isEqualTo("OTHER_VILLAGE");
                });
        long second = editor.saveTeam(new TeamEdit(0, TestTownship.VILLAGE_2, "龙洞二组"), USER);
        long member = editor.saveMember(new MemberEdit(0, second, "谭医生", TeamRole.VILLAGE_DOCTOR, "", true), USER);
        long grid = editor.saveGrid(new GridEdit(0, TestTownship.VILLAGE_2, "第二网格", second), USER);
        Person a = ledger.save(TestTownship.person("冉桂兰", 1).villageId(2).gridId(grid)
                .responsibilityTeamId(second).build(), "录入员");

        editor.merge(PlaceKind.TEAM, second, TestTownship.TEAM_2, USER);

        assertThat(ledger.find(a.id()).orElseThrow().responsibilityTeamId()).isEqualTo(TestTownship.TEAM_2);
        assertThat(places.gridTeams()).containsEntry(grid, TestTownship.TEAM_2);
        assertThat(places.responsibilityTeams()).filteredOn(t -> t.id() == TestTownship.TEAM_2).singleElement()
                .satisfies(t -> assertThat(t.members()).extracting(TeamMember::id).contains(member));
        assertThat(places.responsibilityTeams()).extracting(ResponsibilityTeam::id).doesNotContain(second);
        assertThatThrownBy(() -> editor.merge(PlaceKind.TEAM, TestTownship.TEAM_2, TestTownship.TEAM_2, USER))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.detail()).isEqualTo("SAME_PLACE"));
    }

    @Test
    void aRemovedPlaceCannotBeEditedAgain() {
        long empty = editor.saveGrid(new GridEdit(0, TestTownship.VILLAGE_2, "第二网格", null), USER);
        editor.remove(PlaceKind.GRID, empty, USER);
        assertThatThrownBy(() -> editor.saveGrid(new GridEdit(empty, TestTownship.VILLAGE_2, "第三网格", null), USER))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NO_PLACE));
        assertThatThrownBy(() -> editor.remove(PlaceKind.GRID, empty, USER)).isInstanceOf(DatabaseException.class);
    }
}
