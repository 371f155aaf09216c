package io.guankou.desktop.resources.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.familydoctor.ContractPerson;
import io.guankou.model.familydoctor.CoverageCount;
import io.guankou.model.familydoctor.CoverageGroup;
import io.guankou.model.familydoctor.CoverageRow;
import io.guankou.persistence.Database;
import io.guankou.persistence.familydoctor.ContractRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Family-doctor contract coverage over the demo township, checked against counts taken straight from the file. */
class ContractsViewModelTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    ContractsViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        vm = new ContractsViewModel(new ContractRepository(db), runner, TestClocks.FIXED, new DataEvents());
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(runner.errors).isEmpty();
        db.close();
    }

    /** persons and signed among the active persons matching {@code where}, counted by SQL. */
    private int[] sql(String where) throws Exception {
        String base = "FROM person p WHERE p.deleted = 0 AND p.departure_reason IS NULL AND (" + where + ")";
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(p.family_doctor_contract_date IS NOT NULL) " + base)) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    @Test
    void theTownshipSummaryAgreesWithTheLedger() throws Exception {
        // age on 2026-11-20: born on or before 1961-11-20 is 65+
        int[] age65 = sql("p.birth_date <= '1961-11-20'");
        int[] comorbid = sql("EXISTS (SELECT 1 FROM comorbidity c WHERE c.person_id = p.id AND c.deleted = 0)");
        int[] all = sql("p.birth_date <= '1966-11-20'");
        assertThat(vm.summaryProperty().get()).isEqualTo(Msg.of("contracts.summary",
                ContractsViewModel.text(new CoverageCount(CoverageGroup.AGE_60_PLUS, all[0], all[1])),
                ContractsViewModel.text(new CoverageCount(CoverageGroup.AGE_65_PLUS, age65[0], age65[1])),
                ContractsViewModel.text(new CoverageCount(CoverageGroup.COMORBIDITY, comorbid[0], comorbid[1]))));
        int villagePersons = vm.rows().stream().mapToInt(r -> r.count(CoverageGroup.AGE_60_PLUS).persons()).sum();
        assertThat(villagePersons).isEqualTo(all[0]);
        assertThat(vm.unsigned()).hasSize(all[0] - all[1]).noneMatch(ContractPerson::signed);
        assertThat(vm.unsigned().get(0).comorbidity()).isTrue();
    }

    @Test
    void aSelectedTeamShowsItsUnsignedAndTheRowsSwitchToTeams() {
        vm.byProperty().set(CoverageBy.TEAM);
        assertThat(vm.rows()).anyMatch(r -> r.id() == null);
        CoverageRow first = vm.rows().get(0);
        vm.select(first);
        assertThat(vm.unsigned()).hasSize(first.count(CoverageGroup.AGE_60_PLUS).unsigned())
                .allMatch(p -> java.util.Objects.equals(p.teamId(), first.id()));
        vm.select(null);
        assertThat(vm.unsigned().size()).isGreaterThanOrEqualTo(first.count(CoverageGroup.AGE_60_PLUS).unsigned());
    }

    @Test
    void aFailedLoadIsShownAndARetryLoads() {
        try (BrokenTable broken = BrokenTable.hide(file, "comorbidity")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        }
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
    }
}
