package io.guankou.model.tier;

import io.guankou.model.person.TierOverride;
import io.guankou.model.person.Tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierClassifierTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 1, 5);
    private final TierClassifier defaults = new TierClassifier(TierRules.defaults());

    private static Person person(int age, String comorbidity, Vaccination v) {
        List<Comorbidity> list = switch (comorbidity) {
            case "none" -> List.of();
            case "stable" -> List.of(new Comorbidity(Disease.HYPERTENSION, Control.STABLE),
                    new Comorbidity(Disease.DIABETES, Control.STABLE));
            case "unstable" -> List.of(new Comorbidity(Disease.HYPERTENSION, Control.STABLE),
                    new Comorbidity(Disease.COPD, Control.UNSTABLE));
            default -> throw new IllegalArgumentException(comorbidity);
        };
        return Person.builder().name("张三").sex(Sex.MALE).birthDate(TODAY.minusYears(age)).villageId(1)
                .comorbidities(list).vaccination(v).build();
    }

    /**
     * DOMAIN.md §3: age &lt;65/65–79/≥80 → 0/1/2; comorbidity none/all stable/any unstable → 0/1/2;
     * vaccination complete/incomplete/none → 0/1/2; "Sum 0–1 → green, 2–3 → yellow, 4–6 → red."
     */
    @ParameterizedTest(name = "age {0}, {1}, {2} -> {3} points {4}")
    @CsvSource({
            "60, none,     BOOSTER,    0, GREEN",
            "64, none,     COMPLETE,   0, GREEN",
            "64, stable,   COMPLETE,   1, GREEN",
            "65, none,     COMPLETE,   1, GREEN",
            "64, none,     INCOMPLETE, 1, GREEN",
            "65, stable,   BOOSTER,    2, YELLOW",
            "62, none,     NONE,       2, YELLOW",
            "79, unstable, COMPLETE,   3, YELLOW",
            "80, stable,   COMPLETE,   3, YELLOW",
            "80, stable,   INCOMPLETE, 4, RED",
            "70, unstable, INCOMPLETE, 4, RED",
            "80, unstable, INCOMPLETE, 5, RED",
            "91, unstable, NONE,       6, RED"})
    void defaultTable(int age, String comorbidity, Vaccination v, int score, Tier tier) {
        TierAssessment a = defaults.assess(person(age, comorbidity, v), TODAY);
        assertThat(a.score()).isEqualTo(score);
        assertThat(a.tier()).isEqualTo(tier);
        assertThat(a.agePoints() + a.comorbidityPoints() + a.vaccinationPoints()).isEqualTo(score);
        assertThat(defaults.classify(person(age, comorbidity, v), TODAY)).isEqualTo(tier);
    }

    @Test
    void factorsAreReportedSeparately() {
        TierAssessment a = defaults.assess(person(82, "stable", Vaccination.INCOMPLETE), TODAY);
        assertThat(a).isEqualTo(new TierAssessment(Tier.RED, 4, 2, 1, 1));
    }

    @Test
    void ageIsCountedInWholeYearsOnTheDay() {
        Person turns80Tomorrow = person(0, "none", Vaccination.COMPLETE).toBuilder()
                .birthDate(TODAY.minusYears(80).plusDays(1)).build();
        assertThat(defaults.assess(turns80Tomorrow, TODAY).agePoints()).isEqualTo(1);
        assertThat(defaults.assess(turns80Tomorrow, TODAY.plusDays(1)).agePoints()).isEqualTo(2);
    }

    /** DOMAIN.md §3: "Also level 3: anyone with an urgent medical need — infants, pregnant women (Ping'an plan)." */
    @Test
    void pregnantWomenAreRedByDefaultWhateverTheScore() {
        Person p = person(30, "none", Vaccination.BOOSTER).toBuilder().sex(Sex.FEMALE).pregnant(true).build();
        TierAssessment a = defaults.assess(p, TODAY);
        assertThat(a.tier()).isEqualTo(Tier.RED);
        assertThat(a.score()).as("the score still shows the table's view").isZero();
    }

    @Test
    void pregnancyRuleCanBeSwitchedOff() {
        Person p = person(30, "none", Vaccination.BOOSTER).toBuilder().sex(Sex.FEMALE).pregnant(true).build();
        TierClassifier c = new TierClassifier(TierRules.defaults().withPregnantIsRed(false));
        assertThat(c.classify(p, TODAY)).isEqualTo(Tier.GREEN);
    }

    /** The table is editable: a stricter county standard moves people up. */
    @Test
    void editedRulesAreApplied() {
        Person p = person(62, "stable", Vaccination.COMPLETE);
        assertThat(defaults.classify(p, TODAY)).isEqualTo(Tier.GREEN);
        TierRules strict = TierRules.defaults()
                .withAgeBands(List.of(new AgeBand(0, 0), new AgeBand(60, 1), new AgeBand(80, 2)))
                .withTierBands(0, 2);
        TierClassifier c = new TierClassifier(strict);
        assertThat(c.assess(p, TODAY)).isEqualTo(new TierAssessment(Tier.YELLOW, 2, 1, 1, 0));
        assertThat(c.rules()).isSameAs(strict);
    }

    @Test
    void overrideDoesNotChangeTheComputedTier() {
        Person p = person(60, "none", Vaccination.COMPLETE).toBuilder()
                .tierOverride(new TierOverride(Tier.RED, "李医生", Instant.parse("2023-01-04T08:00:00Z"), "独居失能"))
                .build();
        assertThat(defaults.classify(p, TODAY)).isEqualTo(Tier.GREEN);
    }

    @Test
    void missingBirthDateIsReadFromAValidResidentId() {
        String id = ResidentIds.withCheckCharacter("50023519400101123"); // born 1940-01-01: 83 on TODAY
        Person p = person(0, "none", Vaccination.COMPLETE).toBuilder().birthDate(null).residentId(id).build();
        assertThat(defaults.assess(p, TODAY).agePoints()).isEqualTo(2);
    }

    @Test
    void missingBirthDateAndUnreadableIdScoreTheYoungestBand() {
        Person p = person(0, "none", Vaccination.COMPLETE).toBuilder().birthDate(null).residentId("5.00235E+17")
                .build();
        assertThat(defaults.assess(p, TODAY).agePoints()).isZero();
    }

    @Test
    void unknownVaccinationScoresAsNone() {
        Person p = person(60, "none", null);
        assertThat(defaults.assess(p, TODAY).vaccinationPoints()).isEqualTo(2);
    }

    @Test
    void needsRules() {
        assertThatThrownBy(() -> new TierClassifier(null)).isInstanceOf(NullPointerException.class);
    }
}
