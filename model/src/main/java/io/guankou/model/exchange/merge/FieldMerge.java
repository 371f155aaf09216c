package io.guankou.model.exchange.merge;

/**
 * What a three-way merge does with one field of a row both ledgers hold (docs/decisions/0007-package-merge.md).
 * The base is the last exchanged state: a field "changed there" is one the incoming package lists as changed, a
 * field "changed here" is one this ledger changed after the package of its own the sender acknowledges (a change
 * the sender has not seen yet).
 */
public enum FieldMerge {
    /** Only the other side changed it: the incoming value is stored. */
    TAKE_INCOMING,
    /** The other side did not change it (whatever this side did): the local value stays. */
    KEEP_LOCAL,
    /** Both values are equal (changed on both sides to the same value, or on neither): nothing to do. */
    SAME,
    /** Changed on both sides to different values: the local value stays until a person chooses. */
    CONFLICT;

    /**
     * The rule for a data field.
     *
     * @param incomingChanged the package lists the field as changed by the sender
     * @param localUnseen this ledger changed the field in a change the sender has not seen
     * @param sameValue the local and the incoming value are equal
     */
    public static FieldMerge of(boolean incomingChanged, boolean localUnseen, boolean sameValue) {
        if (sameValue) {
            return SAME;
        }
        if (!incomingChanged) {
            return KEEP_LOCAL;
        }
        return localUnseen ? CONFLICT : TAKE_INCOMING;
    }

    /**
     * The rule for a derived field (one the ledger computes from others, such as {@code person.computed_tier}):
     * never a conflict; the incoming value wins when the sender changed it.
     */
    public static FieldMerge derived(boolean incomingChanged, boolean sameValue) {
        if (sameValue) {
            return SAME;
        }
        return incomingChanged ? TAKE_INCOMING : KEEP_LOCAL;
    }
}
