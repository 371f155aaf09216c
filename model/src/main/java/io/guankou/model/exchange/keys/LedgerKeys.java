package io.guankou.model.exchange.keys;

import io.guankou.model.exchange.crypto.Sm2;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/**
 * A ledger's two SM2 key pairs, private halves included: one signs the packages it sends, the other opens the
 * packages sent to it (key separation). The private halves never leave this object except into the key folder
 * ({@link KeyFolder}); what the package container needs are the two operations {@link #newSigner} and
 * {@link #decrypt}.
 */
public final class LedgerKeys {

    private final ECPrivateKeyParameters signing;
    private final ECPrivateKeyParameters encryption;
    private final PublicKeys publicKeys;

    private LedgerKeys(ECPrivateKeyParameters signing, ECPrivateKeyParameters encryption) {
        this.signing = signing;
        this.encryption = encryption;
        this.publicKeys = new PublicKeys(Sm2.encodePublic(Sm2.publicOf(signing)),
                Sm2.encodePublic(Sm2.publicOf(encryption)));
    }

    /** Two fresh key pairs. */
    public static LedgerKeys generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        AsymmetricCipherKeyPair s = Sm2.generateKeyPair(random);
        AsymmetricCipherKeyPair e = Sm2.generateKeyPair(random);
        return new LedgerKeys((ECPrivateKeyParameters) s.getPrivate(), (ECPrivateKeyParameters) e.getPrivate());
    }

    static LedgerKeys of(ECPrivateKeyParameters signing, ECPrivateKeyParameters encryption) {
        return new LedgerKeys(signing, encryption);
    }

    public PublicKeys publicKeys() {
        return publicKeys;
    }

    /** A signer SM3withSM2 with the signing key, ready for the bytes to sign. */
    public Signer newSigner(SecureRandom random) {
        return Sm2.signer(signing, random);
    }

    /** SM2 decryption (C1C3C2) with the encryption key: how a package key wrapped for this ledger is opened. */
    public byte[] decrypt(byte[] ciphertext) throws InvalidCipherTextException {
        return Sm2.decrypt(encryption, ciphertext);
    }

    /** Whether the public halves are these (the private halves follow from them). */
    public boolean matches(PublicKeys keys) {
        return publicKeys.equals(keys);
    }

    ECPrivateKeyParameters signingPrivate() {
        return signing;
    }

    ECPrivateKeyParameters encryptionPrivate() {
        return encryption;
    }

    @Override
    public String toString() {
        return "LedgerKeys[" + publicKeys.fingerprint() + "]";
    }
}
