package io.guankou.model.sheet;

import io.guankou.model.codec.KeyValueCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link ColumnMapping} as text, for a setting or a {@code --mapping} file: one {@code LETTER=COLUMN} line
 * per mapped column, with Excel's column letters, after a {@code format=1} line. Equal mappings give equal
 * text.
 *
 * <pre>
 * format=1
 * A=NAME
 * B=RESIDENT_ID
 * AB=TIER
 * </pre>
 *
 * A column recognised through a header that asks yes/no ({@link YesNoQuestion}) is written with its question,
 * {@code C=INFECTION.INFECTED.NEVER}; text without questions reads as before.
 *
 * The text layer is {@link KeyValueCodec#lines}. Reading tolerates blank lines, {@code #} comments, spaces, lower-case letters and 0-based numbers instead
 * of letters; an unknown column name, a column mapped twice or an unreadable line throws
 * {@link IllegalArgumentException} with the line in the message.
 */
public final class ColumnMappingCodec {

    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "1";
    private static final KeyValueCodec TEXT = KeyValueCodec.lines("column mapping", "COLUMN=FIELD");

    private ColumnMappingCodec() {
    }

    public static String encode(ColumnMapping mapping) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(FORMAT, CURRENT_FORMAT);
        mapping.asMap().forEach((i, c) -> entries.put(letters(i),
                mapping.question(c).map(YesNoQuestion::code).orElse(c.name())));
        return TEXT.write(entries);
    }

    public static ColumnMapping decode(String text) {
        Map<Integer, LedgerColumn> m = new TreeMap<>();
        Map<LedgerColumn, String> seen = new TreeMap<>();
        List<YesNoQuestion> questions = new ArrayList<>();
        for (KeyValueCodec.Entry e : TEXT.parse(text)) {
            int lineNo = e.number();
            String key = e.key();
            String value = e.value();
            if (key.equalsIgnoreCase(FORMAT)) {
                if (!CURRENT_FORMAT.equals(value)) {
                    throw new IllegalArgumentException("unsupported column mapping format: " + value);
                }
                continue;
            }
            int index = index(key, lineNo);
            LedgerColumn column;
            try {
                if (value.indexOf('.') >= 0) {
                    YesNoQuestion q = YesNoQuestion.parse(value.toUpperCase(Locale.ROOT));
                    questions.add(q);
                    column = q.column();
                } else {
                    column = LedgerColumn.valueOf(value.toUpperCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("column mapping line " + lineNo + ": unknown field " + value, ex);
            }
            String before = seen.put(column, key);
            if (before != null) {
                throw new IllegalArgumentException("column mapping line " + lineNo + ": " + column
                        + " already mapped to " + before);
            }
            if (m.put(index, column) != null) {
                throw new IllegalArgumentException("column mapping line " + lineNo + ": column " + key
                        + " mapped twice");
            }
        }
        ColumnMapping mapping = ColumnMapping.of(m);
        for (YesNoQuestion q : questions) {
            mapping = mapping.withQuestion(q);
        }
        return mapping;
    }

    /** Excel's letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String letters(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative column index " + index);
        }
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.append((char) ('A' + (n - 1) % 26));
        }
        return b.reverse().toString();
    }

    /** The 0-based index of Excel column letters ("A" → 0, "aa" → 26). */
    public static int index(String letters) {
        String s = letters.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > 4) {
            throw new IllegalArgumentException("not a column: " + letters);
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                throw new IllegalArgumentException("not a column: " + letters);
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    private static int index(String key, int lineNo) {
        try {
            if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(key);
            }
            return index(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column mapping line " + lineNo + ": not a column: " + key, e);
        }
    }
}
