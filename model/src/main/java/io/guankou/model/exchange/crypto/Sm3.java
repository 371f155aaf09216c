package io.guankou.model.exchange.crypto;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905), 32-byte digests, and the lower-case hex the manifest writes them in. */
public final class Sm3 {

    public static final int DIGEST_BYTES = 32;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Sm3() {
    }

    public static SM3Digest newDigest() {
        return new SM3Digest();
    }

    public static byte[] digest(byte[]... parts) {
        SM3Digest digest = new SM3Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        return finish(digest);
    }

    public static byte[] finish(SM3Digest digest) {
        byte[] out = new byte[DIGEST_BYTES];
        digest.doFinal(out, 0);
        return out;
    }

    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
