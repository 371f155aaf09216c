package io.guankou.desktop.exchange;

import java.util.Objects;

/** What a package does (or would do) to one table: rows added, updated, unchanged, and rows with a conflict. */
public record TableCounts(String table, long added, long updated, long unchanged, long conflicting) {

    public TableCounts {
        Objects.requireNonNull(table, "table");
    }
}
