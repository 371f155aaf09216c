package io.guankou.model.exchange.merge;

/** What a person chose for a conflict; the value not chosen stays in the history. */
public enum ConflictChoice {
    /** Keep this ledger's value (it goes back to the other side as a change). */
    LOCAL,
    /** Take the other side's value (as a change of this ledger, so it goes back as well). */
    INCOMING,
    /** A duplicate person: one person, the local one's fields, everything of the incoming one moved to it. */
    MERGE,
    /** A duplicate person: two different persons after all (one of them holds a wrong resident ID). */
    KEEP_BOTH
}
