package io.guankou.model.exchange.container;

import io.guankou.model.exchange.crypto.Sm3;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.zip.Deflater;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The writer's work behind the ledger's thread, in two worker threads so that the three parts overlap: the
 * ledger's thread encodes rows into buffers; the first worker hashes each entry's bytes (SM3); the second
 * compresses them, seals the chunks and writes them to the temporary file. Buffers go round a fixed pool, so
 * memory stays bounded and the ledger's thread waits when the workers fall behind.
 */
final class WritePipeline {

    static final int BUFFER_BYTES = 128 * 1024;
    private static final int BUFFERS = 6;

    private enum Kind { DATA, END_ENTRY, FINISH }

    private static final class Item {
        final Kind kind;
        final byte[] buf;
        final int len;
        final String name;
        final List<String> columns;
        final long rows;

        Item(Kind kind, byte[] buf, int len, String name, List<String> columns, long rows) {
            this.kind = kind;
            this.buf = buf;
            this.len = len;
            this.name = name;
            this.columns = columns;
            this.rows = rows;
        }
    }

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Item> toHash = new LinkedBlockingQueue<>();
    private final BlockingQueue<Item> toCompress = new LinkedBlockingQueue<>();
    private final Stages.Failure failure = new Stages.Failure();
    private final List<EntryInfo> entries = new ArrayList<>();
    private final Deflater deflater;
    private final ChunkSealer sealer;
    private final OutputStream spill;
    private final Thread hasher;
    private final Thread compressor;
    private boolean finished;

    WritePipeline(Deflater deflater, ChunkSealer sealer, OutputStream spill) {
        this.deflater = deflater;
        this.sealer = sealer;
        this.spill = spill;
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER_BYTES]);
        }
        this.hasher = Stages.start("package-hash", this::hash);
        this.compressor = Stages.start("package-compress", this::compress);
    }

    /** An empty buffer to encode into (waits for one). */
    byte[] buffer() throws IOException {
        return Stages.take(free, failure);
    }

    /** Hands on {@code len} encoded bytes of the current entry; returns an empty buffer for the next ones. */
    byte[] submit(byte[] full, int len) throws IOException {
        failure.rethrow();
        toHash.add(new Item(Kind.DATA, full, len, null, null, 0));
        return buffer();
    }

    /** The current entry ends (all its bytes submitted). */
    void endEntry(String name, List<String> columns, long rows) throws IOException {
        failure.rethrow();
        toHash.add(new Item(Kind.END_ENTRY, null, 0, name, columns, rows));
    }

    /** Waits until every byte is compressed, sealed and written; the entries with their lengths and hashes. */
    List<EntryInfo> finish() throws IOException {
        failure.rethrow();
        toHash.add(new Item(Kind.FINISH, null, 0, null, null, 0));
        Stages.await(hasher, failure);
        Stages.await(compressor, failure);
        failure.rethrow();
        if (!finished) {
            throw new IllegalStateException("the package workers did not finish");
        }
        return entries;
    }

    /** Stops both workers (after a failure or a cancellation); nothing more is written. */
    void abort() {
        Stages.stop(hasher);
        Stages.stop(compressor);
    }

    private void hash() {
        try {
            SM3Digest digest = Sm3.newDigest();
            long bytes = 0;
            while (true) {
                Item item = toHash.take();
                if (item.kind == Kind.DATA) {
                    digest.update(item.buf, 0, item.len);
                    bytes += item.len;
                    toCompress.add(item);
                } else if (item.kind == Kind.END_ENTRY) {
                    entries.add(new EntryInfo(item.name, item.columns, item.rows, bytes,
                            Sm3.hex(Sm3.finish(digest))));
                    digest.reset();
                    bytes = 0;
                } else {
                    toCompress.add(item);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (Throwable t) {
            failure.set(t);
            compressor.interrupt();
        }
    }

    private void compress() {
        try {
            byte[] out = new byte[64 * 1024];
            while (true) {
                Item item = toCompress.take();
                if (item.kind == Kind.DATA) {
                    deflater.setInput(item.buf, 0, item.len);
                    while (!deflater.needsInput()) {
                        int n = deflater.deflate(out);
                        if (n > 0) {
                            sealer.write(out, 0, n);
                        }
                    }
                    free.add(item.buf);
                } else {
                    deflater.finish();
                    while (!deflater.finished()) {
                        int n = deflater.deflate(out);
                        if (n > 0) {
                            sealer.write(out, 0, n);
                        }
                    }
                    sealer.finish();
                    spill.flush();
                    finished = true;
                    return;
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (Throwable t) {
            failure.set(t);
            hasher.interrupt();
        }
    }
}
