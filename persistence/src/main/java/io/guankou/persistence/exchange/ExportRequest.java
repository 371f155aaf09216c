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
 * @param offeredKeys       the recipient's keys from the public key file the user named, when the recipient is named
 *                          so: registered in the export's transaction when its ledger id is new (and its fingerprint
 *                          confirmed), so that an export that fails or is cancelled leaves no peer behind;
 *                          {@code recipientLedgerId} is then its ledger id
 */
public record ExportRequest(PackageKind kind, Optional<UUID> recipientLedgerId, String recordedBy,
                            Optional<String> fileName, Optional<OfferedRecipient> offeredKeys) {

    public ExportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientLedgerId, "recipientLedgerId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(offeredKeys, "offeredKeys");
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("a package is logged with the user's name");
        }
        if (offeredKeys.isPresent()
                && !recipientLedgerId.equals(Optional.of(offeredKeys.get().keys().ledgerId()))) {
            throw new IllegalArgumentException("the offered keys are the recipient's");
        }
    }

    /** A package for a registered peer ({@code recipientLedgerId}) or, when empty, under a passphrase. */
    public ExportRequest(PackageKind kind, Optional<UUID> recipientLedgerId, String recordedBy,
                         Optional<String> fileName) {
        this(kind, recipientLedgerId, recordedBy, fileName, Optional.empty());
    }

    /** A package for the ledger whose public key file the user named ({@link OfferedRecipient}). */
    public static ExportRequest forKeys(PackageKind kind, OfferedRecipient recipient, String recordedBy,
                                        Optional<String> fileName) {
        return new ExportRequest(kind, Optional.of(recipient.keys().ledgerId()), recordedBy, fileName,
                Optional.of(recipient));
    }
}
