package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import io.guankou.model.exchange.crypto.Sm3;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The reader's work ahead of the ledger's thread, in one worker thread: reading and authenticating the chunks,
 * inflating, cutting the bytes into the entries the manifest states and hashing each one (SM3). The ledger's
 * thread gets the bytes in order through a queue, with each entry's end and whether its hash matched, and decodes
 * the rows. A failure of the worker reaches the ledger's thread in its place in the stream: the bytes before it
 * were authenticated, the ones after it are never handed on. Buffers go round a fixed pool (bounded memory).
 */
final class ReadAhead implements EntryBytes {

    static final int BUFFER_BYTES = 64 * 1024;
    private static final int BUFFERS = 8;

    private enum Kind { DATA, ENTRY_END, END, FAILURE }

    private static final class Item {
        final Kind kind;
        final byte[] buf;
        final int len;
        final boolean hashMatches;
        final Throwable failure;

        Item(Kind kind, byte[] buf, int len, boolean hashMatches, Throwable failure) {
            this.kind = kind;
            this.buf = buf;
            this.len = len;
            this.hashMatches = hashMatches;
            this.failure = failure;
        }
    }

    private final PayloadStream stream;
    private final List<EntryInfo> entries;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Item> ready = new LinkedBlockingQueue<>();
    /** Never set: the worker reports its failures in the stream; this only makes waiting uniform. */
    private final Stages.Failure none = new Stages.Failure();
    private final Thread worker;

    private Item current;
    private int currentPos;
    private Item entryEnd;

    ReadAhead(PayloadStream stream, List<EntryInfo> entries) {
        this.stream = stream;
        this.entries = entries;
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER_BYTES]);
        }
        this.worker = Stages.start("package-read", this::work);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException, PackageRefused {
        while (true) {
            if (current != null) {
                int n = Math.min(len, current.len - currentPos);
                System.arraycopy(current.buf, currentPos, b, off, n);
                currentPos += n;
                if (currentPos == current.len) {
                    free.add(current.buf);
                    current = null;
                }
                return n;
            }
            if (entryEnd != null) {
                return -1;
            }
            Item item = next();
            if (item.kind == Kind.DATA) {
                current = item;
                currentPos = 0;
            } else if (item.kind == Kind.ENTRY_END) {
                entryEnd = item;
            } else {
                throw new IllegalStateException("read past the last entry");
            }
        }
    }

    @Override
    public boolean hashMatches() {
        if (entryEnd == null) {
            throw new IllegalStateException("the entry has not been read to its end");
        }
        boolean matches = entryEnd.hashMatches;
        entryEnd = null;
        return matches;
    }

    @Override
    public void requireEnd() throws IOException, PackageRefused {
        if (next().kind != Kind.END) {
            throw new IllegalStateException("entries left unread");
        }
    }

    /** Stops the worker (it may be waiting for a free buffer or in the middle of a chunk). */
    void close() {
        Stages.stop(worker);
    }

    private Item next() throws IOException, PackageRefused {
        Item item = Stages.take(ready, none);
        if (item.kind == Kind.FAILURE) {
            ready.add(item); // stays the answer to any further question
            Throwable t = item.failure;
            if (t instanceof PackageRefused) {
                PackageRefused refused = (PackageRefused) t;
                throw new PackageRefused(refused.reason(), refused.getMessage(), refused);
            }
            if (t instanceof IOException) {
                throw new IOException(t.getMessage(), t);
            }
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new IllegalStateException("the package reader failed", t);
        }
        return item;
    }

    private void work() {
        try {
            SM3Digest digest = Sm3.newDigest();
            for (EntryInfo entry : entries) {
                long need = entry.bytes();
                while (need > 0) {
                    byte[] buf = free.take();
                    int n = stream.read(buf, 0, (int) Math.min(buf.length, need));
                    if (n < 0) {
                        throw new PackageRefused(Reason.ENTRY_MISMATCH, "entry '" + entry.name()
                                + "': the payload ends inside it");
                    }
                    digest.update(buf, 0, n);
                    need -= n;
                    ready.add(new Item(Kind.DATA, buf, n, false, null));
                }
                boolean matches = Sm3.hex(Sm3.finish(digest)).equals(entry.sm3());
                ready.add(new Item(Kind.ENTRY_END, null, 0, matches, null));
            }
            if (stream.read(new byte[1], 0, 1) >= 0) {
                throw new PackageRefused(Reason.ENTRY_MISMATCH, "the payload holds more than its entries");
            }
            ready.add(new Item(Kind.END, null, 0, false, null));
        } catch (InterruptedException e) {
            // closed
        } catch (Throwable t) {
            ready.add(new Item(Kind.FAILURE, null, 0, false, t));
        } finally {
            stream.end();
        }
    }
}
