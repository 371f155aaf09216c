package io.guankou.persistence.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CSV parser's fields and records (RFC 4180 as Excel writes it), also when a field, a doubled quote or a CRLF
 * is cut by the end of the parser's buffer: checked against the rules on examples, then against a plain
 * character-at-a-time reading of the same rules on random texts, with buffers of 1 to 7 characters.
 */
class CsvParserTest {

    @Test
    void fieldsQuotesAndLineEnds() throws IOException {
        assertThat(parse("a,b,c\r\nd,\"e,f\",g\n\"h\"\"i\"\rj", 16 * 1024)).containsExactly(
                new SheetRow(1, List.of("a", "b", "c")),
                new SheetRow(2, List.of("d", "e,f", "g")),
                new SheetRow(3, List.of("h\"i")),
                new SheetRow(4, List.of("j")));
        // a line break inside quotes stays in the field and does not count as a record
        assertThat(parse("\"前进村\r\n4组\",x\r\ny", 3)).containsExactly(
                new SheetRow(1, List.of("前进村\r\n4组", "x")),
                new SheetRow(2, List.of("y")));
        // a quote that does not open the field is text; text after a closing quote joins the field
        assertThat(parse("5\"2,\"ab\"cd,\"\"\"\"", 2)).containsExactly(
                new SheetRow(1, List.of("5\"2", "abcd", "\"")));
        // blank records are skipped but counted, an empty quoted field is empty, the last line needs no line end
        assertThat(parse("a\r\n\r\n,\"\",b", 1)).containsExactly(
                new SheetRow(1, List.of("a")),
                new SheetRow(3, List.of("", "", "b")));
        assertThat(parse("", 4)).isEmpty();
        assertThat(parse("\"unclosed,\r\nfield", 4)).containsExactly(new SheetRow(1, List.of("unclosed,\r\nfield")));
    }

    @Test
    void sameAsReadingOneCharacterAtATime() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"a", "b", "中", ",", ",", "\"", "\"", "\r", "\n", "\r\n", " ", "\t"};
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String csv = text.toString();
            List<SheetRow> expected = reference(csv);
            for (int size = 1; size <= 7; size++) {
                assertThat(parse(csv, size)).as("buffer %d, text [%s]", size, csv).isEqualTo(expected);
            }
        }
    }

    private static List<SheetRow> parse(String csv, int bufferSize) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        new CsvSource.Parser(new StringReader(csv), ',', pump(rows), bufferSize).run();
        return rows;
    }

    private static RowPump pump(List<SheetRow> rows) {
        return new RowPump(rows::add, f -> { }, () -> false, () -> -1, Integer.MAX_VALUE);
    }

    /** The rules one character at a time. */
    private static List<SheetRow> reference(String csv) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        RowPump pump = pump(rows);
        Reader in = new StringReader(csv);
        int record = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean pending = false;
        int c = in.read();
        while (c >= 0) {
            int next = in.read();
            if (quoted) {
                if (c == '"' && next == '"') {
                    field.append('"');
                    next = in.read();
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                pending = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && next == '\n') {
                    next = in.read();
                }
                fields.add(field.toString());
                field.setLength(0);
                pump.row(++record, fields);
                fields = new ArrayList<>();
                pending = false;
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                pending = true;
            } else {
                field.append((char) c);
                pending = true;
            }
            c = next;
        }
        if (pending || field.length() > 0) {
            fields.add(field.toString());
            pump.row(++record, fields);
        }
        return rows;
    }
}
