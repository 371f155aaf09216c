package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.LedgerOpener;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.org.TeamMember;
import io.guankou.model.org.TeamRole;
import io.guankou.model.person.Person;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code excel-import --create-grids --create-teams}: a sheet's village groups (村民小组 "9组") and responsible
 * persons (包保责任人) on the demo township, whose villages have other grids and whose teams other leaders.
 */
class ExcelImportGridsAndTeamsTest {

    private static final List<String> HEADERS = List.of("序号", "姓名", "身份证号码", "性别", "所在村", "村民小组",
            "包保责任人");
    /** A name no demo team member has (demo names are two or three characters). */
    private static final String RESPONSIBLE = "欧阳责任人";

    @TempDir
    Path dir;
    Path db;
    Path sheet;
    Village first;
    Village second;
    int gridsBefore;
    int teamsBefore;
    List<String> ids = new ArrayList<>();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        db = TestTownship.copyInto(dir);
        Set<String> held;
        try (Database d = Database.openExisting(db)) {
            held = new LedgerRepository(d, TestClocks.FIXED).loadEntries().stream().map(LedgerEntry::residentId)
                    .collect(Collectors.toSet());
            PlaceRepository places = new PlaceRepository(d);
            first = places.villages().get(0);
            second = places.villages().get(1);
            gridsBefore = places.grids().size();
            teamsBefore = places.responsibilityTeams().size();
        }
        for (int i = 0; ids.size() < 3; i++) {
            String id = ResidentIds.withCheckCharacter("500235195005" + String.format("%02d", 10 + i) + "97" + 1);
            if (!held.contains(id)) {
                ids.add(id);
            }
        }
        sheet = dir.resolve("台账.xlsx");
        ExcelImportCommandTest.writeLedger(sheet, HEADERS, List.of(
                List.of("1", "张一", ids.get(0), "男", first.name(), "9组", RESPONSIBLE),
                List.of("2", "张二", ids.get(1), "男", first.name(), "9组", RESPONSIBLE),
                List.of("3", "张三", ids.get(2), "男", second.name(), "9组", RESPONSIBLE)));
    }

    private int runImport(String... more) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> a = new ArrayList<>(List.of("--lang", "en", "excel-import", "--db", db.toString(),
                sheet.toString(), "--user", "tester"));
        a.addAll(List.of(more));
        return GuankouCommand.execute(a.toArray(String[]::new), new DataPaths(dir.resolve("data")), o -> {
            throw new AssertionError("no window for a subcommand");
        }, LedgerOpener.existing(), TestClocks.FIXED, new PrintWriter(out, true), new PrintWriter(err, true))
                .exitCode();
    }

    private List<Grid> grids() {
        try (Database d = Database.openExisting(db)) {
            return new PlaceRepository(d).grids();
        }
    }

    private List<ResponsibilityTeam> teams() {
        try (Database d = Database.openExisting(db)) {
            return new PlaceRepository(d).responsibilityTeams();
        }
    }

    private Person person(String residentId) {
        try (Database d = Database.openExisting(db)) {
            LedgerRepository ledger = new LedgerRepository(d, TestClocks.FIXED);
            return ledger.find(ledger.findIdByResidentId(residentId).orElseThrow()).orElseThrow();
        }
    }

    @Test
    void aDryRunListsTheGridsAndTeamsTheLedgerLacksAndHowToCreateThem() {
        assertThat(runImport("--dry-run")).as(err.toString()).isZero();

        assertThat(out.toString()).contains(
                "F  村民小组 -> Grid", "G  包保责任人 -> Responsible person", "Add: 3",
                "Grids their village does not have yet: 2 (not created: these rows come in without a grid;"
                        + " add --create-grids to create them)",
                "  9组 (" + first.name() + ", 2 rows)", "  9组 (" + second.name() + ", 1 row)",
                "Responsibility teams the ledger does not have yet: 2",
                "  " + RESPONSIBLE + " (" + first.name() + ", 2 rows, led by " + RESPONSIBLE + ")",
                "  " + RESPONSIBLE + " (" + second.name() + ", 1 row, led by " + RESPONSIBLE + ")",
                "Dry run: nothing was written.");
        assertThat(grids()).hasSize(gridsBefore);
    }

    @Test
    void aDryRunWithTheFlagsSaysWhatWouldBeCreatedAndWritesNothing() {
        assertThat(runImport("--dry-run", "--create-grids", "--create-teams")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Grids that would be created (--create-grids): 2",
                "Responsibility teams that would be created (--create-teams): 2", "Dry run: nothing was written.")
                .doesNotContain("Created 2 grids");
        assertThat(grids()).hasSize(gridsBefore);
        assertThat(teams()).hasSize(teamsBefore);
    }

    @Test
    void createGridsAndTeamsCreatesThemAndLinksTheRows() {
        assertThat(runImport("--create-grids", "--create-teams")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Grids created (--create-grids): 2",
                "Responsibility teams created (--create-teams): 2",
                "Imported: 3 added, 0 updated, no village created.", "Created 2 grids and 2 responsibility teams.");
        List<Grid> grids = grids();
        assertThat(grids).hasSize(gridsBefore + 2);
        assertThat(grids).filteredOn(g -> g.name().equals("9组")).extracting(Grid::villageId)
                .containsExactlyInAnyOrder(first.id(), second.id());
        List<ResponsibilityTeam> created = teams().stream().filter(t -> t.name().equals(RESPONSIBLE)).toList();
        assertThat(created).extracting(ResponsibilityTeam::villageId).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(created).allSatisfy(t -> assertThat(t.members())
                .extracting(TeamMember::name, TeamMember::role).containsExactly(tuple(RESPONSIBLE,
                        TeamRole.PARTY_SECRETARY)));
        Person one = person(ids.get(0));
        Person three = person(ids.get(2));
        assertThat(one.gridId()).isEqualTo(person(ids.get(1)).gridId()).isNotEqualTo(three.gridId());
        assertThat(grids).filteredOn(g -> g.id() == one.gridId()).extracting(Grid::villageId)
                .containsExactly(first.id());
        assertThat(created).filteredOn(t -> t.id() == one.responsibilityTeamId()).extracting(ResponsibilityTeam::villageId)
                .containsExactly(first.id());

        // the same sheet again finds them: nothing to write, nothing listed
        assertThat(runImport("--create-grids", "--create-teams")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Unchanged: 3").doesNotContain("Grids created", "teams created (");
        assertThat(grids()).hasSize(gridsBefore + 2);
    }

    @Test
    void createGridsAloneLeavesTheTeamsOut() {
        assertThat(runImport("--create-grids")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Grids created (--create-grids): 2",
                "Responsibility teams the ledger does not have yet: 2", "Created 2 grids and 0 responsibility teams.");
        assertThat(teams()).hasSize(teamsBefore);
        Person one = person(ids.get(0));
        assertThat(one.gridId()).isNotNull();
        assertThat(one.responsibilityTeamId()).isNull();
    }

    @Test
    void helpListsTheFlags() {
        assertThat(runImport("--help")).isZero();
        assertThat(out.toString()).contains("--create-grids", "--create-teams");
    }
}
