package io.guankou.desktop.exchange;

import io.guankou.model.exchange.Party;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A public key file as read (its fingerprint checked against its keys): whose ledger, who, and the fingerprint. */
public record PublicKeyInfo(UUID ledgerId, Optional<Party> party, String fingerprint) {

    public PublicKeyInfo {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
