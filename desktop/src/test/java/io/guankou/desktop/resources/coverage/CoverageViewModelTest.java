package io.guankou.desktop.resources.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.org.FacilityType;
import io.guankou.model.transport.AmbulanceStatus;
import io.guankou.model.transport.CentreCoverage;
import io.guankou.model.transport.CentreRule;
import io.guankou.model.transport.CoverageGap;
import io.guankou.model.transport.CoverageSettings;
import io.guankou.model.transport.FleetAvailability;
import io.guankou.model.transport.TimeSource;
import io.guankou.model.transport.TransportField;
import io.guankou.model.transport.VillageCoverage;
import io.guankou.persistence.Database;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.transport.CoverageSettingsRepository;
import io.guankou.persistence.transport.TransportRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage tab's view-models over the demo township (two centres, four ambulances, three measured times). */
class CoverageViewModelTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    final List<DataKind> published = new ArrayList<>();
    CoverageViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        events.subscribe(EnumSet.allOf(DataKind.class), c -> published.add(c.kind()));
        vm = new CoverageViewModel(new TransportServices(new TransportRepository(db, TestClocks.FIXED),
                new CoverageSettingsRepository(db, TestClocks.FIXED), new PlaceRepository(db), runner, events,
                "王主任"));
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(runner.errors).isEmpty();
        db.close();
    }

    private CentreCoverage centre(FacilityType type) {
        return vm.centres().stream().filter(c -> c.centre().type() == type).findFirst().orElseThrow();
    }

    private VillageCoverage village(String name) {
        return vm.centres().stream().flatMap(c -> c.villages().stream()).filter(v -> v.village().name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void theDemoShowsItsGapsFirstAndTheFirstCentreIsSelected() {
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.centres()).hasSize(2).allMatch(CentreCoverage::hasGap);
        assertThat(centre(FacilityType.COMMUNITY_HEALTH_CENTRE).rule()).isEqualTo(CentreRule.NOT_MET);
        assertThat(centre(FacilityType.TOWNSHIP_HEALTH_CENTRE).rule()).isEqualTo(CentreRule.MET);
        assertThat(vm.selectedCentreProperty().get()).isEqualTo(vm.centres().get(0));
        assertThat(vm.villages()).isEqualTo(vm.centres().get(0).villages());
        assertThat(vm.villages().get(0).covered()).as("gaps first").isFalse();
        assertThat(vm.selectedVillageProperty().get()).isEqualTo(vm.villages().get(0));
        assertThat(vm.measuredProperty().get()).as("its measured minutes in the field")
                .isEqualTo(Integer.toString(vm.villages().get(0).measuredMinutes()));
        assertThat(vm.summary().key()).isEqualTo("coverage.summary");
        assertThat(vm.summary().args()).containsExactly(2, 1L, 3, vm.reportProperty().get().redNotCovered());
    }

    @Test
    void aMeasuredTimeOverridesTheEstimateAndBlankRemovesIt() {
        VillageCoverage before = village("龙洞村");
        assertThat(before.source()).isEqualTo(TimeSource.ESTIMATED);
        assertThat(before.covered()).isTrue();
        vm.selectCentre(vm.centres().stream().filter(c -> c.villages().contains(before)).findFirst().orElseThrow());
        vm.selectVillage(before);

        vm.measuredProperty().set("45");
        assertThat(vm.saveMeasured()).isTrue();
        assertThat(published).containsExactly(DataKind.TRANSPORT);
        VillageCoverage after = village("龙洞村");
        assertThat(after.source()).isEqualTo(TimeSource.MEASURED);
        assertThat(after.gap()).isEqualTo(CoverageGap.BEYOND_TARGET);
        assertThat(vm.selectedVillageProperty().get().village().name()).as("still selected after the reload")
                .isEqualTo("龙洞村");
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo("coverage.measured.saved");

        vm.measuredProperty().set("");
        assertThat(vm.saveMeasured()).isTrue();
        assertThat(village("龙洞村").source()).isEqualTo(TimeSource.ESTIMATED);
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo("coverage.measured.removed");

        vm.measuredProperty().set("0");
        assertThat(vm.saveMeasured()).isFalse();
        assertThat(vm.measuredErrorProperty().get().key()).isEqualTo("enum.TransportProblem.Kind.OUT_OF_RANGE");
        assertThat(vm.measuredErrorProperty().get().args()).containsExactly(1, 600);
    }

    @Test
    void settingsAreCheckedPerFieldAndASavedTargetChangesTheCoverage() {
        CoverageSettingsViewModel s = vm.settings();
        assertThat(s.ruralTargetProperty().get()).isEqualTo("30");
        s.ruralTargetProperty().set("45");
        s.speedProperty().set("0");
        assertThat(s.save()).isFalse();
        assertThat(s.errorAt(TransportField.SPEED).get().key()).isEqualTo("enum.TransportProblem.Kind.OUT_OF_RANGE");
        assertThat(s.errorAt(TransportField.RURAL_TARGET).get()).isNull();
        assertThat(published).isEmpty();

        s.speedProperty().set("35");
        assertThat(s.save()).isTrue();
        assertThat(s.errorAt(TransportField.SPEED).get()).isNull();
        assertThat(new CoverageSettingsRepository(db, TestClocks.FIXED).load())
                .isEqualTo(new CoverageSettings(3, 1.3, 35, 45, 12));
        // the three villages measured at 35, 36 and 42 minutes are all within 45
        assertThat(vm.reportProperty().get().villagesNotCovered()).isZero();
        assertThat(s.noticeProperty().get().text().key()).isEqualTo("coverage.settings.saved");

        s.useDefaults();
        assertThat(s.ruralTargetProperty().get()).isEqualTo("30");
    }

    @Test
    void anAmbulanceAddedByTheFormMakesTheCommunityCentreMeetTheRule() {
        AmbulancesViewModel a = vm.ambulances();
        assertThat(a.rows()).hasSize(4);
        long community = centre(FacilityType.COMMUNITY_HEALTH_CENTRE).centre().id();
        a.startNew();
        a.facilityIdProperty().set(community);
        a.plateProperty().set("渝G·A1201"); // the township centre's
        assertThat(a.save()).isFalse();
        assertThat(a.errorAt(TransportField.PLATE).get().key()).isEqualTo("enum.TransportProblem.Kind.DUPLICATE_PLATE");

        a.plateProperty().set("渝g·b3308");
        a.networkedProperty().set(true);
        a.statusProperty().set(AmbulanceStatus.AVAILABLE);
        assertThat(a.save()).isTrue();
        assertThat(a.errorAt(TransportField.PLATE).get()).isNull();
        assertThat(a.rows()).hasSize(5);
        assertThat(a.selectedProperty().get().ambulance().plate()).isEqualTo("渝G·B3308");
        assertThat(centre(FacilityType.COMMUNITY_HEALTH_CENTRE).rule()).isEqualTo(CentreRule.MET);

        assertThat(a.remove()).isTrue();
        assertThat(a.rows()).hasSize(4);
        assertThat(a.selectedProperty().get()).isNull();
        assertThat(centre(FacilityType.COMMUNITY_HEALTH_CENTRE).rule()).isEqualTo(CentreRule.NOT_MET);
        assertThat(a.noticeProperty().get().text().key()).isEqualTo("coverage.ambulance.removed");
    }

    @Test
    void aFleetVehicleIsAddedAndTheSeatsAvailableNowFollow() {
        FleetViewModel f = vm.fleet();
        assertThat(f.rows()).hasSize(5);
        int seats = f.availableSeatsProperty().get();
        int vehicles = f.availableVehiclesProperty().get();
        f.startNew();
        f.ownerProperty().set("志愿者李强");
        f.phoneProperty().set("10012345678");
        f.seatsProperty().set("seven");
        assertThat(f.save()).isFalse();
        assertThat(f.errorAt(TransportField.SEATS).get().key()).isEqualTo("enum.TransportProblem.Kind.NOT_A_NUMBER");
        f.seatsProperty().set("7");
        f.availabilityProperty().set(FleetAvailability.AVAILABLE);
        assertThat(f.save()).isTrue();
        assertThat(f.rows()).hasSize(6);
        assertThat(f.selectedProperty().get().owner()).isEqualTo("志愿者李强");
        assertThat(f.availableSeatsProperty().get()).isEqualTo(seats + 7);
        assertThat(f.availableVehiclesProperty().get()).isEqualTo(vehicles + 1);
    }

    @Test
    void aCoverageThatCannotBeReadFailsWithTheReasonAndLoadsOnRetry() {
        try (BrokenTable broken = BrokenTable.hide(file, "ambulance")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.state().failureProperty().get().key()).startsWith("db.error.");
        }
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.centres()).hasSize(2);
    }

    @Test
    void aChangeElsewhereReloadsIt() {
        new TransportRepository(db, TestClocks.FIXED).setMeasuredMinutes(village("龙洞村").village().id(), "50",
                "李医生");
        events.publish(new DataChange.PackagesChanged());
        assertThat(village("龙洞村").gap()).isEqualTo(CoverageGap.BEYOND_TARGET);
    }
}
