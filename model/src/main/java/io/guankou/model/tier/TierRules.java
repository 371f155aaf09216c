package io.guankou.model.tier;

import io.guankou.model.settings.InvalidSettingException;
import io.guankou.model.settings.InvalidSettingException.Kind;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Vaccination;
import java.util.List;
import java.util.Objects;

/**
 * The editable scoring table that classifies persons into red/yellow/green (DOMAIN.md §3), plus the
 * ledger's age lower bound. Every county words its standard a little differently, so offices edit this
 * in the settings; the {@code withX} methods give the settings screen one changed copy at a time.
 *
 * <p>Score = age points + comorbidity points + vaccination points. Score ≤ {@code greenMax} is green,
 * ≤ {@code yellowMax} yellow, anything higher red.
 *
 * @param ageBands                  ascending lower bounds, the first at age 0
 * @param comorbidityNonePoints     no comorbidity
 * @param comorbidityStablePoints   comorbidities, all stable
 * @param comorbidityUnstablePoints any comorbidity unstable
 * @param vaccinationCompletePoints complete course, booster included
 * @param vaccinationIncompletePoints started, not complete
 * @param vaccinationNonePoints     not vaccinated
 * @param greenMax                  highest score that is still green
 * @param yellowMax                 highest score that is still yellow
 * @param ageLowerBound             persons from this age are kept in the ledger (Ping'an 60, national plan 65)
 * @param pregnantIsRed             pregnant women get level-3 service whatever their score (Ping'an plan)
 */
