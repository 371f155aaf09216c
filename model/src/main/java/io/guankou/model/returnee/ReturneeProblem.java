package io.guankou.model.returnee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A value of the returnee form that is refused: at which field, why, and the values it names. */
public record ReturneeProblem(ReturneeField field, Kind kind, List<Object> args) {

    /** Why; the arguments are the values in brackets. */
    public enum Kind {
        REQUIRED,
        /** Longer than allowed (max characters). */
        TOO_LONG,
        /** Not a phone number: 7-20 digits, spaces or dashes. */
        BAD_PHONE,
        /** Not a date (2026-01-20, 2026/1/20, 20260120). */
        BAD_DATE,
        /** A day after today. */
        FUTURE_DATE,
        /** The village or household is not in the ledger, or the household is in another village. */
        UNKNOWN,
        /** Not a yes or no (yes/no words) in a sheet's yes/no column. */
        BAD_YES_NO
    }

    public ReturneeProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static ReturneeProblem of(ReturneeField field, Kind kind, Object... args) {
        return new ReturneeProblem(field, kind, Arrays.asList(args));
    }
}
