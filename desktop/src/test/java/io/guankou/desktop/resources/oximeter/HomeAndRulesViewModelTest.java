package io.guankou.desktop.resources.oximeter;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.oximeter.HolderKind;
import io.guankou.model.oximeter.HolderType;
import io.guankou.persistence.oximeter.DeviceEntry;
import io.guankou.persistence.oximeter.OximeterRejectedException;
import io.guankou.persistence.oximeter.PersonPick;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeAndRulesViewModelTest {

    @TempDir
    Path dir;
    OximeterFixture f;

    @BeforeEach
    void setUp() {
        f = new OximeterFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private PersonPick someoneWithout() {
        java.util.Set<Long> atHome = new java.util.HashSet<>();
        f.main.devices().stream().filter(DeviceEntry::atHome).forEach(d -> atHome.add(d.holder().id()));
        io.guankou.model.ledger.LedgerEntry e = new io.guankou.persistence.ledger.LedgerRepository(f.db,
                TestClocks.FIXED).loadEntries().stream().filter(x -> !atHome.contains(x.personId())).findFirst()
                .orElseThrow();
        f.issue.queryProperty().set(e.name());
        f.issue.search();
        return f.issue.persons().stream().filter(p -> p.id() == e.personId()).findFirst().orElseThrow();
    }

    @Test
    void aStockDeviceIssuedToAPersonFoundByNameIsAtTheirHome() {
        PersonPick p = someoneWithout();
        f.issue.personProperty().set(p);
        DeviceEntry before = f.main.devices().stream().filter(d -> d.holder().isStock()).findFirst().orElseThrow();
        String serial = before.serial();
        f.issue.serialProperty().set(serial.toLowerCase(java.util.Locale.ROOT)); // typed in lower case
        assertThat(f.issue.issue()).isTrue();
        assertThat(f.issue.noticeProperty().get().text())
                .isEqualTo(Msg.of(HomeIssueViewModel.KEY_ISSUED, serial, p.name()));
        DeviceEntry after = f.main.devices().stream().filter(d -> d.serial().equals(serial)).findFirst()
                .orElseThrow();
        assertThat(after.holder().kind()).isEqualTo(HolderKind.PERSON);
        assertThat(after.holder().id()).isEqualTo(p.id());
        assertThat(f.main.workingInStockProperty().get()).isEqualTo(29);

        // a second device for the same person is refused with the reason
        f.issue.personProperty().set(p);
        f.issue.serialProperty().set(f.main.devices().stream().filter(d -> d.holder().isStock()).findFirst()
                .orElseThrow().serial());
        f.issue.issue();
        assertThat(f.issue.noticeProperty().get().error()).isTrue();
        assertThat(f.issue.noticeProperty().get().text()).isEqualTo(Msg.of(OximeterFailures.KEY_FAILED,
                Msg.of(Messages.enumKey(OximeterRejectedException.Reason.PERSON_HAS_ONE), serial)));
        assertThat(f.runner.errors).hasSize(1);
        f.runner.errors.clear();
    }

    @Test
    void anUnknownSerialAndNoPersonAreSaidAtTheirFields() {
        f.issue.serialProperty().set("NOPE-1");
        assertThat(f.issue.issue()).isFalse();
        assertThat(f.issue.serialErrorProperty().get()).isEqualTo(Msg.of(HomeIssueViewModel.KEY_NO_SUCH_DEVICE,
                "NOPE-1"));
        assertThat(f.issue.personErrorProperty().get()).isEqualTo(Msg.of(HomeIssueViewModel.KEY_NO_PERSON));
        f.issue.queryProperty().set("无此人名");
        f.issue.search();
        assertThat(f.issue.personErrorProperty().get()).isEqualTo(Msg.of(HomeIssueViewModel.KEY_NOBODY_FOUND,
                "无此人名"));
        assertThat(f.runner.errors).isEmpty();
    }

    @Test
    void theMinimumsShowTheNoticeDefaultsRefuseBadValuesAndSaveNewOnes() {
        OximeterRulesViewModel vm = f.rules;
        assertThat(vm.minimumProperty(HolderType.HEALTH_CENTRE).get()).isEqualTo("20");
        assertThat(vm.minimumProperty(HolderType.VILLAGE_CLINIC).get()).isEqualTo("2");
        assertThat(vm.minimumProperty(HolderType.COMMITTEE).get()).isEqualTo("1");
        assertThat(vm.returnDaysProperty().get()).isEqualTo("14");
        vm.minimumProperty(HolderType.COMMITTEE).set("x");
        vm.returnDaysProperty().set("0");
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty(HolderType.COMMITTEE).get()).isEqualTo(Msg.of(
                OximeterRulesViewModel.KEY_BAD_MINIMUM, 500));
        assertThat(vm.returnDaysErrorProperty().get()).isEqualTo(Msg.of(OximeterRulesViewModel.KEY_BAD_DAYS, 365));
        vm.minimumProperty(HolderType.COMMITTEE).set("２"); // full-width, as an IME types it
        vm.returnDaysProperty().set("7");
        assertThat(vm.save()).isTrue();
        assertThat(f.repo.loadRules().minimum(HolderType.COMMITTEE)).isEqualTo(2);
        assertThat(f.repo.loadRules().returnAfterDays()).isEqualTo(7);
        // the shortfall follows: every committee now needs 2
        assertThat(f.main.holders()).filteredOn(h -> h.type() == HolderType.COMMITTEE)
                .allMatch(h -> h.minimum() == 2);
        assertThat(f.repo.overview(TestClocks.TODAY).overdue().size()).isEqualTo(f.main.overdue().size());
        assertThat(f.runner.errors).isEmpty();
    }
}
