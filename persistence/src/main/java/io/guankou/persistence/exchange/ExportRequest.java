package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageKind;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What package to make.
 *
 * @param kind              full, or only what changed since the recipient's last acknowledged package
 * @param recipientLedgerId the registered peer it is for ({@link PeerRegistry}); empty for a package under a
 *                          passphrase (full only; it counts its own sequence)
 * @param recordedBy        the user, for the package log
 * @param fileName          the package file's name for the log, when known
 */
public record ExportRequest(PackageKind kind, Optional<UUID> recipientLedgerId, String recordedBy,
                            Optional<String> fileName) {

    public ExportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientLedgerId, "recipientLedgerId");
        Objects.requireNonNull(fileName, "fileName");
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("a package is logged with the user's name");
        }
    }
}
