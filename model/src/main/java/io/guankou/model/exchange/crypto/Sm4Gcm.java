package io.guankou.model.exchange.crypto;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 (GB/T 32907) in GCM with a 128-bit tag and 12-byte nonces, no associated data. One instance seals or opens
 * many messages under one key, each with its own nonce; it is not thread-safe. Opening writes the plaintext only
 * into the caller's buffer and reports success only after the tag checked out: a caller hands on no byte of a
 * message that failed.
 */
public final class Sm4Gcm {

    public static final int KEY_BYTES = 16;
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BYTES = 16;

    private final KeyParameter key;
    private final GCMModeCipher cipher = newCipher();

    public Sm4Gcm(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an SM4 key has 16 bytes");
        }
        this.key = new KeyParameter(key);
    }

    /** The block cipher of the suite: SM4. */
    public static BlockCipher newBlockCipher() {
        return new SM4Engine();
    }

    /** SM4-GCM as the suite uses it (callers that need associated data, e.g. a known-answer test, init it). */
    public static GCMModeCipher newCipher() {
        return GCMBlockCipher.newInstance(newBlockCipher());
    }

    /** Seals {@code in[inOff, inOff+len)} into {@code out} from {@code outOff}: ciphertext then tag; returns len+16. */
    public int seal(byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff) {
        cipher.init(true, new AEADParameters(key, TAG_BYTES * 8, nonce));
        int n = cipher.processBytes(in, inOff, len, out, outOff);
        try {
            return n + cipher.doFinal(out, outOff + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("GCM sealing failed", e);
        }
    }

    /**
     * Opens {@code in[inOff, inOff+len)} (ciphertext then tag) into {@code out}; returns len-16. When the tag does
     * not match, throws and the bytes written to {@code out} must be ignored.
     */
    public int open(byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
            throws InvalidCipherTextException {
        if (len < TAG_BYTES) {
            throw new InvalidCipherTextException("shorter than a tag");
        }
        cipher.init(false, new AEADParameters(key, TAG_BYTES * 8, nonce));
        try {
            int n = cipher.processBytes(in, inOff, len, out, outOff);
            return n + cipher.doFinal(out, outOff + n);
        } catch (RuntimeException e) {
            throw new InvalidCipherTextException("GCM opening failed", e);
        }
    }

    public byte[] seal(byte[] nonce, byte[] plaintext) {
        byte[] out = new byte[plaintext.length + TAG_BYTES];
        seal(nonce, plaintext, 0, plaintext.length, out, 0);
        return out;
    }

    public byte[] open(byte[] nonce, byte[] sealed) throws InvalidCipherTextException {
        if (sealed.length < TAG_BYTES) {
            throw new InvalidCipherTextException("shorter than a tag");
        }
        byte[] out = new byte[sealed.length - TAG_BYTES];
        open(nonce, sealed, 0, sealed.length, out, 0);
        return out;
    }

    /** Overwrites the key bytes this instance holds (the cipher's expanded key stays until it is collected). */
    public void forget() {
        java.util.Arrays.fill(key.getKey(), (byte) 0);
    }
}
