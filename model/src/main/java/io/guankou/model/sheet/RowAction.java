package io.guankou.model.sheet;

/** What an import does with one sheet row. */
public enum RowAction {
    /** A resident ID the ledger does not hold among its active persons: a new person. */
    ADD,
    /** A person already in the ledger (matched by resident ID) whose sheet values differ. */
    UPDATE,
    /** A person already in the ledger that the sheet leaves as it is. */
    UNCHANGED,
    /**
     * Waits for the user's answer for a value the parser did not recognise ({@link PlannedRow#unanswered()}); an
     * import is made only when no row waits.
     */
    WAITING,
    /** Not imported: see the row's problems. */
    REJECTED
}
