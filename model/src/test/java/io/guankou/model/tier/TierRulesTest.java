package io.guankou.model.tier;

import io.guankou.model.person.Tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Vaccination;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TierRulesTest {

    private final TierRules d = TierRules.defaults();

    /** DOMAIN.md §3 default table, age row: "&lt; 65 → 0, 65–79 → 1, ≥ 80 → 2". */
    @ParameterizedTest
    @CsvSource({"0,0", "60,0", "64,0", "65,1", "79,1", "80,2", "104,2", "-1,0"})
    void defaultAgePoints(int age, int points) {
        assertThat(d.agePoints(age)).isEqualTo(points);
    }

    /** DOMAIN.md §3, comorbidity row: "none → 0, all stable → 1, any unstable → 2". */
    @Test
    void defaultComorbidityPoints() {
        Comorbidity stableHypertension = new Comorbidity(Disease.HYPERTENSION, Control.STABLE);
        Comorbidity stableDiabetes = new Comorbidity(Disease.DIABETES, Control.STABLE);
        Comorbidity unstableCopd = new Comorbidity(Disease.COPD, Control.UNSTABLE);
        assertThat(d.comorbidityPoints(List.of())).isZero();
        assertThat(d.comorbidityPoints(null)).isZero();
        assertThat(d.comorbidityPoints(List.of(stableHypertension, stableDiabetes))).isEqualTo(1);
        assertThat(d.comorbidityPoints(List.of(stableHypertension, unstableCopd))).isEqualTo(2);
        assertThat(d.comorbidityPoints(List.of(unstableCopd))).isEqualTo(2);
    }

    /** DOMAIN.md §3, vaccination row: "complete → 0, incomplete → 1, none → 2"; the booster counts as complete. */
    @ParameterizedTest
    @CsvSource({"BOOSTER,0", "COMPLETE,0", "INCOMPLETE,1", "NONE,2"})
    void defaultVaccinationPoints(Vaccination v, int points) {
        assertThat(d.vaccinationPoints(v)).isEqualTo(points);
    }

    @Test
    void unknownVaccinationScoresAsNone() {
        assertThat(d.vaccinationPoints(null)).isEqualTo(2);
    }

    /** DOMAIN.md §3: "Sum 0–1 → green, 2–3 → yellow, 4–6 → red." */
    @ParameterizedTest
    @CsvSource({"0,GREEN", "1,GREEN", "2,YELLOW", "3,YELLOW", "4,RED", "5,RED", "6,RED"})
    void defaultTierBands(int score, Tier tier) {
        assertThat(d.tierForScore(score)).isEqualTo(tier);
    }

    /** DOMAIN.md §3: "Ping'an classifies from 60, the national plan from 65: the age lower bound … is a setting." */
    @Test
    void defaultLedgerAgeIsPingan60AndPregnantWomenAreRed() {
        assertThat(d.ageLowerBound()).isEqualTo(60);
        assertThat(d.isLedgerAge(59)).isFalse();
        assertThat(d.isLedgerAge(60)).isTrue();
        assertThat(d.withAgeLowerBound(65).isLedgerAge(64)).isFalse();
        assertThat(d.pregnantIsRed()).isTrue();
    }

    @Test
    void defaultsSpelledOut() {
        assertThat(d.ageBands()).containsExactly(new AgeBand(0, 0), new AgeBand(65, 1), new AgeBand(80, 2));
        assertThat(List.of(d.comorbidityNonePoints(), d.comorbidityStablePoints(), d.comorbidityUnstablePoints()))
                .containsExactly(0, 1, 2);
        assertThat(List.of(d.vaccinationCompletePoints(), d.vaccinationIncompletePoints(),
                d.vaccinationNonePoints())).containsExactly(0, 1, 2);
        assertThat(d.greenMax()).isEqualTo(1);
        assertThat(d.yellowMax()).isEqualTo(3);
    }

    @Test
    void withMethodsChangeOneThingAndLeaveTheOriginal() {
        TierRules edited = d.withAgeBands(List.of(new AgeBand(0, 0), new AgeBand(60, 1), new AgeBand(75, 2),
                        new AgeBand(90, 3)))
                .withComorbidityPoints(0, 2, 3)
                .withVaccinationPoints(0, 0, 1)
                .withTierBands(2, 4)
                .withAgeLowerBound(65)
                .withPregnantIsRed(false);
        assertThat(edited.agePoints(92)).isEqualTo(3);
        assertThat(edited.agePoints(74)).isEqualTo(1);
        assertThat(edited.comorbidityStablePoints()).isEqualTo(2);
        assertThat(edited.comorbidityUnstablePoints()).isEqualTo(3);
        assertThat(edited.vaccinationIncompletePoints()).isZero();
        assertThat(edited.vaccinationNonePoints()).isEqualTo(1);
        assertThat(edited.tierForScore(2)).isEqualTo(Tier.GREEN);
        assertThat(edited.tierForScore(5)).isEqualTo(Tier.RED);
        assertThat(edited.ageLowerBound()).isEqualTo(65);
        assertThat(edited.pregnantIsRed()).isFalse();
        assertThat(d).isEqualTo(TierRules.defaults());
        assertThat(d.withGreenMax(0).greenMax()).isZero();
        assertThat(d.withYellowMax(4).yellowMax()).isEqualTo(4);
        assertThat(d.withAgeLowerBound(60)).isEqualTo(d);
    }

    @Test
    void ageBandsAreCopied() {
        List<AgeBand> bands = new ArrayList<>(List.of(new AgeBand(0, 0), new AgeBand(70, 2)));
        TierRules r = d.withAgeBands(bands);
        bands.add(new AgeBand(90, 5));
        assertThat(r.ageBands()).hasSize(2);
        assertThatThrownBy(() -> r.ageBands().add(new AgeBand(95, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void singleBandIsAllowed() {
        TierRules r = d.withAgeBands(List.of(new AgeBand(0, 1)));
        assertThat(r.agePoints(30)).isEqualTo(1);
        assertThat(r.agePoints(99)).isEqualTo(1);
    }

    @Test
    void rejectsEmptyAgeBands() {
        assertThatThrownBy(() -> d.withAgeBands(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    }

    @Test
    void rejectsAgeBandsNotStartingAtZero() {
        assertThatThrownBy(() -> d.withAgeBands(List.of(new AgeBand(60, 0), new AgeBand(80, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start at age 0");
    }

    @Test
    void rejectsAgeBandsOutOfOrderOrRepeated() {
        assertThatThrownBy(() -> d.withAgeBands(List.of(new AgeBand(0, 0), new AgeBand(80, 2), new AgeBand(65, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending")
                .hasMessageContaining("65 follows 80");
        assertThatThrownBy(() -> d.withAgeBands(List.of(new AgeBand(0, 0), new AgeBand(65, 1), new AgeBand(65, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
    }

    @Test
    void rejectsAbsurdAge() {
        assertThatThrownBy(() -> d.withAgeBands(List.of(new AgeBand(0, 0), new AgeBand(151, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 150");
    }

    /** Points are 0..9. */
    @ParameterizedTest
    @ValueSource(ints = {-1, 10})
    void rejectsPointsOutside0To9(int bad) {
        assertThatThrownBy(() -> d.withComorbidityPoints(0, bad, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comorbidity points (all stable)").hasMessageContaining("between 0 and 9");
        assertThatThrownBy(() -> d.withVaccinationPoints(0, 1, bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vaccination points (none)");
        assertThatThrownBy(() -> d.withAgeBands(List.of(new AgeBand(0, bad))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age points (from 0)");
    }

    @Test
    void pointsAtTheLimitsAreAccepted() {
        assertThat(d.withComorbidityPoints(0, 9, 9).comorbidityUnstablePoints()).isEqualTo(9);
    }

    @Test
    void rejectsTierBandsNotAscending() {
        assertThatThrownBy(() -> d.withTierBands(3, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highest yellow score");
        assertThatThrownBy(() -> d.withTierBands(4, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highest yellow score");
        assertThatThrownBy(() -> d.withGreenMax(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highest green score");
        assertThatThrownBy(() -> d.withYellowMax(28))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 27");
    }

    /** Ledger age lower bound: 50..80 (60 Ping'an, 65 national plan). */
    @ParameterizedTest
    @ValueSource(ints = {49, 81, 0})
    void rejectsLedgerAgeBoundOutside50To80(int bad) {
        assertThatThrownBy(() -> d.withAgeLowerBound(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ledger age lower bound must be between 50 and 80");
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 60, 65, 80})
    void acceptsLedgerAgeBoundInside50To80(int ok) {
        assertThat(d.withAgeLowerBound(ok).ageLowerBound()).isEqualTo(ok);
    }
}
