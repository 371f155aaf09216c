package io.guankou.model.settings;

import java.util.List;
import java.util.Objects;

/**
 * An office setting (tier rules, contact targets, referral rules) that breaks its rule: which rule, with the
 * numbers it concerns, so the console can say it in the user's language. The message is English, for logs
 * and tests.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    /** The rule broken; the arguments are the numbers named in brackets, in that order. */
    public enum Kind {
        /** Points of a factor out of range (max, value). */
        POINTS_RANGE,
        /** Highest green score out of range (max, value). */
        GREEN_MAX_RANGE,
        /** Highest yellow score not above the green one or too high (green max, max, value). */
        YELLOW_MAX,
        /** Ledger age lower bound out of range (min, max, value). */
        AGE_BOUND_RANGE,
        /** No age band at all. */
        NO_AGE_BANDS,
        /** The first age band does not start at 0 (value). */
        FIRST_BAND_NOT_ZERO,
        /** Age bands not ascending or repeated (value, previous). */
        BANDS_NOT_ASCENDING,
        /** An age band starts too high (max, value). */
        BAND_TOO_HIGH,
        /** Contacts per week out of range (max, value). */
        PER_WEEK_RANGE,
        /** Longest interval out of range (max, value). */
        INTERVAL_RANGE,
        /** SpO2 referral threshold out of range (min, max, value). */
        SPO2_RANGE,
        /** Hours after which a referral is stale out of range (max, value). */
        STALE_RANGE
    }

    private final Kind kind;
    private final List<Integer> args;

    public InvalidSettingException(Kind kind, String message, Integer... args) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.args = List.of(args);
    }

    public Kind kind() {
        return kind;
    }

    public List<Integer> args() {
        return args;
    }
}
