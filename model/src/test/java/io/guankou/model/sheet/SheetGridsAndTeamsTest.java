package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.org.TeamMember;
import io.guankou.model.org.TeamRole;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.place.Grid;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.tier.TierClassifier;
import io.guankou.model.tier.TierRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grids and teams from the sheet (issue 10): village groups (村民小组 "1组") as grids within their village, a
 * responsible person (包保责任人) as the team that person leads, and the ones the ledger does not have collected
 * for the import to create. The sheet is laid out 姓名 | 身份证号 | 村 | 村民小组 | 包保责任人 | 包保小分队, mapped
 * from its headers by the shipped synonyms.
 */
class SheetGridsAndTeamsTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 1, 10);
    private static final Instant AT = Instant.parse("2023-01-10T02:00:00Z");

    private static final long LONGDONG = 2;
    private static final long SHIQIAO = 3;
    /** 龙洞村's stored grid "1组"; 石桥村 has no grid. */
    private static final long LONGDONG_1 = 21;
    /** 龙洞村's team, led by the party secretary 李明华, with the village doctor 王医生. */
    private static final long LONGDONG_TEAM = 7;

    private static final List<Village> VILLAGES = List.of(
            new Village(LONGDONG, null, "500235124200", "龙洞村", UrbanRuralClass.C220, null),
            new Village(SHIQIAO, null, "500235124201", "石桥村", UrbanRuralClass.C220, null));
    private static final List<Grid> GRIDS = List.of(new Grid(LONGDONG_1, null, LONGDONG, "1组"));
    private static final List<ResponsibilityTeam> TEAMS = List.of(new ResponsibilityTeam(LONGDONG_TEAM, null,
            "龙洞村第一小分队", LONGDONG, List.of(
                    new TeamMember(1, null, "李明华", TeamRole.PARTY_SECRETARY, null, false),
                    new TeamMember(2, null, "王医生", TeamRole.VILLAGE_DOCTOR, null, true))));

    private static final List<String> HEADERS = List.of("姓名", "身份证号", "村", "村民小组", "包保责任人", "包保小分队");
    private static final ColumnMapping MAPPING = HeaderDetector.standard()
            .map(new RawRow(1, HEADERS)).mapping();

    private final SheetVillages places = new SheetVillages(VILLAGES, GRIDS, TEAMS, Map.of(LONGDONG_1, LONGDONG_TEAM));
    private final RowConverter converter = new RowConverter(MAPPING, places, TODAY);
    private final ImportPlanner planner = new ImportPlanner(new TierClassifier(TierRules.defaults()), TODAY);
    private final List<ConvertedRow> rows = new ArrayList<>();
    private final Map<String, Person> stored = new HashMap<>();
    private int nextRow = 2;

    /** A valid ID of a man born 1950-01-01 (73 on import day). */
    private static String id(int order) {
        return ResidentIds.withCheckCharacter("11010119500101" + String.format("%03d", 2 * order + 1));
    }

    /** A sheet row: name, ID, village, village group, responsible person, team (null = blank). */
    private ConvertedRow row(String... cells) {
        ConvertedRow r = converter.convert(new RawRow(nextRow++, Arrays.asList(cells)));
        rows.add(r);
        return r;
    }

    private static ImportChoices choices() {
        return new ImportChoices(Map.of(), false, "办公室小王", AT, null);
    }

    private ImportPlan plan(ImportChoices choices) {
        return planner.plan(rows, stored, places.unknown(), places.unknownGrids(), places.unknownTeams(), choices);
    }

    private static PlannedRow at(ImportPlan plan, int rowNumber) {
        return plan.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow();
    }

    @Nested
    class Headers {

        @ParameterizedTest(name = "{0} is the grid")
        @ValueSource(strings = {"网格", "村民小组", "组", "小组", "所在组", "村民组", "社", "所属网格"})
        void villageGroupHeadersAreTheGrid(String header) {
            assertThat(HeaderSynonyms.standard().columnOf(header)).contains(LedgerColumn.GRID);
        }

        @ParameterizedTest(name = "{0} is the responsible person")
        @ValueSource(strings = {"包保责任人", "责任人", "包保干部", "包保人", "包联人", "包保人员"})
        void responsibilityHeadersNameAPerson(String header) {
            assertThat(HeaderSynonyms.standard().columnOf(header)).contains(LedgerColumn.RESPONSIBLE_PERSON);
        }

        @ParameterizedTest(name = "{0} is the team")
        @ValueSource(strings = {"包保小分队", "责任小分队", "小分队"})
        void teamHeadersNameATeam(String header) {
            assertThat(HeaderSynonyms.standard().columnOf(header)).contains(LedgerColumn.RESPONSIBILITY_TEAM);
        }

        @Test
        void theTestSheetIsMappedFromItsHeaders() {
            assertThat(MAPPING.asMap()).containsExactly(
                    Map.entry(0, LedgerColumn.NAME), Map.entry(1, LedgerColumn.RESIDENT_ID),
                    Map.entry(2, LedgerColumn.VILLAGE), Map.entry(3, LedgerColumn.GRID),
                    Map.entry(4, LedgerColumn.RESPONSIBLE_PERSON), Map.entry(5, LedgerColumn.RESPONSIBILITY_TEAM));
        }
    }

    @Nested
    class Grids {

        @Test
        void villageGroupsAreGridsOfTheirVillageAndTheSameNameInTwoVillagesIsTwoGrids() {
            ConvertedRow known = row("甲", id(1), "龙洞村", "1组");
            ConvertedRow longdong3 = row("乙", id(2), "龙洞村", "3组");
            ConvertedRow shiqiao1 = row("丙", id(3), "石桥村", "1组");
            ConvertedRow shiqiao3 = row("丁", id(4), "石桥村", "3组");
            ConvertedRow longdong3Again = row("戊", id(5), "龙洞", " 3 组 ");

            assertThat(known.person().gridId()).isEqualTo(LONGDONG_1);
            assertThat(known.person().responsibilityTeamId()).as("the grid's team").isEqualTo(LONGDONG_TEAM);
            assertThat(known.notes()).isEmpty();
            List<UnknownGrid> unknown = places.unknownGrids();
            assertThat(unknown).extracting(UnknownGrid::villageId, UnknownGrid::name, UnknownGrid::rows)
                    .containsExactly(tuple(LONGDONG, "3组", 2), tuple(SHIQIAO, "1组", 1), tuple(SHIQIAO, "3组", 1));
            assertThat(unknown).extracting(UnknownGrid::placeholderId).doesNotHaveDuplicates()
                    .allMatch(SheetVillages::isPlaceholder);
            assertThat(longdong3.person().gridId()).isEqualTo(unknown.get(0).placeholderId());
            assertThat(longdong3Again.person().gridId()).isEqualTo(unknown.get(0).placeholderId());
            assertThat(shiqiao1.person().gridId()).isEqualTo(unknown.get(1).placeholderId());
            assertThat(shiqiao3.person().gridId()).isEqualTo(unknown.get(2).placeholderId());
            // noted on the converted row: the plan drops the note when the grid is created
            assertThat(shiqiao1.notes()).containsExactly(
                    new RowNote(4, LedgerColumn.GRID, RowNote.Kind.UNKNOWN_GRID, "1组"));
            assertThat(shiqiao1.person().responsibilityTeamId()).as("a new grid brings no team").isNull();
        }

        @Test
        void aGridInAVillageNewToTheLedgerBelongsToThatVillagesPlaceholder() {
            ConvertedRow r = row("甲", id(1), "团结村", "2组");

            long village = places.unknown().get(0).placeholderId();
            assertThat(r.person().villageId()).isEqualTo(village);
            assertThat(places.unknownGrids()).extracting(UnknownGrid::villageId, UnknownGrid::name)
                    .containsExactly(tuple(village, "2组"));
        }

        @Test
        void withoutAVillageOrWhenTwoGridsShareTheNameNoGridIsCollected() {
            SheetVillages twice = new SheetVillages(VILLAGES, List.of(new Grid(21, null, LONGDONG, "1组"),
                    new Grid(22, null, LONGDONG, "一组"), new Grid(23, null, LONGDONG, "1 组")), List.of(), Map.of());

            assertThat(twice.findGrid(LONGDONG, "1组")).isEmpty();
            assertThat(twice.findGrid(LONGDONG, "一组")).contains(22L);
            assertThat(twice.findGrid(0, "5组")).isEmpty();
            assertThat(twice.unknownGrids()).isEmpty();
            ConvertedRow noVillage = row("甲", id(1), null, "1组");
            assertThat(noVillage.person().gridId()).isNull();
            assertThat(noVillage.notes()).extracting(RowNote::kind).containsExactly(RowNote.Kind.UNKNOWN_GRID);
            assertThat(places.unknownGrids()).isEmpty();
        }
    }

    @Nested
    class Teams {

        @Test
        void aResponsiblePersonWhoLeadsATeamOfTheVillageGivesThatTeam() {
            ConvertedRow r = row("甲", id(1), "龙洞村", null, "李明华");

            assertThat(r.person().responsibilityTeamId()).isEqualTo(LONGDONG_TEAM);
            assertThat(r.given()).contains(LedgerColumn.RESPONSIBILITY_TEAM);
            assertThat(r.notes()).isEmpty();
            assertThat(places.unknownTeams()).isEmpty();
        }

        @Test
        void personNamesLeadingNoTeamAreTeamsToCreateOnePerVillage() {
            ConvertedRow zhangLongdong = row("甲", id(1), "龙洞村", "1组", "张三");
            ConvertedRow zhangShiqiao = row("乙", id(2), "石桥村", null, "张三");
            ConvertedRow zhangAgain = row("丙", id(3), "龙洞村", null, " 张 三");
            // a member who is not the leader does not lead the team; the leader of 龙洞村 is not 石桥村's
            ConvertedRow doctor = row("丁", id(4), "龙洞村", null, "王医生");
            ConvertedRow otherVillage = row("戊", id(5), "石桥村", null, "李明华");

            List<UnknownTeam> unknown = places.unknownTeams();
            assertThat(unknown).extracting(UnknownTeam::villageId, UnknownTeam::name, UnknownTeam::leader,
                    UnknownTeam::rows).containsExactly(
                    tuple(LONGDONG, "张三", "张三", 2), tuple(SHIQIAO, "张三", "张三", 1),
                    tuple(LONGDONG, "王医生", "王医生", 1), tuple(SHIQIAO, "李明华", "李明华", 1));
            assertThat(unknown).extracting(UnknownTeam::placeholderId).doesNotHaveDuplicates()
                    .allMatch(SheetVillages::isPlaceholder);
            assertThat(zhangLongdong.person().responsibilityTeamId()).as("the person's team, not the grid's")
                    .isEqualTo(unknown.get(0).placeholderId());
            assertThat(zhangAgain.person().responsibilityTeamId()).isEqualTo(unknown.get(0).placeholderId());
            assertThat(zhangShiqiao.person().responsibilityTeamId()).isEqualTo(unknown.get(1).placeholderId());
            assertThat(doctor.person().responsibilityTeamId()).isEqualTo(unknown.get(2).placeholderId());
            assertThat(otherVillage.person().responsibilityTeamId()).isEqualTo(unknown.get(3).placeholderId());
            assertThat(zhangShiqiao.notes()).containsExactly(new RowNote(3, LedgerColumn.RESPONSIBLE_PERSON,
                    RowNote.Kind.UNKNOWN_RESPONSIBLE_PERSON, "张三"));
        }

        @Test
        void theTeamColumnFindsATeamByItsNameOrItsLeadersAndDecidesOverThePerson() {
            ConvertedRow byName = row("甲", id(1), "石桥村", null, "张三", "龙洞村第一小分队");
            ConvertedRow byLeader = row("乙", id(2), "龙洞村", null, null, "李明华");
            ConvertedRow unknownName = row("丙", id(3), "龙洞村", null, "李明华", "第二小分队");

            // a team of another village is found by its name (as before), from a stored village
            assertThat(byName.person().responsibilityTeamId()).isEqualTo(LONGDONG_TEAM);
            assertThat(byLeader.person().responsibilityTeamId()).isEqualTo(LONGDONG_TEAM);
            // an unknown team name: a team of that name to create, with no leader; the person column is not read
            assertThat(places.unknownTeams()).extracting(UnknownTeam::villageId, UnknownTeam::name,
                    UnknownTeam::leader).containsExactly(tuple(LONGDONG, "第二小分队", null));
            assertThat(unknownName.notes()).containsExactly(new RowNote(4, LedgerColumn.RESPONSIBILITY_TEAM,
                    RowNote.Kind.UNKNOWN_TEAM, "第二小分队"));
        }

        @Test
        void aTeamNameAndAPersonOfOneNameInOneVillageAreOneTeamLedByThatPerson() {
            row("甲", id(1), "石桥村", null, null, "赵四");
            row("乙", id(2), "石桥村", null, "赵四");

            assertThat(places.unknownTeams()).extracting(UnknownTeam::name, UnknownTeam::leader, UnknownTeam::rows)
                    .containsExactly(tuple("赵四", "赵四", 2));
        }

        @Test
        void aVillageNewToTheLedgerHasNoTeamsSoItsNamesAreNew() {
            ConvertedRow r = row("甲", id(1), "团结村", null, null, "龙洞村第一小分队");

            long village = places.unknown().get(0).placeholderId();
            assertThat(places.unknownTeams()).extracting(UnknownTeam::villageId, UnknownTeam::name)
                    .containsExactly(tuple(village, "龙洞村第一小分队"));
            assertThat(r.person().responsibilityTeamId()).isNegative();
        }

        @Test
        void withoutAVillageALeaderIsLookedForAmongAllTeamsAndNothingIsCollected() {
            ConvertedRow leader = row("甲", id(1), null, null, "李明华");
            ConvertedRow nobody = row("乙", id(2), null, null, "张三");

            assertThat(leader.person().responsibilityTeamId()).isEqualTo(LONGDONG_TEAM);
            assertThat(nobody.person().responsibilityTeamId()).isNull();
            assertThat(nobody.notes()).extracting(RowNote::kind)
                    .containsExactly(RowNote.Kind.UNKNOWN_RESPONSIBLE_PERSON);
            assertThat(places.unknownTeams()).isEmpty();
        }

        @Test
        void theLeaderIsTheMemberInTheLeadersRole() {
            assertThat(TeamRole.leader()).isEqualTo(TeamRole.PARTY_SECRETARY);
            assertThat(TeamRole.PARTY_SECRETARY.isLeader()).isTrue();
            assertThat(TeamRole.VILLAGE_DOCTOR.isLeader()).isFalse();
            assertThat(TEAMS.get(0).leaders()).extracting(TeamMember::name).containsExactly("李明华");
        }
    }

    @Nested
    class Plan {

        /** Rows 2–7: 龙洞村 3组 (张三 twice), 石桥村 1组 (张三; 李明华), 龙洞村 1组 (李明华), a rejected 石桥村 9组. */
        private void sheet() {
            row("甲", id(1), "龙洞村", "3组", "张三");
            row("乙", id(2), "龙洞村", "3组", "张三");
            row("丙", id(3), "石桥村", "1组", "张三");
            row("丁", id(4), "石桥村", "1组", "李明华");
            row("戊", id(5), "龙洞村", "1组", "李明华");
            row("己", "110101195001019999", "石桥村", "9组", "孙五"); // wrong check character: rejected
        }

        @Test
        void notCreatedTheRowsAreWrittenWithoutThemAndKeepTheirNotes() {
            sheet();

            ImportPlan plan = plan(choices());

            PlannedRow r = at(plan, 2);
            assertThat(r.action()).isEqualTo(RowAction.ADD);
            assertThat(r.person().gridId()).isNull();
            assertThat(r.person().responsibilityTeamId()).isNull();
            assertThat(r.notes()).extracting(RowNote::kind)
                    .containsExactly(RowNote.Kind.UNKNOWN_GRID, RowNote.Kind.UNKNOWN_RESPONSIBLE_PERSON);
            assertThat(at(plan, 6).person().gridId()).isEqualTo(LONGDONG_1);
            assertThat(at(plan, 6).person().responsibilityTeamId()).isEqualTo(LONGDONG_TEAM);
            assertThat(plan.gridsToCreate()).isEmpty();
            assertThat(plan.teamsToCreate()).isEmpty();
            // still listed as unknown, for the preview to offer
            assertThat(plan.unknownGrids()).extracting(UnknownGrid::name).containsExactly("3组", "1组", "9组");
            assertThat(plan.unknownTeams()).extracting(UnknownTeam::name).containsExactly("张三", "张三", "李明华", "孙五");
        }

        @Test
        void createdTheRowsCarryThePlaceholdersAndThePlanListsWhatAWrittenRowUses() {
            sheet();
            List<UnknownGrid> grids = places.unknownGrids();
            List<UnknownTeam> teams = places.unknownTeams();

            ImportPlan plan = plan(choices().withCreateGrids(true).withCreateTeams(true));

            PlannedRow r = at(plan, 2);
            assertThat(r.person().gridId()).isEqualTo(grids.get(0).placeholderId());
            assertThat(r.person().responsibilityTeamId()).isEqualTo(teams.get(0).placeholderId());
            assertThat(r.notes()).isEmpty();
            assertThat(at(plan, 5).person().responsibilityTeamId()).as("李明华 leads no team of 石桥村")
                    .isEqualTo(teams.get(2).placeholderId());
            assertThat(at(plan, 7).action()).isEqualTo(RowAction.REJECTED);
            // the rejected row's 9组 and 孙五 are not created
            assertThat(plan.gridsToCreate()).extracting(g -> g.grid().villageId(), g -> g.grid().name(),
                    g -> g.grid().rows()).containsExactly(tuple(LONGDONG, "3组", 2), tuple(SHIQIAO, "1组", 2));
            assertThat(plan.teamsToCreate()).extracting(UnknownTeam::villageId, UnknownTeam::name,
                    UnknownTeam::leader).containsExactly(tuple(LONGDONG, "张三", "张三"),
                    tuple(SHIQIAO, "张三", "张三"), tuple(SHIQIAO, "李明华", "李明华"));
        }

        @Test
        void aNewGridIsServedByTheTeamEveryOneOfItsRowsNames() {
            sheet();
            row("庚", id(7), "龙洞村", "4组", "李明华");
            row("辛", id(8), "龙洞村", "4组", "李明华");
            row("壬", id(9), "龙洞村", "5组", "李明华");
            row("癸", id(10), "龙洞村", "5组");
            List<UnknownTeam> teams = places.unknownTeams();

            ImportPlan plan = plan(choices().withCreateGrids(true).withCreateTeams(true));

            assertThat(plan.gridsToCreate()).extracting(g -> g.grid().name(), GridToCreate::teamId).containsExactly(
                    tuple("3组", teams.get(0).placeholderId()), // 张三's new team, named by both rows
                    tuple("1组", null),                          // 张三 and 李明华
                    tuple("4组", LONGDONG_TEAM),                 // a stored team
                    tuple("5组", null));                         // one row names no team
        }

        @Test
        void gridsCanBeCreatedWithoutTeamsAndTheOtherWayRound() {
            sheet();

            ImportPlan gridsOnly = plan(choices().withCreateGrids(true));
            ImportPlan teamsOnly = plan(choices().withCreateTeams(true));

            assertThat(at(gridsOnly, 2).person().gridId()).isNegative();
            assertThat(at(gridsOnly, 2).person().responsibilityTeamId()).isNull();
            assertThat(at(gridsOnly, 2).notes()).extracting(RowNote::kind)
                    .containsExactly(RowNote.Kind.UNKNOWN_RESPONSIBLE_PERSON);
            assertThat(gridsOnly.gridsToCreate()).extracting(GridToCreate::teamId).containsOnlyNulls();
            assertThat(gridsOnly.teamsToCreate()).isEmpty();
            assertThat(at(teamsOnly, 2).person().gridId()).isNull();
            assertThat(at(teamsOnly, 2).person().responsibilityTeamId()).isNegative();
            assertThat(teamsOnly.gridsToCreate()).isEmpty();
            assertThat(teamsOnly.teamsToCreate()).hasSize(3);
        }

        @Test
        void anUpdateNotCreatingKeepsTheStoredGridAndTeam() {
            Person before = Person.builder().id(40).name("甲").residentId(id(1)).sex(Sex.MALE)
                    .birthDate(LocalDate.of(1950, 1, 1)).villageId(LONGDONG).gridId(LONGDONG_1)
                    .responsibilityTeamId(LONGDONG_TEAM).build();
            stored.put(before.residentId(), before);
            row("甲", id(1), "龙洞村", "3组", "张三");

            PlannedRow kept = at(plan(choices()), 2);
            PlannedRow moved = at(plan(choices().withCreateGrids(true).withCreateTeams(true)), 2);

            assertThat(kept.action()).isEqualTo(RowAction.UNCHANGED);
            assertThat(kept.person().gridId()).isEqualTo(LONGDONG_1);
            assertThat(moved.action()).isEqualTo(RowAction.UPDATE);
            assertThat(moved.changed()).containsExactlyInAnyOrder(LedgerColumn.GRID, LedgerColumn.RESPONSIBILITY_TEAM);
            assertThat(moved.person().gridId()).isNegative();
            assertThat(moved.person().responsibilityTeamId()).isNegative();
        }

        @Test
        void aVillageMappedToAStoredOneTakesItsGridsAndTeamsAlongMergingSameNames() {
            row("甲", id(1), "龙洞村", "3组", "张三");
            row("乙", id(2), "龙东村", "3 组", "张三"); // the office maps 龙东村 (a typo) to 龙洞村
            long longdongTypo = places.unknown().get(0).placeholderId();
            assertThat(places.unknownGrids()).hasSize(2);

            ImportPlan plan = plan(choices().withVillages(Map.of(longdongTypo, VillageChoice.mapTo(LONGDONG)))
                    .withCreateGrids(true).withCreateTeams(true));

            assertThat(at(plan, 3).person().villageId()).isEqualTo(LONGDONG);
            assertThat(at(plan, 3).person().gridId()).isEqualTo(at(plan, 2).person().gridId());
            assertThat(at(plan, 3).person().responsibilityTeamId()).isEqualTo(at(plan, 2).person().responsibilityTeamId());
            assertThat(plan.gridsToCreate()).extracting(g -> g.grid().villageId(), g -> g.grid().name(),
                    g -> g.grid().rows()).containsExactly(tuple(LONGDONG, "3组", 2));
            assertThat(plan.teamsToCreate()).extracting(UnknownTeam::villageId, UnknownTeam::rows)
                    .containsExactly(tuple(LONGDONG, 2));
        }

        @Test
        void gridsAndTeamsOfAVillageToCreateAreCreatedWithIt() {
            row("甲", id(1), "团结村", "1组", "周六");
            long village = places.unknown().get(0).placeholderId();

            ImportPlan plan = plan(choices().withVillages(Map.of(village, VillageChoice.create()))
                    .withCreateGrids(true).withCreateTeams(true));

            assertThat(plan.villagesToCreate()).extracting(UnknownVillage::placeholderId).containsExactly(village);
            assertThat(plan.gridsToCreate()).extracting(g -> g.grid().villageId()).containsExactly(village);
            assertThat(plan.teamsToCreate()).extracting(UnknownTeam::villageId).containsExactly(village);
            assertThat(plan.gridsToCreate().get(0).teamId()).isEqualTo(plan.teamsToCreate().get(0).placeholderId());
        }
    }

    @Test
    void theChoicesKeepTheGridAndTeamDecisionsThroughEveryChange() {
        ImportChoices c = choices().withCreateGrids(true).withCreateTeams(true)
                .withVillages(Map.of(-1L, VillageChoice.create())).withKeepSheetTier(true, "表格分级");

        assertThat(c.createGrids()).isTrue();
        assertThat(c.createTeams()).isTrue();
        assertThat(choices().createGrids()).isFalse();
        assertThat(choices().createTeams()).isFalse();
        assertThat(c.withCreateGrids(false).createTeams()).isTrue();
        assertThatThrownBy(() -> new UnknownGrid(1, 2, "1组", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnknownTeam(-1, 0, "张三", "张三", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
