package io.guankou.desktop.exchange;

import io.guankou.model.exchange.PackageHeader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A verified package: its header, the signer's key fingerprint and whether it is registered, its size in bytes, and
 * the rows of each entry (table name → rows, in the package's order).
 */
public record PackageInfo(PackageHeader header, String signerFingerprint, SignerStatus status, long bytes,
                          Map<String, Long> rowsPerEntry) {

    public PackageInfo {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(signerFingerprint, "signerFingerprint");
        Objects.requireNonNull(status, "status");
        rowsPerEntry = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerEntry));
    }

    /** Rows of all entries together: the preview's and the import's progress total. */
    public long rows() {
        return rowsPerEntry.values().stream().mapToLong(Long::longValue).sum();
    }
}
