package io.guankou.model.supply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A value of a supplies form that is refused: at which field, why, and the values it names. */
public record SupplyProblem(SupplyField field, Kind kind, List<Object> args) {

    /** Why; the arguments are the values in brackets, in that order. */
    public enum Kind {
        /** Nothing given where a value is needed. */
        REQUIRED,
        /** Longer than allowed (max characters). */
        TOO_LONG,
        /** Not a whole number. */
        NOT_A_NUMBER,
        /** Outside the allowed range (min, max). */
        OUT_OF_RANGE,
        /** Not a date (yyyy-MM-dd, yyyy/M/d, yyyyMMdd). */
        BAD_DATE,
        /** A day after today. */
        FUTURE_DATE,
        /** An issue of more than is in stock (stock, unit). */
        MORE_THAN_STOCK,
        /** The facility or item is not in the ledger (removed meanwhile). */
        UNKNOWN,
        /** Another item of this kind has this name. */
        DUPLICATE_NAME
    }

    public SupplyProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static SupplyProblem of(SupplyField field, Kind kind, Object... args) {
        return new SupplyProblem(field, kind, Arrays.asList(args));
    }
}
