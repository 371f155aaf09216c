package io.guankou.model.exchange.keys;

import io.guankou.model.exchange.crypto.MalformedKeyException;
import io.guankou.model.exchange.crypto.Sm2;
import io.guankou.model.exchange.crypto.Sm3;
import java.util.Arrays;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * A ledger's two public keys, each a DER SubjectPublicKeyInfo of an SM2 (sm2p256v1) point: {@code signing} checks
 * the packages it sends, {@code encryption} wraps the package keys of packages sent to it. Equal when the bytes are.
 *
 * <p>Its {@link #fingerprint() fingerprint} is what people compare over the phone: SM3 over the two encodings one
 * after the other, the first 20 bytes as 10 groups of 4 upper-case hex digits ({@code 3F2A 9C01 …}).
 */
public record PublicKeys(byte[] signing, byte[] encryption) {

    /** 20 bytes: 10 groups of 4 hex digits. */
    public static final int FINGERPRINT_BYTES = 20;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** @throws IllegalArgumentException when either is not the canonical encoding of an SM2 public key */
    public PublicKeys {
        signing = signing.clone();
        encryption = encryption.clone();
        try {
            Sm2.decodePublic(signing);
            Sm2.decodePublic(encryption);
        } catch (MalformedKeyException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The keys in two encodings read from a file or a package, checked. */
    public static PublicKeys parse(byte[] signing, byte[] encryption) throws MalformedKeyException {
        Sm2.decodePublic(signing);
        Sm2.decodePublic(encryption);
        return new PublicKeys(signing, encryption);
    }

    @Override
    public byte[] signing() {
        return signing.clone();
    }

    @Override
    public byte[] encryption() {
        return encryption.clone();
    }

    public ECPublicKeyParameters signingKey() {
        return decoded(signing);
    }

    public ECPublicKeyParameters encryptionKey() {
        return decoded(encryption);
    }

    /** {@code 3F2A 9C01 …}: 10 groups of 4 upper-case hex digits, single spaces between them. */
    public String fingerprint() {
        byte[] digest = Sm3.digest(signing, encryption);
        StringBuilder text = new StringBuilder(FINGERPRINT_BYTES * 2 + FINGERPRINT_BYTES / 2 - 1);
        for (int i = 0; i < FINGERPRINT_BYTES; i++) {
            if (i > 0 && i % 2 == 0) {
                text.append(' ');
            }
            text.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKeys && Arrays.equals(signing, ((PublicKeys) o).signing)
                && Arrays.equals(encryption, ((PublicKeys) o).encryption);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signing) + Arrays.hashCode(encryption);
    }

    @Override
    public String toString() {
        return "PublicKeys[" + fingerprint() + "]";
    }

    private static ECPublicKeyParameters decoded(byte[] der) {
        try {
            return Sm2.decodePublic(der);
        } catch (MalformedKeyException e) {
            throw new IllegalStateException("checked on construction", e);
        }
    }
}
