package io.guankou.model.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.sync.RecordMeta;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransportRulesTest {

    static final RecordMeta META = RecordMeta.fresh("500235124", Instant.parse("2026-11-20T02:00:00Z"));

    @Test
    void anAmbulanceNeedsABaseInTheLedgerAPlateNoOtherHasAndAStatus() {
        List<Ambulance> held = List.of(new Ambulance(1, META, 10, "渝G·A1201", true, AmbulanceStatus.AVAILABLE));
        assertThat(AmbulanceRules.check(new AmbulanceEdit(0, 10L, "渝G A1202", true, AmbulanceStatus.AVAILABLE),
                Set.of(10L), held)).isEmpty();
        assertThat(AmbulanceRules.check(new AmbulanceEdit(0, null, " ", false, null), Set.of(10L), held))
                .containsExactly(TransportProblem.of(TransportField.FACILITY, TransportProblem.Kind.REQUIRED),
                        TransportProblem.of(TransportField.PLATE, TransportProblem.Kind.REQUIRED),
                        TransportProblem.of(TransportField.STATUS, TransportProblem.Kind.REQUIRED));
        // the same plate typed with a space instead of the dot, in full-width lower case, is a duplicate
        assertThat(AmbulanceRules.check(new AmbulanceEdit(0, 11L, "渝g ａ1201", true, AmbulanceStatus.AVAILABLE),
                Set.of(10L), held)).containsExactly(
                TransportProblem.of(TransportField.FACILITY, TransportProblem.Kind.UNKNOWN_FACILITY),
                TransportProblem.of(TransportField.PLATE, TransportProblem.Kind.DUPLICATE_PLATE));
        // but not of itself
        assertThat(AmbulanceRules.check(new AmbulanceEdit(1, 10L, "渝G·A1201", false, AmbulanceStatus.ON_CALL),
                Set.of(10L), held)).isEmpty();
        assertThat(AmbulanceRules.check(new AmbulanceEdit(0, 10L, "X".repeat(21), true, AmbulanceStatus.AVAILABLE),
                Set.of(10L), held)).containsExactly(
                TransportProblem.of(TransportField.PLATE, TransportProblem.Kind.TOO_LONG, 20));
        assertThat(AmbulanceRules.plate(" 渝g·ａ1201 ")).isEqualTo("渝G·A1201");
    }

    @Test
    void aFleetVehicleNeedsAnOwnerAPhoneSeatsAndAvailability() {
        assertThat(FleetRules.check(new FleetVehicleEdit(0, "平安镇人民政府", "023-5566 7788", "5",
                FleetAvailability.AVAILABLE))).isEmpty();
        assertThat(FleetRules.check(new FleetVehicleEdit(0, "", "", "", null))).containsExactly(
                TransportProblem.of(TransportField.OWNER, TransportProblem.Kind.REQUIRED),
                TransportProblem.of(TransportField.PHONE, TransportProblem.Kind.REQUIRED),
                TransportProblem.of(TransportField.SEATS, TransportProblem.Kind.REQUIRED),
                TransportProblem.of(TransportField.AVAILABILITY, TransportProblem.Kind.REQUIRED));
        assertThat(FleetRules.check(new FleetVehicleEdit(0, "志愿者", "call me", "61", FleetAvailability.IN_USE)))
                .containsExactly(TransportProblem.of(TransportField.PHONE, TransportProblem.Kind.BAD_PHONE),
                        TransportProblem.of(TransportField.SEATS, TransportProblem.Kind.OUT_OF_RANGE, 1, 60));
        assertThat(FleetRules.seats(new FleetVehicleEdit(0, "x", "13800000000", "７", FleetAvailability.AVAILABLE)))
                .isEqualTo(7);
    }

    @Test
    void aMeasuredTimeIsWholeMinutesAndBlankRemovesIt() {
        assertThat(MeasuredMinutes.parse("42")).isEqualTo(new MeasuredMinutes(42, null));
        assertThat(MeasuredMinutes.parse(" ")).isEqualTo(new MeasuredMinutes(null, null));
        assertThat(MeasuredMinutes.parse(" ").ok()).isTrue();
        assertThat(MeasuredMinutes.parse("0").problem()).isEqualTo(
                TransportProblem.of(TransportField.MEASURED_MINUTES, TransportProblem.Kind.OUT_OF_RANGE, 1, 600));
        assertThat(MeasuredMinutes.parse("4.5").problem().kind()).isEqualTo(TransportProblem.Kind.NOT_A_NUMBER);
    }
}
