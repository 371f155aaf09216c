package io.guankou.desktop.exchange;

/** A person's decision on a conflict (the lead replaces this with the model's when the merge lands). */
public enum ConflictChoice {
    /** Keep this ledger's value. */
    LOCAL,
    /** Take the other side's value. */
    INCOMING,
    /** Duplicate persons: merge the incoming one into the local one. */
    MERGE,
    /** Duplicate persons: they are two people, keep both. */
    KEEP_BOTH
}
