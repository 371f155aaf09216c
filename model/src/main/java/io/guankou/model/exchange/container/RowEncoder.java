package io.guankou.model.exchange.container;

import java.io.IOException;

/**
 * Encodes rows as the entry text of the format (PostgreSQL COPY text): fields separated by TAB, each row ending in
 * LF, SQL NULL as {@code \N}, and backslash, TAB, LF, CR in a value as {@code \\ \t \n \r}; UTF-8. Bytes collect
 * in one buffer that goes to the target when full or when flushed, so a row costs no allocation.
 */
final class RowEncoder {

    /** Takes a full buffer and gives back an empty one to go on with. */
    interface Target {
        byte[] swap(byte[] full, int len) throws IOException;
    }

    /** A long value is encoded in pieces of this many chars, each at most 3 bytes a char, to fit the buffer. */
    private static final int PIECE_CHARS = 16 * 1024;

    private final Target target;
    private byte[] buf;
    private int pos;

    /** {@code first} must hold at least 64 KiB. */
    RowEncoder(Target target, byte[] first) {
        if (first.length < 64 * 1024) {
            throw new IllegalArgumentException("an encoding buffer holds at least 64 KiB");
        }
        this.target = target;
        this.buf = first;
    }

    /**
     * One row; the caller has checked the number of values.
     *
     * @throws IllegalArgumentException naming the column (from 0) of a value that is not text (an unpaired
     *                                  surrogate), which UTF-8 cannot carry
     */
    void row(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                ensure(1);
                buf[pos++] = '\t';
            }
            String value = values[i];
            if (value == null) {
                ensure(2);
                buf[pos++] = '\\';
                buf[pos++] = 'N';
            } else {
                value(value, i);
            }
        }
        ensure(1);
        buf[pos++] = '\n';
    }

    void flush() throws IOException {
        if (pos > 0) {
            int n = pos;
            pos = 0;
            buf = target.swap(buf, n);
        }
    }

    private void ensure(int bytes) throws IOException {
        if (pos + bytes > buf.length) {
            flush();
        }
    }

    private void value(String s, int column) throws IOException {
        int length = s.length();
        int from = 0;
        while (from < length) {
            int to = Math.min(length, from + PIECE_CHARS);
            if (to < length && Character.isHighSurrogate(s.charAt(to - 1))) {
                to++; // keep a surrogate pair in one piece
            }
            ensure((to - from) * 3);
            pos = encode(s, from, to, buf, pos, column);
            from = to;
        }
    }

    private static int encode(String s, int from, int to, byte[] b, int p, int column) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '\\') {
                    b[p++] = (byte) c;
                } else if (c == '\\') {
                    b[p++] = '\\';
                    b[p++] = '\\';
                } else if (c == '\t') {
                    b[p++] = '\\';
                    b[p++] = 't';
                } else if (c == '\n') {
                    b[p++] = '\\';
                    b[p++] = 'n';
                } else if (c == '\r') {
                    b[p++] = '\\';
                    b[p++] = 'r';
                } else {
                    b[p++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                throw new IllegalArgumentException("column " + column + " holds an unpaired surrogate, which is not text");
            }
        }
        return p;
    }
}
