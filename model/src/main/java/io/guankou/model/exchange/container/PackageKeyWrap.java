package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.crypto.ScryptParams;
import io.guankou.model.exchange.crypto.Sm2;
import io.guankou.model.exchange.crypto.Sm4Gcm;
import io.guankou.model.exchange.keys.LedgerKeys;
import io.guankou.model.exchange.keys.PublicKeys;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.crypto.InvalidCipherTextException;

/**
 * Wraps the package key for each recipient and opens it again: SM2 encryption (C1C3C2) with a recipient's
 * encryption key, or {@code nonce(12) || SM4-GCM(scrypt(passphrase, salt), nonce, package key)}.
 */
final class PackageKeyWrap {

    private PackageKeyWrap() {
    }

    static List<RecipientStanza> wrap(byte[] packageKey, List<Recipient> recipients, ScryptParams kdf,
            SecureRandom random) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a package needs a recipient");
        }
        long passphrases = recipients.stream().filter(r -> r instanceof Recipient.Passphrase).count();
        if (passphrases > 0 && recipients.size() > 1) {
            throw new IllegalArgumentException("a package is for keys or for one passphrase, not both");
        }
        List<RecipientStanza> stanzas = new ArrayList<>();
        Set<PublicKeys> seen = new HashSet<>();
        for (Recipient recipient : recipients) {
            if (recipient instanceof Recipient.Key) {
                PublicKeys keys = ((Recipient.Key) recipient).keys();
                if (!seen.add(keys)) {
                    throw new IllegalArgumentException("a recipient named twice");
                }
                byte[] wrapped = Sm2.encrypt(keys.encryptionKey(), packageKey, random);
                stanzas.add(new RecipientStanza.Key(keys.fingerprint(), wrapped));
            } else {
                char[] passphrase = ((Recipient.Passphrase) recipient).passphrase();
                byte[] salt = new byte[ScryptParams.SALT_BYTES];
                random.nextBytes(salt);
                stanzas.add(new RecipientStanza.Passphrase(kdf, salt, sealWithPassphrase(packageKey, passphrase, kdf,
                        salt, random)));
            }
        }
        return stanzas;
    }

    static byte[] sealWithPassphrase(byte[] packageKey, char[] passphrase, ScryptParams kdf, byte[] salt,
            SecureRandom random) {
        byte[] nonce = new byte[Sm4Gcm.NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] wrapKey = kdf.deriveKey(passphrase, salt);
        Sm4Gcm gcm = new Sm4Gcm(wrapKey);
        try {
            byte[] sealed = gcm.seal(nonce, packageKey);
            byte[] wrapped = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, wrapped, 0, nonce.length);
            System.arraycopy(sealed, 0, wrapped, nonce.length, sealed.length);
            return wrapped;
        } finally {
            gcm.forget();
            Arrays.fill(wrapKey, (byte) 0);
        }
    }

    /** The package key wrapped for {@code keys}: {@link Reason#NOT_A_RECIPIENT} when none is. */
    static byte[] unwrap(Manifest manifest, LedgerKeys keys) throws PackageRefused {
        if (manifest.isForPassphrase()) {
            throw new PackageRefused(Reason.NOT_A_RECIPIENT, "the package is opened with a passphrase, not a key");
        }
        String fingerprint = keys.publicKeys().fingerprint();
        for (RecipientStanza stanza : manifest.recipients()) {
            if (stanza instanceof RecipientStanza.Key && ((RecipientStanza.Key) stanza).fingerprint().equals(fingerprint)) {
                try {
                    byte[] key = keys.decrypt(stanza.wrappedKey());
                    if (key.length != Format.PACKAGE_KEY_BYTES) {
                        Arrays.fill(key, (byte) 0);
                        throw new PackageRefused(Reason.NOT_A_RECIPIENT, "the wrapped key has the wrong length");
                    }
                    return key;
                } catch (InvalidCipherTextException e) {
                    throw new PackageRefused(Reason.NOT_A_RECIPIENT, "the key wrapped for this fingerprint does not open");
                }
            }
        }
        throw new PackageRefused(Reason.NOT_A_RECIPIENT, "the package is not for this key");
    }

    /** The package key under {@code passphrase}: {@link Reason#WRONG_PASSPHRASE} when it does not open. */
    static byte[] unwrap(Manifest manifest, char[] passphrase) throws PackageRefused {
        if (!manifest.isForPassphrase()) {
            throw new PackageRefused(Reason.NOT_A_RECIPIENT, "the package is opened with a key, not a passphrase");
        }
        RecipientStanza.Passphrase stanza = (RecipientStanza.Passphrase) manifest.recipients().get(0);
        if (passphrase == null || passphrase.length == 0) {
            throw new PackageRefused(Reason.WRONG_PASSPHRASE, "no passphrase given");
        }
        byte[] wrapped = stanza.wrappedKey();
        byte[] nonce = Arrays.copyOfRange(wrapped, 0, Sm4Gcm.NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(wrapped, Sm4Gcm.NONCE_BYTES, wrapped.length);
        byte[] wrapKey;
        try {
            wrapKey = stanza.kdf().deriveKey(passphrase, stanza.salt());
        } catch (IllegalArgumentException e) {
            throw new PackageRefused(Reason.WRONG_PASSPHRASE, "the passphrase is not text");
        }
        Sm4Gcm gcm = new Sm4Gcm(wrapKey);
        try {
            return gcm.open(nonce, sealed);
        } catch (InvalidCipherTextException e) {
            throw new PackageRefused(Reason.WRONG_PASSPHRASE, "the passphrase does not open the package");
        } finally {
            gcm.forget();
            Arrays.fill(wrapKey, (byte) 0);
        }
    }
}
