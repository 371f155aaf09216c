package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.crypto.Sm4Gcm;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.CancellationException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * The reading half of STREAM: reads the sealed chunks in order where the verified layout puts them, opens each
 * with SM4-GCM under the package key and nonce (counter, last flag) and hands on its plaintext only when the tag
 * checked out. The ciphertext also goes on through the signature, which is checked when the last chunk is read:
 * the file may not change between verification and reading.
 */
final class ChunkSource {

    private final FileChannel channel;
    private final Sm4Gcm gcm;
    private final SM2Signer verifier;
    private final Layout layout;
    private final long chunks;
    private final byte[] sealed = new byte[Format.SEALED_CHUNK_SIZE];
    private long counter;
    private long position;
    private volatile long bytesRead;

    ChunkSource(FileChannel channel, Sm4Gcm gcm, SM2Signer verifier, Layout layout, long chunks) {
        this.channel = channel;
        this.gcm = gcm;
        this.verifier = verifier;
        this.layout = layout;
        this.chunks = chunks;
        this.position = layout.payloadOffset();
        this.bytesRead = position;
    }

    boolean hasMore() {
        return counter < chunks;
    }

    /** Bytes of the file read so far (of {@link Layout#fileLength()}). */
    long bytesRead() {
        return bytesRead;
    }

    /** The next chunk's plaintext into {@code plain} (64 KiB); returns its length. */
    int next(byte[] plain) throws IOException, PackageRefused {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("package reading cancelled");
        }
        boolean last = counter == chunks - 1;
        int length = last ? (int) (layout.signatureOffset() - position) : Format.SEALED_CHUNK_SIZE;
        FileReads.read(channel, position, sealed, 0, length);
        verifier.update(sealed, 0, length);
        position += length;
        if (last) {
            checkSignature();
        }
        int n;
        try {
            n = gcm.open(Format.nonce(counter, last), sealed, 0, length, plain, 0);
        } catch (InvalidCipherTextException e) {
            throw new PackageRefused(Reason.DAMAGED_PAYLOAD, "chunk " + counter + " of " + chunks
                    + " fails authentication: damaged, missing, reordered or cut off");
        }
        counter++;
        bytesRead = last ? layout.fileLength() : position;
        return n;
    }

    private void checkSignature() throws IOException, PackageRefused {
        int s = layout.signatureLength();
        byte[] tail = FileReads.read(channel, position, s + 2);
        byte[] signature = java.util.Arrays.copyOf(tail, s);
        if (Format.u16(tail, s) != s || channel.size() != layout.fileLength()
                || !PackageReader.verifies(verifier, signature)) {
            throw new PackageRefused(Reason.BAD_SIGNATURE, "the file changed after it was verified");
        }
    }
}
