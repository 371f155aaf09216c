package io.guankou.model.exchange.merge;

import java.util.Objects;

/**
 * One field of a row both ledgers hold, as the merge sees it: whether the two values are equal, whether the sender
 * changed it, whether this ledger changed it unseen by the sender. The values themselves stay with the caller.
 *
 * @param field the column name; {@link RowMerge#DELETED} for the tombstone
 */
public record FieldSides(String field, boolean sameValue, boolean incomingChanged, boolean localUnseen) {

    public FieldSides {
        Objects.requireNonNull(field, "field");
    }
}
