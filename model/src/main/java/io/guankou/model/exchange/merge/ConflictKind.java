package io.guankou.model.exchange.merge;

import java.util.EnumSet;
import java.util.Set;

/** Why an incoming package left something for a person to decide (the conflict list). */
public enum ConflictKind {
    /** The same field was changed on both sides to different values. */
    FIELD,
    /** The other side removed the row, this side edited it (the row stays until a person chooses). */
    REMOVED_THERE,
    /** This side removed the row, the other side edited it (the row stays removed until a person chooses). */
    REMOVED_HERE,
    /** The same resident ID under two global ids: the same person created on both sides (both are kept). */
    DUPLICATE_PERSON;

    /** The choices a person has for a conflict of this kind. */
    public Set<ConflictChoice> choices() {
        return this == DUPLICATE_PERSON ? EnumSet.of(ConflictChoice.MERGE, ConflictChoice.KEEP_BOTH)
                : EnumSet.of(ConflictChoice.LOCAL, ConflictChoice.INCOMING);
    }
}
