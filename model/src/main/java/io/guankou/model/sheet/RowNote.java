package io.guankou.model.sheet;

import java.util.Objects;

/**
 * Something worth reporting about a row that is still imported. Data only, like {@link RowProblem}.
 *
 * @param rowNumber the sheet row
 * @param column    the field concerned
 * @param kind      what happened
 * @param value     the part or cell as typed
 */
public record RowNote(int rowNumber, LedgerColumn column, Kind kind, String value) {

    public RowNote {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /** A part of a list cell (an unknown disease, an unknown living situation) was not recognised and left out. */
        UNKNOWN_PART,
        /** The resident ID ended in a lower-case x; stored with an upper-case X. */
        LOWERCASE_X,
        /** The sheet's tier is no known tier word; the sheet tier is ignored. */
        UNRECOGNISED_TIER,
        /**
         * The grid is not one of the row's village's grids (or the village is not given); left out unless the
         * import creates it ({@link ImportChoices#createGrids()}, then the plan drops the note).
         */
        UNKNOWN_GRID,
        /** No responsibility team has that name; left out unless the import creates it (the plan drops the note). */
        UNKNOWN_TEAM,
        /** The responsible person leads no team of the village; left out unless the import creates their team. */
        UNKNOWN_RESPONSIBLE_PERSON,
        /** The cell says yes but the ledger needs a date or serial that the cell does not give; not stored. */
        YES_WITHOUT_DETAIL
    }
}
