package io.guankou.model.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A value of the item or closing form that is refused: at which field, why, and the values it names. */
public record ActionProblem(ActionField field, Kind kind, List<Object> args) {

    /** Why; the arguments are the values in brackets, in that order. */
    public enum Kind {
        /** Nothing given where a value is needed. */
        REQUIRED,
        /** Longer than allowed (max characters). */
        TOO_LONG,
        /** A due day before the day the item was entered (that day). */
        BEFORE_CREATED,
        /** The item, or the village, facility or person it links to, is not in the ledger (removed meanwhile). */
        UNKNOWN,
        /** The item is closed already: it is reopened before it is changed or closed again. */
        ALREADY_DONE,
        /** The item is open: only a closed item is reopened. */
        NOT_DONE
    }

    public ActionProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static ActionProblem of(ActionField field, Kind kind, Object... args) {
        return new ActionProblem(field, kind, Arrays.asList(args));
    }
}
