package io.guankou.persistence.exchange;

import java.util.Objects;

/**
 * What an import did (or a preview would do) to the rows of one table of the package. Every row counts once:
 * added (not held before), updated (held, at least one incoming field taken, no conflict), unchanged (held, nothing
 * taken) or conflicting (held with at least one field waiting for a person, or a new person who duplicates one
 * held: stored, and offered as a merge).
 */
public record TableCounts(String table, int added, int updated, int unchanged, int conflicting) {

    public TableCounts {
        Objects.requireNonNull(table, "table");
    }

    public int rows() {
        return added + updated + unchanged + conflicting;
    }
}
