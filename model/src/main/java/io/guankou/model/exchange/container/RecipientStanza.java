package io.guankou.model.exchange.container;

import io.guankou.model.exchange.crypto.ScryptParams;
import java.util.Arrays;
import java.util.Objects;

/**
 * One entry of the manifest's {@code recipients}: the package key wrapped for one recipient. For a key, SM2
 * encryption (C1C3C2, 113 bytes) with the recipient's encryption key, named by the recipient's fingerprint; for a
 * passphrase, the scrypt cost and salt and {@code nonce(12) || SM4-GCM(scrypt key, nonce, package key)} (44 bytes).
 */
public sealed interface RecipientStanza permits RecipientStanza.Key, RecipientStanza.Passphrase {

    byte[] wrappedKey();

    record Key(String fingerprint, byte[] wrappedKey) implements RecipientStanza {
        public Key {
            Objects.requireNonNull(fingerprint, "fingerprint");
            wrappedKey = wrappedKey.clone();
        }

        @Override
        public byte[] wrappedKey() {
            return wrappedKey.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && fingerprint.equals(((Key) o).fingerprint)
                    && Arrays.equals(wrappedKey, ((Key) o).wrappedKey);
        }

        @Override
        public int hashCode() {
            return 31 * fingerprint.hashCode() + Arrays.hashCode(wrappedKey);
        }

        @Override
        public String toString() {
            return "Key[" + fingerprint + "]";
        }
    }

    record Passphrase(ScryptParams kdf, byte[] salt, byte[] wrappedKey) implements RecipientStanza {
        public Passphrase {
            Objects.requireNonNull(kdf, "kdf");
            salt = salt.clone();
            wrappedKey = wrappedKey.clone();
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] wrappedKey() {
            return wrappedKey.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Passphrase && kdf.equals(((Passphrase) o).kdf)
                    && Arrays.equals(salt, ((Passphrase) o).salt)
                    && Arrays.equals(wrappedKey, ((Passphrase) o).wrappedKey);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * kdf.hashCode() + Arrays.hashCode(salt)) + Arrays.hashCode(wrappedKey);
        }

        @Override
        public String toString() {
            return "Passphrase[" + kdf + "]";
        }
    }
}
