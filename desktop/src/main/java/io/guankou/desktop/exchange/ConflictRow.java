package io.guankou.desktop.exchange;

import io.guankou.model.exchange.merge.ConflictKind;

import java.time.Instant;
import java.util.Objects;

/**
 * One open conflict: the table and the row ({@code record}: how the ledger names it, e.g. a person's name), the
 * field (the package's column name; empty for a whole row), the kind, both values as stored (null for none), who
 * changed each and when, and when the import found it.
 */
public record ConflictRow(long id, String table, String record, String field, ConflictKind kind, String localValue,
                          String incomingValue, String localWho, Instant localWhen, String incomingWho,
                          Instant incomingWhen, Instant detectedAt) {

    public ConflictRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
