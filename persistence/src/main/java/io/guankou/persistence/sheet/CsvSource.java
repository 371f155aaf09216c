package io.guankou.persistence.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as Excel opens it: RFC 4180 fields (quotes, doubled quotes, delimiters and line breaks inside
 * quotes), CRLF, LF or CR line ends. Fields are the text in the file, not converted to numbers or dates as
 * Excel would (so an 18-digit ID written in a CSV stays whole).
 *
 * <p>The encoding is decided from the bytes, never asked: a UTF-8 or UTF-16 byte-order mark wins; else
 * UTF-8 when every byte sequence is valid UTF-8; else GB18030 (a superset of GBK and GB2312, what Excel
 * writes for "CSV" on a Chinese Windows). The delimiter is a comma, or a tab when the first line has tabs
 * and no commas.
 */
final class CsvSource implements Source {

    /** The only sheet of a CSV file, named like the file as Excel does. */
    private final String sheetName;
    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private final long size;
    private volatile CountingInputStream current;

    private CsvSource(Path file, Charset charset, int bomLength, char delimiter) throws IOException {
        this.file = file;
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.sheetName = dot > 0 ? name.substring(0, dot) : name;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
        this.size = Files.size(file);
    }

    static CsvSource open(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Charset charset;
        int bom = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        }
        return new CsvSource(file, charset, bom, delimiterOf(file, charset, bom));
    }

    Charset charset() {
        return charset;
    }

    /**
     * Whether the whole file is well-formed UTF-8, as the JDK's strict decoder judges it (no overlong forms, no
     * surrogates, nothing above U+10FFFF, no sequence cut off at the end). One pass over the bytes without decoding
     * them: about 10 ms for the 19 MB of a 100,000-row ledger.
     */
    static boolean isUtf8(Path file) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        int carry = 0; // bytes of a sequence cut by the buffer's end, moved to its start
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int n = in.read(bytes, carry, bytes.length - carry);
                if (n < 0) {
                    return carry == 0;
                }
                int end = carry + n;
                int complete = utf8Prefix(bytes, end);
                if (complete < 0) {
                    return false;
                }
                carry = end - complete;
                System.arraycopy(bytes, complete, bytes, 0, carry);
            }
        }
    }

    /**
     * How many of the first {@code end} bytes are complete, well-formed UTF-8 sequences; the rest (at most 3 bytes)
     * is the start of a sequence that goes on past {@code end}. -1 when a malformed sequence comes first.
     */
    static int utf8Prefix(byte[] b, int end) {
        int i = 0;
        while (i < end) {
            int lead = b[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int length;
            int min = 0x80; // the second byte's range, narrower after E0, ED, F0, F4
            int max = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                if (lead == 0xE0) {
                    min = 0xA0;
                } else if (lead == 0xED) {
                    max = 0x9F;
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                if (lead == 0xF0) {
                    min = 0x90;
                } else if (lead == 0xF4) {
                    max = 0x8F;
                }
            } else {
                return -1;
            }
            for (int k = 1; k < length; k++) {
                if (i + k >= end) {
                    return i; // cut off: judged with the next bytes
                }
                int c = b[i + k] & 0xFF;
                if (k == 1 ? c < min || c > max : c < 0x80 || c > 0xBF) {
                    return -1;
                }
            }
            i += length;
        }
        return end;
    }

    private static char delimiterOf(Path file, Charset charset, int bom) throws IOException {
        try (Reader reader = reader(Files.newInputStream(file), charset, bom)) {
            int commas = 0;
            int tabs = 0;
            boolean quoted = false;
            for (int i = 0, c; i < 64 * 1024 && (c = reader.read()) >= 0; i++) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == '\t') {
                    tabs++;
                }
            }
            return tabs > 0 && commas == 0 ? '\t' : ',';
        }
    }

    private static Reader reader(InputStream in, Charset charset, int bom) throws IOException {
        InputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.skipNBytes(bom);
        return new InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    @Override
    public List<String> sheetNames() {
        return List.of(sheetName);
    }

    @Override
    public void read(RowPump pump) throws IOException {
        try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
             Reader reader = reader(counting, charset, bomLength)) {
            current = counting;
            new Parser(reader, delimiter, pump).run();
        } finally {
            current = null;
        }
    }

    @Override
    public double fraction() {
        CountingInputStream in = current;
        if (in == null || size <= 0) {
            return -1;
        }
        return Math.min(1.0, (double) in.count() / size);
    }

    @Override
    public void close() {
        // nothing held open between reads
    }

    /**
     * RFC 4180 over a buffered reader: a quote opens a quoted field only as the field's first character (elsewhere
     * it is text), a doubled quote inside one is a quote, and a record ends at CRLF, LF or CR outside quotes. Runs of
     * plain characters are taken from the buffer at once, and a field that lies whole in the buffer becomes its
     * string without an intermediate copy.
     */
    static final class Parser {

        static final int BUFFER = 16 * 1024;

        private final Reader reader;
        private final char delimiter;
        private final RowPump pump;
        private final char[] buffer;
        private int position;
        private int limit;

        Parser(Reader reader, char delimiter, RowPump pump) {
            this(reader, delimiter, pump, BUFFER);
        }

        /** With a buffer of {@code bufferSize} characters (tests use tiny ones to cross its end everywhere). */
        Parser(Reader reader, char delimiter, RowPump pump, int bufferSize) {
            this.reader = reader;
            this.delimiter = delimiter;
            this.pump = pump;
            this.buffer = new char[bufferSize];
        }

        /** Whether there is a character at {@code position}, reading more when the buffer is used up. */
        private boolean more() throws IOException {
            if (position < limit) {
                return true;
            }
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return false;
            }
            return true;
        }

        void run() throws IOException {
            int record = 0;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String whole = null; // the current field, when it was taken from the buffer in one piece
            boolean pending = false; // something read since the last record ended
            while (more()) {
                char c = buffer[position];
                if (c == delimiter) {
                    position++;
                    fields.add(take(whole, field));
                    whole = null;
                    pending = true;
                } else if (c == '\r' || c == '\n') {
                    position++;
                    if (c == '\r' && more() && buffer[position] == '\n') {
                        position++;
                    }
                    fields.add(take(whole, field));
                    whole = null;
                    pump.row(++record, fields);
                    fields = new ArrayList<>(fields.size());
                    pending = false;
                } else if (c == '"' && whole == null && field.length() == 0) {
                    position++;
                    quoted(field);
                    pending = true;
                } else {
                    if (whole != null) {
                        field.append(whole);
                        whole = null;
                    }
                    int start = position;
                    while (position < limit && (c = buffer[position]) != delimiter && c != '\r' && c != '\n') {
                        position++;
                    }
                    if (field.length() == 0 && position < limit) {
                        whole = new String(buffer, start, position - start);
                    } else {
                        field.append(buffer, start, position - start);
                    }
                    pending = true;
                }
            }
            if (pending || whole != null || field.length() > 0) {
                fields.add(take(whole, field));
                pump.row(++record, fields);
            }
        }

        /** The rest of a quoted field, up to its closing quote (or the end of the file). */
        private void quoted(StringBuilder field) throws IOException {
            while (more()) {
                int start = position;
                while (position < limit && buffer[position] != '"') {
                    position++;
                }
                field.append(buffer, start, position - start);
                if (position == limit) {
                    continue;
                }
                position++; // a quote: doubled it is one, else the field's end
                if (more() && buffer[position] == '"') {
                    position++;
                    field.append('"');
                } else {
                    return;
                }
            }
        }

        private static String take(String whole, StringBuilder field) {
            if (whole != null) {
                return whole;
            }
            String s = field.toString();
            field.setLength(0);
            return s;
        }
    }
}