public record TierRules(
        List<AgeBand> ageBands,
        int comorbidityNonePoints,
        int comorbidityStablePoints,
        int comorbidityUnstablePoints,
        int vaccinationCompletePoints,
        int vaccinationIncompletePoints,
        int vaccinationNonePoints,
        int greenMax,
        int yellowMax,
        int ageLowerBound,
        boolean pregnantIsRed) {

    public static final int MAX_POINTS = 9;
    public static final int MAX_AGE = 150;
    public static final int MIN_LEDGER_AGE = 50;
    public static final int MAX_LEDGER_AGE = 80;
    /** The highest score three factors can reach. */
    public static final int MAX_SCORE = 3 * MAX_POINTS;

    private static final TierRules DEFAULTS = new TierRules(
            List.of(new AgeBand(0, 0), new AgeBand(65, 1), new AgeBand(80, 2)),
            0, 1, 2,
            0, 1, 2,
            1, 3,
            60, true);

    public TierRules {
        Objects.requireNonNull(ageBands, "ageBands");
        ageBands = List.copyOf(ageBands);
        validateAgeBands(ageBands);
        points("comorbidity points (none)", comorbidityNonePoints);
        points("comorbidity points (all stable)", comorbidityStablePoints);
        points("comorbidity points (any unstable)", comorbidityUnstablePoints);
        points("vaccination points (complete)", vaccinationCompletePoints);
        points("vaccination points (incomplete)", vaccinationIncompletePoints);
        points("vaccination points (none)", vaccinationNonePoints);
        if (greenMax < 0 || greenMax > MAX_SCORE) {
            throw new InvalidSettingException(Kind.GREEN_MAX_RANGE,
                    "highest green score must be between 0 and " + MAX_SCORE + ", was " + greenMax, MAX_SCORE, greenMax);
        }
        if (yellowMax <= greenMax || yellowMax > MAX_SCORE) {
            throw new InvalidSettingException(Kind.YELLOW_MAX, "highest yellow score must be above the highest green "
                    + "score (" + greenMax + ") and at most " + MAX_SCORE + ", was " + yellowMax, greenMax, MAX_SCORE,
                    yellowMax);
        }
        if (ageLowerBound < MIN_LEDGER_AGE || ageLowerBound > MAX_LEDGER_AGE) {
            throw new InvalidSettingException(Kind.AGE_BOUND_RANGE, "ledger age lower bound must be between "
                    + MIN_LEDGER_AGE + " and " + MAX_LEDGER_AGE + ", was " + ageLowerBound, MIN_LEDGER_AGE,
                    MAX_LEDGER_AGE, ageLowerBound);
        }
    }

    /** The published default: the scoring table of DOMAIN.md §3, ledger from 60 (Ping'an), pregnant women red. */
    public static TierRules defaults() {
        return DEFAULTS;
    }

    private static void validateAgeBands(List<AgeBand> bands) {
        if (bands.isEmpty()) {
            throw new InvalidSettingException(Kind.NO_AGE_BANDS, "age bands must not be empty");
        }
        if (bands.get(0).fromAge() != 0) {
            throw new InvalidSettingException(Kind.FIRST_BAND_NOT_ZERO, "the first age band must start at age 0, was "
                    + bands.get(0).fromAge(), bands.get(0).fromAge());
        }
        int previous = -1;
        for (AgeBand band : bands) {
            Objects.requireNonNull(band, "age band");
            if (band.fromAge() <= previous) {
                throw new InvalidSettingException(Kind.BANDS_NOT_ASCENDING,
                        "age bands must be in ascending order without repeats: " + band.fromAge() + " follows "
                                + previous, band.fromAge(), previous);
            }
            if (band.fromAge() > MAX_AGE) {
                throw new InvalidSettingException(Kind.BAND_TOO_HIGH, "age band lower bound must be at most " + MAX_AGE
                        + ", was " + band.fromAge(), MAX_AGE, band.fromAge());
            }
            points("age points (from " + band.fromAge() + ")", band.points());
            previous = band.fromAge();
        }
    }

    private static void points(String what, int value) {
        if (value < 0 || value > MAX_POINTS) {
            throw new InvalidSettingException(Kind.POINTS_RANGE,
                    what + " must be between 0 and " + MAX_POINTS + ", was " + value, MAX_POINTS, value);
        }
    }

    // ---- the table applied, one factor at a time

    /** Points of the band that contains {@code age}; negative ages count as 0. */
    public int agePoints(int age) {
        int result = ageBands.get(0).points();
        for (AgeBand band : ageBands) {
            if (age >= band.fromAge()) {
                result = band.points();
            } else {
                break;
            }
        }
        return result;
    }

    /** None, all stable, or any unstable. */
    public int comorbidityPoints(List<Comorbidity> comorbidities) {
        if (comorbidities == null || comorbidities.isEmpty()) {
            return comorbidityNonePoints;
        }
        for (Comorbidity c : comorbidities) {
            if (c.control() == Control.UNSTABLE) {
                return comorbidityUnstablePoints;
            }
        }
        return comorbidityStablePoints;
    }

    /** Complete (booster included), incomplete, or none; unknown counts as none. */
    public int vaccinationPoints(Vaccination vaccination) {
        if (vaccination == null || vaccination == Vaccination.NONE) {
            return vaccinationNonePoints;
        }
        return vaccination.isComplete() ? vaccinationCompletePoints : vaccinationIncompletePoints;
    }

    public Tier tierForScore(int score) {
        if (score <= greenMax) {
            return Tier.GREEN;
        }
        return score <= yellowMax ? Tier.YELLOW : Tier.RED;
    }

    /** Whether a person of this age belongs in the ledger by age alone. */
    public boolean isLedgerAge(int age) {
        return age >= ageLowerBound;
    }

    // ---- copies for the settings screen

    public TierRules withAgeBands(List<AgeBand> v) {
        return new TierRules(v, comorbidityNonePoints, comorbidityStablePoints, comorbidityUnstablePoints,
                vaccinationCompletePoints, vaccinationIncompletePoints, vaccinationNonePoints, greenMax, yellowMax,
                ageLowerBound, pregnantIsRed);
    }

    /** Comorbidity points for none / all stable / any unstable. */
    public TierRules withComorbidityPoints(int none, int allStable, int anyUnstable) {
        return new TierRules(ageBands, none, allStable, anyUnstable,
                vaccinationCompletePoints, vaccinationIncompletePoints, vaccinationNonePoints, greenMax, yellowMax,
                ageLowerBound, pregnantIsRed);
    }

    /** Vaccination points for complete (booster included) / incomplete / none. */
    public TierRules withVaccinationPoints(int complete, int incomplete, int none) {
        return new TierRules(ageBands, comorbidityNonePoints, comorbidityStablePoints, comorbidityUnstablePoints,
                complete, incomplete, none, greenMax, yellowMax, ageLowerBound, pregnantIsRed);
    }

    /** Score bands: up to {@code green} green, up to {@code yellow} yellow, above red. */
    public TierRules withTierBands(int green, int yellow) {
        return new TierRules(ageBands, comorbidityNonePoints, comorbidityStablePoints, comorbidityUnstablePoints,
                vaccinationCompletePoints, vaccinationIncompletePoints, vaccinationNonePoints, green, yellow,
                ageLowerBound, pregnantIsRed);
    }

    public TierRules withGreenMax(int v) {
        return withTierBands(v, yellowMax);
    }

    public TierRules withYellowMax(int v) {
        return withTierBands(greenMax, v);
    }

    public TierRules withAgeLowerBound(int v) {
        return new TierRules(ageBands, comorbidityNonePoints, comorbidityStablePoints, comorbidityUnstablePoints,
                vaccinationCompletePoints, vaccinationIncompletePoints, vaccinationNonePoints, greenMax, yellowMax,
                v, pregnantIsRed);
    }

    public TierRules withPregnantIsRed(boolean v) {
        return new TierRules(ageBands, comorbidityNonePoints, comorbidityStablePoints, comorbidityUnstablePoints,
                vaccinationCompletePoints, vaccinationIncompletePoints, vaccinationNonePoints, greenMax, yellowMax,
                ageLowerBound, v);
    }
}
