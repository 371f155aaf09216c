package io.guankou.model.exchange.container;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.RowSink;
import io.guankou.model.exchange.crypto.Sm4Gcm;
import io.guankou.model.exchange.keys.LedgerKeys;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.zip.Deflater;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Signer;

/**
 * Writes one package (docs/package-format.md): entries are encoded, hashed (SM3 per entry) and compressed as they
 * come, and the compressed stream is sealed chunk by chunk (STREAM, SM4-GCM) into a temporary file beside the
 * target, since the manifest that comes first is known only at the end. Rows are encoded on the caller's thread;
 * hashing and compressing with sealing run in two worker threads of the writer's own ({@link WritePipeline}), so
 * the three overlap on a machine with more than one core. {@link #finish()} then writes the target:
 * prefix, manifest, the sealed chunks, the signature. Memory stays bounded whatever the number of rows.
 *
 * <p>{@link #finish()} writes {@code target} itself (creating or truncating it); putting the package under its
 * final name, and reading it back, is the caller's part. {@link #close()} without a finish discards the temporary
 * file. A value that is not text (an unpaired surrogate) or a failed write ends the writer: only
 * {@link #close()} is left. Not thread-safe, except {@link #bytesWritten()}, which another thread may poll.
 * A thread interrupted while rows are written gets a {@link CancellationException}.
 */
public final class PackageWriter implements EntrySink, AutoCloseable {

    private enum State { OPEN, FINISHED, FAILED, CLOSED }

    private final Path target;
    private final Path spill;
    private final PackageHeader header;
    private final LedgerKeys signer;
    private final SecureRandom random;
    private final List<RecipientStanza> recipients;
    private final byte[] packageKey;
    private final Sm4Gcm gcm;
    private final OutputStream spillOut;
    private final ChunkSealer sealer;
    private final Deflater deflater;
    private final WritePipeline pipeline;
    private final RowEncoder encoder;
    private final Set<String> names = new HashSet<>();

    private State state = State.OPEN;
    private int entryIndex = -1;
    private boolean entryOpen;
    private String entryName;
    private List<String> entryColumns;
    private long entryRows;
    private volatile long bytesWritten;
    private boolean targetTouched;

    private PackageWriter(Path target, PackageHeader header, LedgerKeys signer, List<Recipient> recipientList,
            SecureRandom random, PackageOptions options) throws IOException {
        this.target = target;
        this.header = header;
        this.signer = signer;
        this.random = random;
        this.packageKey = new byte[Format.PACKAGE_KEY_BYTES];
        random.nextBytes(packageKey);
        this.recipients = PackageKeyWrap.wrap(packageKey, recipientList, options.kdf(), random);
        this.gcm = new Sm4Gcm(packageKey);
        Path folder = target.toAbsolutePath().getParent();
        this.spill = Files.createTempFile(folder, "." + target.getFileName() + ".", ".payload");
        try {
            this.spillOut = new BufferedOutputStream(Files.newOutputStream(spill), Format.SEALED_CHUNK_SIZE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spill);
            throw e;
        }
        this.sealer = new ChunkSealer(gcm, spillOut);
        this.deflater = new Deflater(options.deflateLevel(), true);
        this.pipeline = new WritePipeline(deflater, sealer, spillOut);
        try {
            this.encoder = new RowEncoder(this::handOn, pipeline.buffer());
        } catch (IOException | RuntimeException e) {
            pipeline.abort();
            deflater.end();
            spillOut.close();
            Files.deleteIfExists(spill);
            throw e;
        }
    }

    /** A writer with the default options (DEFLATE level 6). */
    public static PackageWriter create(Path target, PackageHeader header, LedgerKeys signer, List<Recipient> recipients,
            SecureRandom random) throws IOException {
        return create(target, header, signer, recipients, random, PackageOptions.defaults());
    }

