package io.guankou.desktop.exchange;

import io.guankou.model.exchange.keys.PublicKeyFile;
import java.util.Objects;

/**
 * Whom a package is encrypted for: a ledger whose public keys were handed over ({@code --to FILE}, or a peer
 * already registered), or whoever knows a passphrase agreed on the phone.
 */
public sealed interface PackageRecipient {

    /** The ledger behind {@code keys}: its encryption key opens the package. */
    record Keys(PublicKeyFile keys) implements PackageRecipient {
        public Keys {
            Objects.requireNonNull(keys, "keys");
        }
    }

    /** A passphrase; the caller zeroes the array once the package is written. */
    record Passphrase(char[] passphrase) implements PackageRecipient {
        public Passphrase {
            Objects.requireNonNull(passphrase, "passphrase");
        }
    }
}
