package io.guankou.persistence.exchange;

import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Another ledger this one exchanges packages with ({@code exchange_peer}), with the public keys registered for it.
 * The keys are text as the public key file holds them (base64 of the DER SubjectPublicKeyInfo), so this layer does
 * not depend on the container's key classes; the fingerprint is the container's text (10 groups of 4 hex digits).
 *
 * @param registeredBy the user who confirmed the fingerprint or named the key file
 */
public record Peer(UUID ledgerId, PartyRole role, String code, String name, String signingKey,
                   String encryptionKey, String fingerprint, Instant registeredAt, String registeredBy) {

    public Peer {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        signingKey = requireText(signingKey, "signingKey");
        encryptionKey = requireText(encryptionKey, "encryptionKey");
        fingerprint = requireText(fingerprint, "fingerprint");
        Objects.requireNonNull(registeredAt, "registeredAt");
        registeredBy = requireText(registeredBy, "registeredBy");
    }

    public Party party() {
        return new Party(role, code, name);
    }

    /** Whether these are the keys registered for the peer (the texts compared exactly). */
    public boolean hasKeys(String signing, String encryption) {
        return signingKey.equals(signing == null ? null : signing.strip())
                && encryptionKey.equals(encryption == null ? null : encryption.strip());
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value.strip();
    }
}
