package io.guankou.model.exchange.container;

import io.guankou.model.exchange.keys.PublicKeys;
import java.util.Objects;

/**
 * Who can open a package: ledgers named by their public keys (the package key is wrapped with each one's SM2
 * encryption key), or whoever knows a passphrase (scrypt, then SM4-GCM). A package is for keys or for one
 * passphrase, never both.
 */
public sealed interface Recipient permits Recipient.Key, Recipient.Passphrase {

    static Recipient key(PublicKeys keys) {
        return new Key(keys);
    }

    /**
     * The array is read when the package writer is created, not copied: the caller overwrites it after
     * {@link PackageWriter#create} returns.
     */
    static Recipient passphrase(char[] passphrase) {
        return new Passphrase(passphrase);
    }

    /** A ledger that opens the package with its private encryption key. */
    record Key(PublicKeys keys) implements Recipient {
        public Key {
            Objects.requireNonNull(keys, "keys");
        }
    }

    /** Anyone who knows the passphrase. */
    record Passphrase(char[] passphrase) implements Recipient {
        public Passphrase {
            Objects.requireNonNull(passphrase, "passphrase");
            if (passphrase.length == 0) {
                throw new IllegalArgumentException("an empty passphrase protects nothing");
            }
        }

        @Override
        public String toString() {
            return "Passphrase[…]";
        }
    }
}
