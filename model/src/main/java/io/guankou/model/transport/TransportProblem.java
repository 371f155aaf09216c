package io.guankou.model.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A value of a transport form or a coverage setting that is refused: at which field, why, and the numbers it names. */
public record TransportProblem(TransportField field, Kind kind, List<Object> args) {

    /** Why; the arguments are the numbers in brackets, in that order. */
    public enum Kind {
        /** Nothing given where a value is needed. */
        REQUIRED,
        /** Longer than allowed (max characters). */
        TOO_LONG,
        /** Not a number of the kind the field takes. */
        NOT_A_NUMBER,
        /** Outside the allowed range (min, max). */
        OUT_OF_RANGE,
        /** Another ambulance has this plate. */
        DUPLICATE_PLATE,
        /** The health facility is not in the ledger (removed meanwhile). */
        UNKNOWN_FACILITY,
        /** Not a phone number: digits, with at most a dash or spaces. */
        BAD_PHONE
    }

    public TransportProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static TransportProblem of(TransportField field, Kind kind, Object... args) {
        return new TransportProblem(field, kind, Arrays.asList(args));
    }
}
