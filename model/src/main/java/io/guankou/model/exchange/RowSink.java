package io.guankou.model.exchange;

import java.io.IOException;

/** Receives the rows of one entry (one table) of a package being written, in the entry's column order. */
public interface RowSink {

    /**
     * One row: exactly as many values as the entry has columns; {@code null} is SQL NULL. Values are the text
     * the ledger stores (ISO dates and instants, enum constant names, 0/1 for booleans).
     */
    void row(String[] values) throws IOException;
}
