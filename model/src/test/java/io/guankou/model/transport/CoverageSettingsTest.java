package io.guankou.model.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoverageSettingsTest {

    @Test
    void theDefaultsAreTheLiteratureValues() {
        CoverageSettings s = CoverageSettings.defaults();
        assertThat(s.dispatchDelayMinutes()).isEqualTo(3);
        assertThat(s.detourFactor()).isEqualTo(1.3);
        assertThat(s.speedKmh()).isEqualTo(35);
        assertThat(s.targetMinutes(true)).isEqualTo(30);
        assertThat(s.targetMinutes(false)).isEqualTo(12);
    }

    @Test
    void theEstimateIsDelayPlusDistanceTimesDetourOverSpeed() {
        // 3 + 10 km × 1.3 ÷ 35 km/h × 60 = 3 + 22.2857 = 25.2857 min
        assertThat(CoverageSettings.defaults().estimateMinutes(10)).isCloseTo(25.2857, within(1e-4));
        // mountains: 5 + 10 × 1.6 ÷ 30 × 60 = 5 + 32 = 37 min
        assertThat(new CoverageSettings(5, 1.6, 30, 30, 12).estimateMinutes(10)).isCloseTo(37.0, within(1e-9));
        // at the base itself only the dispatch delay
        assertThat(CoverageSettings.defaults().estimateMinutes(0)).isEqualTo(3.0);
    }

    @Test
    void theReachIsTheDistanceWhoseEstimateIsTheTarget() {
        // (30 − 3) min ÷ 60 × 35 km/h ÷ 1.3 = 12.115 km
        assertThat(CoverageSettings.defaults().reachKm(30)).isCloseTo(12.1154, within(1e-4));
        // mountains: (30 − 5) ÷ 60 × 30 ÷ 1.6 = 7.8125 km
        assertThat(new CoverageSettings(5, 1.6, 30, 30, 12).reachKm(30)).isCloseTo(7.8125, within(1e-9));
        // a delay longer than the target reaches nowhere
        assertThat(new CoverageSettings(20, 1.3, 35, 30, 12).reachKm(12)).isZero();
    }

    @Test
    void encodeAndDecodeRoundTripAndMissingKeysTakeTheirDefaults() {
        CoverageSettings s = new CoverageSettings(4, 1.45, 32, 40, 15);
        assertThat(s.encode()).isEqualTo("delay=4;detour=1.45;speed=32;ruralTarget=40;urbanTarget=15");
        assertThat(CoverageSettings.decode(s.encode())).isEqualTo(s);
        assertThat(CoverageSettings.decode("speed=30;future=1")).isEqualTo(new CoverageSettings(3, 1.3, 30, 30, 12));
        assertThatThrownBy(() -> CoverageSettings.decode("speed=fast")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedSettingsAreCheckedPerField() {
        CoverageSettings.Input ok = new CoverageSettings.Input(" 3 ", "１.５", "35", "30", "12");
        assertThat(ok.settings()).contains(new CoverageSettings(3, 1.5, 35, 30, 12));

        CoverageSettings.Input bad = new CoverageSettings.Input("", "0.9", "fast", "0", "241");
        assertThat(bad.settings()).isEmpty();
        assertThat(bad.problems()).containsExactly(
                TransportProblem.of(TransportField.DISPATCH_DELAY, TransportProblem.Kind.REQUIRED),
                TransportProblem.of(TransportField.DETOUR_FACTOR, TransportProblem.Kind.OUT_OF_RANGE, "1", "3"),
                TransportProblem.of(TransportField.SPEED, TransportProblem.Kind.NOT_A_NUMBER),
                TransportProblem.of(TransportField.RURAL_TARGET, TransportProblem.Kind.OUT_OF_RANGE, 1, 240),
                TransportProblem.of(TransportField.URBAN_TARGET, TransportProblem.Kind.OUT_OF_RANGE, 1, 240));
        assertThat(CoverageSettings.Input.of(CoverageSettings.defaults()))
                .isEqualTo(new CoverageSettings.Input("3", "1.3", "35", "30", "12"));
    }

    @Test
    void outOfRangeSettingsCannotBeMade() {
        assertThatThrownBy(() -> new CoverageSettings(3, 1.3, 0, 30, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoverageSettings(-1, 1.3, 35, 30, 12))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
