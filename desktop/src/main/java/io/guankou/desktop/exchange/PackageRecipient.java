package io.guankou.desktop.exchange;

import io.guankou.model.exchange.keys.PublicKeyFile;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom a package is encrypted for: a ledger whose public keys were handed over ({@code --to FILE}, or a peer
 * already registered), or whoever knows a passphrase agreed on the phone.
 */
public sealed interface PackageRecipient {

    /**
     * The ledger behind {@code keys}: its encryption key opens the package. A ledger not registered yet is registered
     * with the export, and only when {@code confirmedFingerprint} (what the user checked with the recipient by phone)
     * is the keys' fingerprint.
     */
    record Keys(PublicKeyFile keys, Optional<String> confirmedFingerprint) implements PackageRecipient {
        public Keys {
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(confirmedFingerprint, "confirmedFingerprint");
        }

        /** A registered peer's keys, or a key file whose fingerprint nobody confirmed. */
        public Keys(PublicKeyFile keys) {
            this(keys, Optional.empty());
        }
    }

    /** A passphrase; the caller zeroes the array once the package is written. */
    record Passphrase(char[] passphrase) implements PackageRecipient {
        public Passphrase {
            Objects.requireNonNull(passphrase, "passphrase");
        }
    }
}
