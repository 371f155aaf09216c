package io.guankou.model.exchange.merge;

import java.util.Map;
import java.util.Set;

/**
 * Columns a ledger computes from other fields rather than a person typing them. They never conflict in a merge
 * (nobody could choose between two results of a rule); the incoming value wins when the sender changed it, and the
 * next save of the row computes it again from the merged fields.
 */
public final class DerivedColumns {

    private static final Map<String, Set<String>> BY_TABLE = Map.of("person", Set.of("computed_tier"));

    private DerivedColumns() {
    }

    /** The derived columns of a table (stored column names); empty for most tables. */
    public static Set<String> of(String table) {
        return BY_TABLE.getOrDefault(table, Set.of());
    }
}
