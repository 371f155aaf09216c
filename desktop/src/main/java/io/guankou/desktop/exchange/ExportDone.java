package io.guankou.desktop.exchange;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A package written, read back and verified: the file, its size, the rows it carries, its sequence number towards
 * the recipient, and the recipient key's fingerprint (empty for a passphrase).
 */
public record ExportDone(Path file, long bytes, long rows, long sequence, String recipientFingerprint) {

    public ExportDone {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recipientFingerprint, "recipientFingerprint");
    }
}
