package io.guankou.persistence.transport;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.transport.Ambulance;
import io.guankou.model.transport.AmbulanceEdit;
import io.guankou.model.transport.AmbulanceStatus;
import io.guankou.model.transport.CoverageSettings;
import io.guankou.model.transport.FleetAvailability;
import io.guankou.model.transport.FleetVehicle;
import io.guankou.model.transport.FleetVehicleEdit;
import io.guankou.model.transport.TransportField;
import io.guankou.model.transport.TransportProblem;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.ledger.LedgerRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    TransportRepository repo;

    @BeforeEach
    void open() {
        db = TestTownship.create(dir.resolve("transport.db"));
        repo = new TransportRepository(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAmbulanceIsAddedChangedAndRemovedWithItsRevisionAndChangeMarks() {
        long id = repo.saveAmbulance(new AmbulanceEdit(0, 1L, " 渝g·a1201 ", true, AmbulanceStatus.AVAILABLE), "王主任");
        Ambulance a = repo.ambulances().get(0);
        assertThat(a.id()).isEqualTo(id);
        assertThat(a.plate()).isEqualTo("渝G·A1201");
        assertThat(a.networked()).isTrue();
        assertThat(a.meta().revision()).isEqualTo(1);
        assertThat(TestTownship.query(db, "SELECT updated_by FROM ambulance")).isEqualTo("王主任");
        assertThat(TestTownship.query(db, "SELECT field FROM change_mark WHERE tbl = 'ambulance'")).isEqualTo("*");

        repo.saveAmbulance(new AmbulanceEdit(id, 1L, "渝G·A1201", true, AmbulanceStatus.ON_CALL), "李医生");
        assertThat(repo.ambulances().get(0).status()).isEqualTo(AmbulanceStatus.ON_CALL);
        assertThat(repo.ambulances().get(0).meta().revision()).isEqualTo(2);

        repo.removeAmbulance(id, "李医生");
        assertThat(repo.ambulances()).isEmpty();
        assertThat(TestTownship.query(db, "SELECT deleted FROM ambulance WHERE id = " + id)).isEqualTo("true");
        assertThatThrownBy(() -> repo.removeAmbulance(id, "李医生")).isInstanceOf(TransportRefused.class)
                .matches(e -> ((TransportRefused) e).gone());
    }

    @Test
    void aRefusedAmbulanceWritesNothingAndNamesTheFields() {
        repo.saveAmbulance(new AmbulanceEdit(0, 1L, "渝G·A1201", true, AmbulanceStatus.AVAILABLE), "王主任");
        assertThatThrownBy(() -> repo.saveAmbulance(new AmbulanceEdit(0, 7L, "渝GA1201", false,
                AmbulanceStatus.AVAILABLE), "王主任"))
                .isInstanceOfSatisfying(TransportRefused.class, e -> assertThat(e.problems()).containsExactly(
                        TransportProblem.of(TransportField.FACILITY, TransportProblem.Kind.UNKNOWN_FACILITY),
                        TransportProblem.of(TransportField.PLATE, TransportProblem.Kind.DUPLICATE_PLATE)));
        assertThat(TestTownship.query(db, "SELECT count(*) FROM ambulance")).isEqualTo("1");
    }

    @Test
    void fleetVehiclesAreKeptInTheOrderEntered() {
        long first = repo.saveFleetVehicle(new FleetVehicleEdit(0, "平安镇人民政府", "023-00001111", "5",
                FleetAvailability.AVAILABLE), "王主任");
        repo.saveFleetVehicle(new FleetVehicleEdit(0, "志愿者张强", "10012345678", "７", FleetAvailability.IN_USE),
                "王主任");
        List<FleetVehicle> fleet = repo.fleet();
        assertThat(fleet).extracting(FleetVehicle::owner).containsExactly("平安镇人民政府", "志愿者张强");
        assertThat(fleet.get(1).seats()).isEqualTo(7);
        repo.saveFleetVehicle(new FleetVehicleEdit(first, "平安镇人民政府", "023-00001111", "5",
                FleetAvailability.UNAVAILABLE), "王主任");
        assertThat(repo.fleet().get(0).availability()).isEqualTo(FleetAvailability.UNAVAILABLE);
        assertThatThrownBy(() -> repo.saveFleetVehicle(new FleetVehicleEdit(0, "x", "no", "0", null), "王主任"))
                .isInstanceOf(TransportRefused.class);
        repo.removeFleetVehicle(first, "王主任");
        assertThat(repo.fleet()).hasSize(1);
    }

    @Test
    void aMeasuredTimeIsSetChangedAndRemovedInOneRowPerVillage() {
        repo.setMeasuredMinutes(TestTownship.VILLAGE_2, "42", "王主任");
        assertThat(repo.measuredMinutes()).isEqualTo(Map.of(TestTownship.VILLAGE_2, 42));
        repo.setMeasuredMinutes(TestTownship.VILLAGE_2, "38", "王主任");
        assertThat(repo.measuredMinutes()).isEqualTo(Map.of(TestTownship.VILLAGE_2, 38));
        repo.setMeasuredMinutes(TestTownship.VILLAGE_2, " ", "王主任");
        assertThat(repo.measuredMinutes()).isEmpty();
        repo.setMeasuredMinutes(TestTownship.VILLAGE_2, "40", "王主任");
        assertThat(repo.measuredMinutes()).isEqualTo(Map.of(TestTownship.VILLAGE_2, 40));
        assertThat(TestTownship.query(db, "SELECT count(*) FROM village_travel_time")).isEqualTo("1");
        assertThatThrownBy(() -> repo.setMeasuredMinutes(TestTownship.VILLAGE_2, "0", "王主任"))
                .isInstanceOf(TransportRefused.class);
        assertThatThrownBy(() -> repo.setMeasuredMinutes(99, "10", "王主任"))
                .isInstanceOfSatisfying(TransportRefused.class, e -> assertThat(e.gone()).isTrue());
    }

    @Test
    void redPersonsAreCountedByEffectiveTierPerVillage() {
        LedgerRepository ledger = new LedgerRepository(db, CLOCK);
        ledger.save(TestTownship.person("甲", 1).build(), "王主任"); // yellow by the default rules
        io.guankou.model.person.Person overridden = TestTownship.person("乙", 2)
                .tierOverride(new io.guankou.model.person.TierOverride(Tier.RED, "李医生", CLOCK.instant(),
                        "独居，行动不便"))
                .build();
        ledger.save(overridden, "王主任");
        assertThat(repo.redPersons()).isEqualTo(Map.of(TestTownship.VILLAGE_1, 1));
    }

    @Test
    void theSettingsAreTheDefaultsUntilSaved() {
        CoverageSettingsRepository settings = new CoverageSettingsRepository(db, CLOCK);
        assertThat(settings.load()).isEqualTo(CoverageSettings.defaults());
        settings.save(new CoverageSettings(5, 1.6, 30, 40, 15), "王主任");
        assertThat(settings.load()).isEqualTo(new CoverageSettings(5, 1.6, 30, 40, 15));
    }
}
