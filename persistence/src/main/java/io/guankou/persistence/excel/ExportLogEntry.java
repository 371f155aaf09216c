package io.guankou.persistence.excel;

import java.time.Instant;
import java.util.Objects;

/** One export as logged: when, by whom, which list, how many rows, whether IDs were whole, and where to. */
public record ExportLogEntry(long id, Instant exportedAt, String exportedBy, ExportKind what, long rows,
                             boolean fullIds, String fileName) {

    public ExportLogEntry {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(exportedBy, "exportedBy");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(fileName, "fileName");
    }
}
