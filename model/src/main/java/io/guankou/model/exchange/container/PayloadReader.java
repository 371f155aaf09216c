package io.guankou.model.exchange.container;

import io.guankou.model.exchange.EntrySource;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.RowSource;
import io.guankou.model.exchange.crypto.Sm2;
import io.guankou.model.exchange.crypto.Sm3;
import io.guankou.model.exchange.crypto.Sm4Gcm;
import io.guankou.model.exchange.keys.LedgerKeys;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * The entries of a verified package, decrypted, inflated and decoded as they are read, in bounded memory.
 *
 * <p>The file may have changed since {@link PackageReader#verify}: opening checks that its length and the SM3 of
 * everything before the payload (prefix and manifest) are those verified, and the ciphertext read goes through the
 * signature again, checked when the last chunk is read. Every chunk is authenticated (SM4-GCM) before any of its
 * bytes are handed on; each entry's row count and SM3 are checked at its end; {@link #next()} returns null only
 * when the whole payload has been read and found intact. Rows handed out before a refusal must be thrown away by
 * the caller (an import runs in one transaction and rolls back).
 *
 * <p>Reading, authenticating, inflating and hashing run ahead in a worker thread of the reader's own
 * ({@link ReadAhead}), a few buffers ahead of the rows the caller decodes; {@link #close()} stops it. Once refused,
 * every further call is refused the same way. Not thread-safe, except {@link #bytesRead()}. A thread interrupted
 * while reading gets a {@link CancellationException}.
 */
public final class PayloadReader implements EntrySource, AutoCloseable {

    private final List<EntryInfo> entries;
    private final FileChannel channel;
    private final Sm4Gcm gcm;
    private final ChunkSource chunks;
    private final ReadAhead readAhead;
    private final EntryDecoder decoder;

    private int entryIndex = -1;
    private boolean ended;
    private boolean closed;
    private Exception failure;

    private PayloadReader(VerifiedPackage pkg, FileChannel channel, Sm4Gcm gcm, SM2Signer verifier) {
        this.entries = pkg.manifest().entries();
        this.channel = channel;
        this.gcm = gcm;
        this.chunks = new ChunkSource(channel, gcm, verifier, pkg.layout(), pkg.manifest().payload().chunks());
        this.readAhead = new ReadAhead(new PayloadStream(chunks), entries);
        this.decoder = new EntryDecoder(readAhead);
    }

    /**
     * Opens the payload with a recipient's keys.
     *
     * @throws PackageRefused {@link Reason#NOT_A_RECIPIENT} (not for these keys, or for a passphrase),
     *                        {@link Reason#BAD_SIGNATURE} (the file changed since it was verified)
     */
    public static PayloadReader open(VerifiedPackage pkg, LedgerKeys recipient) throws IOException, PackageRefused {
        Objects.requireNonNull(recipient, "recipient");
        return open(pkg, PackageKeyWrap.unwrap(pkg.manifest(), recipient));
    }

    /**
     * Opens the payload with a passphrase (read, not kept; the caller overwrites it).
     *
     * @throws PackageRefused {@link Reason#WRONG_PASSPHRASE}, {@link Reason#NOT_A_RECIPIENT} (a package for keys),
     *                        {@link Reason#BAD_SIGNATURE} (the file changed since it was verified)
     */
    public static PayloadReader open(VerifiedPackage pkg, char[] passphrase) throws IOException, PackageRefused {
        return open(pkg, PackageKeyWrap.unwrap(pkg.manifest(), passphrase));
    }

    private static PayloadReader open(VerifiedPackage pkg, byte[] packageKey) throws IOException, PackageRefused {
        Sm4Gcm gcm = new Sm4Gcm(packageKey);
        Arrays.fill(packageKey, (byte) 0);
        FileChannel channel = FileChannel.open(pkg.file(), StandardOpenOption.READ);
        try {
            Layout layout = pkg.layout();
            if (channel.size() != layout.fileLength()) {
                throw changed();
            }
            SM2Signer verifier = Sm2.verifier(pkg.signer().signingKey());
            SM3Digest head = Sm3.newDigest();
            int headLength = (int) layout.payloadOffset();
            byte[] buffer = new byte[64 * 1024];
            for (int at = 0; at < headLength; ) {
                int n = Math.min(buffer.length, headLength - at);
                FileReads.read(channel, at, buffer, 0, n);
                verifier.update(buffer, 0, n);
                head.update(buffer, 0, n);
                at += n;
            }
            if (!Arrays.equals(Sm3.finish(head), layout.headDigest())) {
                throw changed();
            }
            return new PayloadReader(pkg, channel, gcm, verifier);
        } catch (IOException | PackageRefused | RuntimeException e) {
            channel.close();
            gcm.forget();
            throw e;
        }
    }

    /** The next entry, or null once the whole payload has been read and found intact. */
    @Override
    public RowSource next() throws IOException, PackageRefused {
        usable();
        try {
            if (entryIndex >= 0 && entryIndex < entries.size()) {
                while (!decoder.done()) {
                    decoder.next(); // skip what is left of the current entry, checking it all the same
                }
            }
            if (entryIndex < entries.size()) {
                entryIndex++;
            }
            if (entryIndex < entries.size()) {
                decoder.begin(entries.get(entryIndex));
                return new Rows(entryIndex, entries.get(entryIndex));
            }
            if (!ended) {
                decoder.requireEnd();
                ended = true;
            }
            return null;
        } catch (IOException | PackageRefused | RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /** Bytes of the package file read so far, of {@link VerifiedPackage#fileLength()}. */
    public long bytesRead() {
        return chunks.bytesRead();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            readAhead.close();
            gcm.forget();
            channel.close();
        }
    }

    private String[] row(int index) throws IOException, PackageRefused {
        usable();
        if (index != entryIndex) {
            throw new IllegalStateException("the reader has moved on to another entry");
        }
        try {
            return decoder.next();
        } catch (IOException | PackageRefused | RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    private void usable() throws IOException, PackageRefused {
        if (closed) {
            throw new IllegalStateException("the payload reader is closed");
        }
        if (failure instanceof PackageRefused) {
            PackageRefused refused = (PackageRefused) failure;
            throw new PackageRefused(refused.reason(), "refused before", refused);
        }
        if (failure instanceof CancellationException) {
            throw new CancellationException("package reading was cancelled");
        }
        if (failure != null) {
            throw new IOException("the payload reader failed before", failure);
        }
    }

    private static PackageRefused changed() {
        return new PackageRefused(Reason.BAD_SIGNATURE, "the file changed after it was verified");
    }

    private final class Rows implements RowSource {

        private final int index;
        private final EntryInfo info;

        Rows(int index, EntryInfo info) {
            this.index = index;
            this.info = info;
        }

        @Override
        public String name() {
            return info.name();
        }

        @Override
        public List<String> columns() {
            return info.columns();
        }

        @Override
        public String[] next() throws IOException, PackageRefused {
            return row(index);
        }
    }
}
