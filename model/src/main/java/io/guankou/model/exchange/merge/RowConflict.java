package io.guankou.model.exchange.merge;

import java.util.Objects;

/** A field of a merged row that waits for a person: {@link RowMerge#DELETED} for the removal conflicts. */
public record RowConflict(String field, ConflictKind kind) {

    public RowConflict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }
}
