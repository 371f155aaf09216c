package io.guankou.model.exchange.container;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the manifest: a table's name, its columns in row order, the number of rows, the length of its
 * encoded (uncompressed) bytes and the SM3 of those bytes in lower-case hex.
 */
public record EntryInfo(String name, List<String> columns, long rows, long bytes, String sm3) {

    public EntryInfo {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(sm3, "sm3");
    }
}
