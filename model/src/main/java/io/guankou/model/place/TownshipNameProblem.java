package io.guankou.model.place;

/** What can be wrong with a township's name as typed; the UI turns each constant into a message. */
public enum TownshipNameProblem {
    /** Nothing given, or only spaces. */
    MISSING,
    /** Longer than {@link TownshipNameRule#MAX_LENGTH} characters after trimming. */
    TOO_LONG,
    /** A line break, tab or other control character: a name is one line. */
    CONTROL_CHARACTER
}
