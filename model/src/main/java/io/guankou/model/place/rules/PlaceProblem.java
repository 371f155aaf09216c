package io.guankou.model.place.rules;

import java.util.Objects;

/** One refused field of a place as typed, with why. Data only: the form words it per field. */
public record PlaceProblem(PlaceField field, Kind kind) {

    public PlaceProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /** Nothing given where something is needed. */
        REQUIRED,
        /** A name longer than {@link PlaceNameRule#MAX_LENGTH} characters. */
        TOO_LONG,
        /** A line break, tab or other control character in a name. */
        CONTROL_CHARACTER,
        /** Something other than the digits 0–9 in a code. */
        NOT_DIGITS,
        /** A village code that is not 12 digits. */
        WRONG_LENGTH,
        /** A village code whose first 9 digits are not the township's code. */
        OUTSIDE_TOWNSHIP,
        /** A village code ending in 000: that is the township's own code, not a village's. */
        NOT_A_VILLAGE,
        /** Another village of the ledger has this code. */
        CODE_TAKEN,
        /** A removed or merged village kept this code (its row stays for the county's merge). */
        CODE_TAKEN_BY_REMOVED,
        /** Another village of the township has this name. */
        NAME_TAKEN,
        /** Another grid or team of the same village has this name. */
        NAME_TAKEN_IN_VILLAGE,
        /** Another facility of the township has this name. */
        FACILITY_NAME_TAKEN,
        /** Not a number (a coordinate). */
        NOT_A_NUMBER,
        /** Longitude outside −180…180 or latitude outside −90…90. */
        OUT_OF_RANGE,
        /** Longitude without latitude, or the other way round: a point needs both. */
        HALF_A_POINT,
        /** Not a phone number (7–20 digits, spaces, dashes, a leading plus). */
        PHONE_FORMAT,
        /** The chosen village or team is not in the ledger (any more). */
        UNKNOWN,
        /** The chosen team belongs to another village than the grid. */
        OTHER_VILLAGE,
        /**
         * Another village for a grid that holds persons or households, or a team that serves grids or persons:
         * they would be left in the old village. Such a place changes village by being merged.
         */
        KEEPS_ITS_VILLAGE
    }
}
