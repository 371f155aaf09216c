package io.guankou.model.exchange;

import java.io.IOException;
import java.util.List;

/**
 * Where an exporter writes a package's entries, one table after the other. The container behind it (the
 * package writer) counts, hashes, compresses and encrypts; a test may collect the rows in memory instead.
 */
public interface EntrySink {

    /** Starts the next entry; the previous one ends. Names are unique within a package. */
    RowSink entry(String name, List<String> columns) throws IOException;
}
