package io.guankou.model.exchange.container;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PackageRefused.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the rows of one entry after the other from the payload: exactly the entry's stated bytes (their SM3 is
 * taken by the source); each line split at TAB into as many fields as the entry has columns, {@code \N} as null and the escapes
 * {@code \\ \t \n \r} undone; strict UTF-8. At the entry's end the row count and SM3 must be the manifest's. Any
 * departure is {@link Reason#ENTRY_MISMATCH}, before the row concerned is returned.
 */
final class EntryDecoder {

    /** No row of a ledger comes near this; a longer one is refused rather than held in memory. */
    static final int MAX_ROW_BYTES = 16 << 20;

    private final EntryBytes source;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
    private byte[] buf = new byte[128 * 1024];
    private byte[] scratch = new byte[4 * 1024];
    private int pos;
    private int lim;
    private int scan;

    private EntryInfo entry;
    private int width;
    private boolean exhausted;
    private long rows;
    private boolean done = true;

    EntryDecoder(EntryBytes source) {
        this.source = source;
    }

    void begin(EntryInfo next) {
        entry = next;
        width = next.columns().size();
        exhausted = false;
        rows = 0;
        done = false;
        pos = 0;
        lim = 0;
        scan = 0;
    }

    boolean done() {
        return done;
    }

    /** The next row of the current entry, or null at its (checked) end. */
    String[] next() throws IOException, PackageRefused {
        if (done) {
            return null;
        }
        while (true) {
            int lf = indexOfLf(scan, lim);
            if (lf >= 0) {
                if (rows == entry.rows()) {
                    throw mismatch("more rows than the manifest states");
                }
                String[] row = parse(pos, lf);
                rows++;
                pos = lf + 1;
                scan = pos;
                return row;
            }
            scan = lim;
            if (!exhausted) {
                fill();
            } else if (pos < lim) {
                throw mismatch("the last row has no line end");
            } else {
                if (rows != entry.rows()) {
                    throw mismatch(rows + " rows where the manifest states " + entry.rows());
                }
                if (!source.hashMatches()) {
                    throw mismatch("the SM3 of the entry is not the manifest's");
                }
                done = true;
                return null;
            }
        }
    }

    /** After the last entry: the payload must be intact and hold nothing more. */
    void requireEnd() throws IOException, PackageRefused {
        source.requireEnd();
    }

    private int indexOfLf(int from, int to) {
        byte[] b = buf;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void fill() throws IOException, PackageRefused {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            scan -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            if (buf.length >= MAX_ROW_BYTES) {
                throw mismatch("a row longer than 16 MiB");
            }
            buf = Arrays.copyOf(buf, Math.min(MAX_ROW_BYTES, buf.length * 2));
        }
        int n = source.read(buf, lim, buf.length - lim);
        if (n < 0) {
            exhausted = true;
        } else {
            lim += n;
        }
    }

    private String[] parse(int from, int lf) throws PackageRefused {
        String[] row = new String[width];
        int field = 0;
        int start = from;
        boolean escaped = false;
        byte[] b = buf;
        for (int i = from; i < lf; i++) {
            byte c = b[i];
            if (c == '\t') {
                if (field == width - 1) {
                    throw mismatch("more fields than columns");
                }
                row[field++] = value(start, i, escaped);
                start = i + 1;
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '\r') {
                throw mismatch("a carriage return that is not escaped");
            }
        }
        if (field != width - 1) {
            throw mismatch("fewer fields than columns");
        }
        row[field] = value(start, lf, escaped);
        return row;
    }

    private String value(int start, int end, boolean escaped) throws PackageRefused {
        if (!escaped) {
            return text(buf, start, end - start);
        }
        if (end - start == 2 && buf[start] == '\\' && buf[start + 1] == 'N') {
            return null;
        }
        if (scratch.length < end - start) {
            scratch = new byte[Math.max(end - start, scratch.length * 2)];
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            byte c = buf[i];
            if (c != '\\') {
                scratch[n++] = c;
                continue;
            }
            if (++i == end) {
                throw mismatch("a value ends in a lone backslash");
            }
            switch (buf[i]) {
                case '\\':
                    scratch[n++] = '\\';
                    break;
                case 't':
                    scratch[n++] = '\t';
                    break;
                case 'n':
                    scratch[n++] = '\n';
                    break;
                case 'r':
                    scratch[n++] = '\r';
                    break;
                default:
                    throw mismatch("an unknown escape");
            }
        }
        return text(scratch, 0, n);
    }

    /** UTF-8 text; the fast decoder replaces bad bytes with U+FFFD, so a value holding one is checked strictly. */
    private String text(byte[] b, int off, int len) throws PackageRefused {
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            try {
                strict.reset();
                strict.decode(ByteBuffer.wrap(b, off, len));
            } catch (CharacterCodingException e) {
                throw mismatch("a value that is not UTF-8");
            }
        }
        return s;
    }

    private PackageRefused mismatch(String detail) {
        return new PackageRefused(Reason.ENTRY_MISMATCH, "entry '" + entry.name() + "' row " + (rows + 1) + ": "
                + detail);
    }
}
