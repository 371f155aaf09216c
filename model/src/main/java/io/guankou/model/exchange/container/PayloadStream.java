package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The entries' bytes: the chunks' plaintext inflated (raw DEFLATE). The compressed stream must end exactly at the
 * end of the last chunk: not before (data after its end), not after (cut short).
 */
final class PayloadStream {

    private final ChunkSource chunks;
    private final Inflater inflater = new Inflater(true);
    private final byte[] plain = new byte[Format.CHUNK_SIZE];

    PayloadStream(ChunkSource chunks) {
        this.chunks = chunks;
    }

    /** Up to {@code len} (> 0) bytes into {@code b}; -1 at the intact end of the stream. */
    int read(byte[] b, int off, int len) throws IOException, PackageRefused {
        int idle = 0;
        while (true) {
            if (inflater.finished()) {
                if (inflater.getRemaining() > 0 || chunks.hasMore()) {
                    throw damaged("data after the end of the compressed stream");
                }
                return -1;
            }
            if (inflater.needsInput()) {
                if (!chunks.hasMore()) {
                    throw damaged("the compressed stream is cut short");
                }
                int n = chunks.next(plain);
                inflater.setInput(plain, 0, n);
                continue;
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw damaged("the compressed stream is not DEFLATE");
            }
            if (n > 0) {
                return n;
            }
            if (inflater.needsDictionary()) {
                throw damaged("the compressed stream asks for a dictionary");
            }
            if (++idle > 8) {
                throw damaged("the compressed stream makes no progress"); // never seen; no loop without end
            }
        }
    }

    void end() {
        inflater.end();
    }

    private static PackageRefused damaged(String detail) {
        return new PackageRefused(Reason.DAMAGED_PAYLOAD, detail);
    }
}
