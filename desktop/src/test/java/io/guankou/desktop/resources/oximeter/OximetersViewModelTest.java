package io.guankou.desktop.resources.oximeter;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderKind;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.oximeter.HolderType;
import io.guankou.model.oximeter.MoveEvent;
import io.guankou.persistence.oximeter.DeviceEntry;
import io.guankou.persistence.oximeter.DeviceMoveEntry;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OximetersViewModelTest {

    @TempDir
    Path dir;
    OximeterFixture f;

    @BeforeEach
    void setUp() {
        f = new OximeterFixture(dir);
    }

    @AfterEach
    void tearDown() {
        assertThat(f.runner.errors).isEmpty();
        f.close();
    }

    @Test
    void theDemoShowsItsGapsFirstAndTheStock() {
        OximetersViewModel vm = f.main;
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.workingInStockProperty().get()).isEqualTo(30);
        assertThat(vm.holders().get(0).shortfall()).isEqualTo(vm.holders().stream()
                .mapToInt(HolderStock::shortfall).max().orElseThrow());
        HolderStock centre = vm.holders().stream().filter(h -> h.type() == HolderType.HEALTH_CENTRE
                && h.name().equals("平安镇中心卫生院")).findFirst().orElseThrow();
        assertThat(centre.shortfall()).isEqualTo(8); // 12 working of 20
        assertThat(vm.totalShortfallProperty().get()).isEqualTo(vm.holders().stream()
                .mapToInt(HolderStock::shortfall).sum());
        vm.gapsOnlyProperty().set(true);
        assertThat(vm.holders()).allMatch(h -> h.shortfall() > 0).hasSize(vm.holdersShortProperty().get());
        assertThat(vm.villages()).isNotEmpty();
        assertThat(vm.overdue()).allMatch(d -> d.atHome() && vm.daysOverdue(d) > 0);
        // an ID at home is shown masked
        DeviceEntry home = vm.overdue().get(0);
        assertThat(vm.displayedId(home)).isNotEqualTo(home.residentId()).contains("*");
    }

    @Test
    void theFilterNarrowsTheDevicesBySerial() {
        f.main.deviceFilterProperty().set("pa-0000");
        assertThat(f.main.devices()).isNotEmpty().allMatch(d -> d.serial().startsWith("PA-0000"));
    }

    @Test
    void markingABrokenDeviceTakesItOutOfItsHoldersCountWithAHistoryRow() {
        OximetersViewModel vm = f.main;
        DeviceEntry d = vm.devices().stream().filter(x -> x.holder().kind() == HolderKind.FACILITY
                && x.condition() == DeviceCondition.WORKING).findFirst().orElseThrow();
        HolderStock before = holder(d);
        vm.select(d);
        assertThat(vm.setCondition(DeviceCondition.BROKEN)).isTrue();
        assertThat(vm.noticeProperty().get().error()).isFalse();
        assertThat(holder(d).held()).isEqualTo(before.held() - 1);
        assertThat(vm.selectedProperty().get().condition()).isEqualTo(DeviceCondition.BROKEN);
        assertThat(vm.history()).extracting(DeviceMoveEntry::event).endsWith(MoveEvent.CONDITION);
    }

    private HolderStock holder(DeviceEntry d) {
        return f.main.overviewProperty().get().holders().stream().filter(h -> h.holder().equals(d.holder()))
                .findFirst().orElseThrow();
    }

    @Test
    void anOverdueDeviceTakenBackGoesToTheClinicItCameFromAndLeavesTheList() {
        OximetersViewModel vm = f.main;
        int overdue = vm.overdue().size();
        DeviceEntry d = vm.overdue().get(0);
        vm.select(d);
        assertThat(vm.returnSelected(DeviceCondition.WORKING)).isTrue();
        assertThat(vm.overdue()).hasSize(overdue - 1);
        DeviceEntry back = vm.devices().stream().filter(x -> x.id() == d.id()).findFirst().orElseThrow();
        assertThat(back.holder().kind()).isEqualTo(HolderKind.FACILITY);
        assertThat(back.returnedOn()).isEqualTo(TestClocks.TODAY);
        assertThat(vm.history()).extracting(DeviceMoveEntry::event).endsWith(MoveEvent.ISSUED, MoveEvent.RETURNED);
    }

    @Test
    void aFailedLoadSaysWhyAndARetryLoads() {
        try (BrokenTable broken = BrokenTable.hide(f.file, "oximeter")) {
            f.main.reload();
            assertThat(f.main.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(f.main.state().failureProperty().get()).isNotNull();
        }
        assertThat(f.runner.errors).hasSize(1);
        f.runner.errors.clear();
        f.main.reload();
        assertThat(f.main.state().isReady()).isTrue();
        assertThat(f.main.workingInStockProperty().get()).isEqualTo(30);
    }
}
