package io.guankou.model.exchange.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * The cost of scrypt (RFC 7914): N = 2^logN, block size r, parallelism p. Passphrases are turned into 16-byte SM4
 * keys with {@link #STANDARD} (logN 15, r 8, p 1: 32 MiB and about a tenth of a second); a reader accepts what a
 * file states within {@link #isWithinLimits() limits} that keep a hostile file from asking for gigabytes.
 */
public record ScryptParams(int logN, int r, int p) {

    public static final ScryptParams STANDARD = new ScryptParams(15, 8, 1);

    public static final int SALT_BYTES = 16;

    /** The most memory a stated cost may take: 128 · r · N bytes. */
    private static final long MAX_MEMORY = 256L << 20;

    public ScryptParams {
        if (logN < 1 || logN > 30 || r < 1 || p < 1) {
            throw new IllegalArgumentException("scrypt cost out of range");
        }
    }

    /** Whether a file may ask for this cost: logN at most 20, r at most 32, p at most 4, memory at most 256 MiB. */
    public static boolean isWithinLimits(long logN, long r, long p) {
        return logN >= 1 && logN <= 20 && r >= 1 && r <= 32 && p >= 1 && p <= 4
                && 128L * r * (1L << logN) <= MAX_MEMORY;
    }

    /**
     * scrypt(passphrase as UTF-8, salt, N, r, p) to a 16-byte key. The UTF-8 bytes are overwritten after use; the
     * caller's characters are not touched.
     */
    public byte[] deriveKey(char[] passphrase, byte[] salt) {
        byte[] secret = utf8(passphrase);
        try {
            return SCrypt.generate(secret, salt, 1 << logN, r, p, Sm4Gcm.KEY_BYTES);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The UTF-8 bytes of {@code chars} without going through a String; unpaired surrogates are refused. */
    static byte[] utf8(char[] chars) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        ByteBuffer buffer = ByteBuffer.allocate(chars.length * 3);
        CharBuffer in = CharBuffer.wrap(chars);
        try {
            if (encoder.encode(in, buffer, true).isError() || encoder.flush(buffer).isError()) {
                throw new IllegalArgumentException("a passphrase with characters that are not text");
            }
        } finally {
            in.clear();
        }
        byte[] out = Arrays.copyOf(buffer.array(), buffer.position());
        Arrays.fill(buffer.array(), (byte) 0);
        return out;
    }
}
