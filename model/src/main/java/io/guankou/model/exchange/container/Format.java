package io.guankou.model.exchange.container;

import io.guankou.model.exchange.crypto.Sm4Gcm;

/** The constants of package format 1 (docs/package-format.md). */
final class Format {

    /** {@code GKPKG\r\n\x1a}. */
    static final byte[] MAGIC = {0x47, 0x4B, 0x50, 0x4B, 0x47, 0x0D, 0x0A, 0x1A};
    static final int VERSION = 1;
    static final String SUITE = "GM1";
    static final String COMPRESSION = "DEFLATE";

    /** Plaintext (compressed) bytes per chunk; every chunk but the last has exactly this many. */
    static final int CHUNK_SIZE = 64 * 1024;
    static final int SEALED_CHUNK_SIZE = CHUNK_SIZE + Sm4Gcm.TAG_BYTES;

    static final int MAX_MANIFEST_BYTES = 1 << 20;
    /** A DER SM2 signature has 70 to 72 bytes; anything far from that is not one. */
    static final int MAX_SIGNATURE_BYTES = 1024;

    /** magic, version, K. */
    static final int FIXED_HEAD = 12;
    static final int PACKAGE_KEY_BYTES = Sm4Gcm.KEY_BYTES;

    private Format() {
    }

    /** The chunks a compressed stream of {@code compressedBytes} is cut into: at least one. */
    static long chunksFor(long compressedBytes) {
        return Math.max(1, (compressedBytes + CHUNK_SIZE - 1) / CHUNK_SIZE);
    }

    /**
     * The STREAM nonce of chunk {@code counter}: the counter as 11 bytes big-endian, then 1 on the last chunk and
     * 0 on every other.
     */
    static byte[] nonce(long counter, boolean last) {
        byte[] nonce = new byte[Sm4Gcm.NONCE_BYTES];
        for (int i = 0; i < 8; i++) {
            nonce[10 - i] = (byte) (counter >>> (8 * i));
        }
        nonce[11] = last ? (byte) 1 : (byte) 0;
        return nonce;
    }

    static void putU16(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }

    static void putU32(byte[] b, int at, long value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
                | (b[at + 3] & 0xFF);
    }
}