    /**
     * A writer for a package from {@code signer} (its signing key signs, its public keys go into the prefix) to
     * {@code recipients}: public keys, or exactly one passphrase. The temporary file is made in {@code target}'s
     * folder now; the target is written by {@link #finish()}.
     */
    public static PackageWriter create(Path target, PackageHeader header, LedgerKeys signer, List<Recipient> recipients,
            SecureRandom random, PackageOptions options) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(options, "options");
        return new PackageWriter(target, header, signer, List.copyOf(recipients), random, options);
    }

    /**
     * Starts the next entry (the previous one ends): a table's name, unique in the package, and its columns in the
     * order the rows give their values.
     */
    @Override
    public RowSink entry(String name, List<String> columns) throws IOException {
        requireOpen();
        Objects.requireNonNull(name, "name");
        List<String> cols = List.copyOf(columns);
        if (name.isEmpty() || names.contains(name)) {
            throw new IllegalArgumentException("an entry name is not empty and used once: '" + name + "'");
        }
        if (cols.isEmpty() || cols.stream().anyMatch(String::isEmpty) || new HashSet<>(cols).size() != cols.size()) {
            throw new IllegalArgumentException("entry '" + name + "' needs distinct, non-empty column names");
        }
        try {
            endEntry();
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
        names.add(name);
        entryIndex++;
        entryOpen = true;
        entryName = name;
        entryColumns = cols;
        entryRows = 0;
        return new Rows(entryIndex, cols.size());
    }

    /**
     * Ends the last entry and writes the whole package to the target, flushed to the device. The temporary file is
     * gone afterwards, whatever happens; on a failure the target is removed too.
     *
     * @return the manifest written
     */
    public Manifest finish() throws IOException {
        requireOpen();
        try {
            endEntry();
            List<EntryInfo> entries = pipeline.finish();
            spillOut.close();
            PayloadInfo payload = new PayloadInfo(Format.COMPRESSION, Format.CHUNK_SIZE, sealer.chunks(),
                    sealer.compressedBytes(), sealer.sealedBytes());
            Manifest manifest = new Manifest(Format.VERSION, Format.SUITE, header, recipients, payload, entries);
            assemble(ManifestCodec.encode(manifest));
            state = State.FINISHED;
            return manifest;
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            if (targetTouched) {
                deleteQuietly(target);
            }
            throw e;
        } finally {
            release();
        }
    }

    /** The encoded (uncompressed) entry bytes taken so far; what the entries' {@code bytes} add up to in the end. */
    public long bytesWritten() {
        return bytesWritten;
    }

    /** Discards the temporary file unless {@link #finish()} completed; the target is never touched here. */
    @Override
    public void close() {
        if (state == State.FINISHED || state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        release();
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the package writer is " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void endEntry() throws IOException {
        if (!entryOpen) {
            return;
        }
        encoder.flush();
        pipeline.endEntry(entryName, entryColumns, entryRows);
        entryOpen = false;
    }

    /** A full buffer of encoded entry bytes goes on to be hashed, compressed and sealed; an empty one comes back. */
    private byte[] handOn(byte[] full, int len) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("package writing cancelled");
        }
        bytesWritten += len;
        return pipeline.submit(full, len);
    }

    private void assemble(byte[] manifest) throws IOException {
        byte[] prefix = PackagePrefix.encode(signer.publicKeys(), manifest.length);
        Signer signature = signer.newSigner(random);
        targetTouched = true;
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
            signedWrite(out, signature, prefix, prefix.length);
            signedWrite(out, signature, manifest, manifest.length);
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(spill)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("package writing cancelled");
                    }
                    signedWrite(out, signature, buffer, n);
                }
            }
            byte[] sig;
            try {
                sig = signature.generateSignature();
            } catch (CryptoException e) {
                throw new IllegalStateException("SM2 signing failed", e);
            }
            out.write(sig);
            out.write(sig.length >>> 8);
            out.write(sig.length & 0xFF);
            out.flush();
            channel.force(true);
        }
    }

    private static void signedWrite(OutputStream out, Signer signature, byte[] b, int len) throws IOException {
        signature.update(b, 0, len);
        out.write(b, 0, len);
    }

    /** Frees the native deflater, forgets the package key, removes the temporary file. */
    private void release() {
        if (state != State.FINISHED) {
            pipeline.abort();
        }
        deflater.end();
        Arrays.fill(packageKey, (byte) 0);
        gcm.forget();
        try {
            spillOut.close();
        } catch (IOException e) {
            // the file goes anyway
        }
        deleteQuietly(spill);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do: a leftover temporary file holds ciphertext only
        }
    }

    /** The rows of one entry; refuses rows once another entry has started. */
    private final class Rows implements RowSink {

        private final int index;
        private final int width;

        Rows(int index, int width) {
            this.index = index;
            this.width = width;
        }

        @Override
        public void row(String[] values) throws IOException {
            if (index != entryIndex || state != State.OPEN) {
                throw new IllegalStateException("entry '" + entryName + "' is no longer being written");
            }
            if (values.length != width) {
                throw new IllegalArgumentException("entry '" + entryName + "' row " + (entryRows + 1) + " has "
                        + values.length + " values for " + width + " columns");
            }
            try {
                encoder.row(values);
            } catch (IllegalArgumentException e) {
                state = State.FAILED; // part of the row may be in the stream already
                throw new IllegalArgumentException("entry '" + entryName + "' row " + (entryRows + 1) + ": "
                        + e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                state = State.FAILED;
                throw e;
            }
            entryRows++;
        }
    }
}
