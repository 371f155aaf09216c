package io.guankou.model.exchange.container;

import io.guankou.model.exchange.crypto.Sm4Gcm;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;

/**
 * The writing half of STREAM: cuts the compressed stream into chunks of {@link Format#CHUNK_SIZE} bytes and seals
 * each with SM4-GCM under the package key and nonce (counter, last flag). A full chunk is sealed only when the
 * next byte arrives, so the last chunk (possibly a full one) is known when it is sealed.
 */
final class ChunkSealer {

    private final Sm4Gcm gcm;
    private final OutputStream out;
    private final byte[] plain = new byte[Format.CHUNK_SIZE];
    private final byte[] sealed = new byte[Format.SEALED_CHUNK_SIZE];
    private int filled;
    private long chunks;
    private long compressedBytes;
    private boolean finished;

    ChunkSealer(Sm4Gcm gcm, OutputStream out) {
        this.gcm = gcm;
        this.out = out;
    }

    void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == plain.length) {
                seal(false);
            }
            int n = Math.min(len, plain.length - filled);
            System.arraycopy(b, off, plain, filled, n);
            filled += n;
            off += n;
            len -= n;
            compressedBytes += n;
        }
    }

    /** Seals what is left as the last chunk (empty only when nothing was written at all). */
    void finish() throws IOException {
        seal(true);
        finished = true;
    }

    long chunks() {
        return chunks;
    }

    long compressedBytes() {
        return compressedBytes;
    }

    long sealedBytes() {
        return compressedBytes + chunks * Sm4Gcm.TAG_BYTES;
    }

    boolean isFinished() {
        return finished;
    }

    private void seal(boolean last) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("package writing cancelled");
        }
        int n = gcm.seal(Format.nonce(chunks, last), plain, 0, filled, sealed, 0);
        out.write(sealed, 0, n);
        chunks++;
        filled = 0;
    }
}
