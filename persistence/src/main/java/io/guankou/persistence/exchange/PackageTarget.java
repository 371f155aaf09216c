package io.guankou.persistence.exchange;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import java.io.IOException;

/**
 * Where {@link PackageExporter} writes a package: the container (package writer) behind a file, or a test's memory.
 * The exporter opens it once with the header, writes every entry, then finishes it; all of that inside the export's
 * transaction, so a failure at any step leaves the ledger, its package log and its clock as they were. The target
 * cleans up its own output (a temporary file) when it fails or is not finished.
 */
public interface PackageTarget {

    /** Starts the package; the entries follow through the sink. */
    EntrySink open(PackageHeader header) throws IOException;

    /**
     * Completes the package after its last entry (flushed, and durable where it is a file).
     *
     * @return the bytes written
     */
    long finish() throws IOException;
}
