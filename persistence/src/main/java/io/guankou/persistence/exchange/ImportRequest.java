package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageHeader;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ledger needs to apply a package the container has verified: its header, how it was encrypted (for this
 * ledger's keys or under a passphrase: the sender's series it counts in), who signed it (the signer's public keys as
 * the package's fixed prefix holds them, base64 DER SubjectPublicKeyInfo, and their fingerprint), the fingerprint the
 * user confirmed for an unknown sender (over the phone), who imports, and the file for the log.
 *
 * @param mode the manifest's recipients: {@code PASSPHRASE} when it names a passphrase, else {@code KEYS}
 * @param confirmedFingerprint empty unless the user confirmed the sender's fingerprint; then a sender not yet
 *     registered is registered with these keys in the import's transaction
 * @param fileBytes the package file's length, for the log (0 when not from a file)
 */
public record ImportRequest(
        PackageHeader header,
        RecipientMode mode,
        String signerFingerprint,
        String signerSigningKey,
        String signerEncryptionKey,
        Optional<String> confirmedFingerprint,
        String recordedBy,
        Optional<String> fileName,
        long fileBytes) {

    public ImportRequest {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(signerFingerprint, "signerFingerprint");
        Objects.requireNonNull(signerSigningKey, "signerSigningKey");
        Objects.requireNonNull(signerEncryptionKey, "signerEncryptionKey");
        Objects.requireNonNull(confirmedFingerprint, "confirmedFingerprint");
        Objects.requireNonNull(fileName, "fileName");
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("an import needs the user's name");
        }
        if (fileBytes < 0) {
            throw new IllegalArgumentException("fileBytes must not be negative");
        }
    }

    /** A package for this ledger's keys (the mode the import of a package under a passphrase must name). */
    public ImportRequest(PackageHeader header, String signerFingerprint, String signerSigningKey,
                         String signerEncryptionKey, Optional<String> confirmedFingerprint, String recordedBy,
                         Optional<String> fileName, long fileBytes) {
        this(header, RecipientMode.KEYS, signerFingerprint, signerSigningKey, signerEncryptionKey, confirmedFingerprint,
                recordedBy, fileName, fileBytes);
    }
}
