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
 * <p>The answers for values the parser did not recognise ({@link ColumnMapping#values()}) follow, one
 * {@code FIELD.VALUE=ANSWER} line each: the field, a point, the value (as typed or in
 * {@link SheetText#normalise normal form}; written in normal form, an {@code =} in it as the full-width
 * {@code U+FF1D}, which reads back as {@code =}), and the answer, a constant of the field's values
 * ({@link ValueOptions#codes}) or {@code EMPTY} for "leave empty":
 *
 * <pre>
 * VACCINATION.2doses=COMPLETE
 * FAMILY_DOCTOR_CONTRACT.signedbefore=YES
 * TIER.watch=EMPTY
 * </pre>
 *
 * Text without such lines reads as before, with no answers. A value answered twice, a field without values to
 * map or an answer the field does not offer throws like any other unreadable line.
 *
 * The text layer is {@link KeyValueCodec#lines}. Reading tolerates blank lines, {@code #} comments, spaces, lower-case letters and 0-based numbers instead
 * of letters; an unknown column name, a column mapped twice or an unreadable line throws
 * {@link IllegalArgumentException} with the line in the message.
 */
public final class ColumnMappingCodec {

    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "1";
    private static final KeyValueCodec TEXT = KeyValueCodec.lines("column mapping", "COLUMN=FIELD or FIELD.VALUE=ANSWER");
    private static final char VALUE_SEPARATOR = '.';
    private static final char FULL_WIDTH_EQUALS = '\uff1d';

    private ColumnMappingCodec() {
    }

    public static String encode(ColumnMapping mapping) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(FORMAT, CURRENT_FORMAT);
        mapping.asMap().forEach((i, c) -> entries.put(letters(i),
                mapping.question(c).map(YesNoQuestion::code).orElse(c.name())));
        entries.putAll(valueLines(mapping.values()));
        return TEXT.write(entries);
    }

    /** The {@code FIELD.VALUE=ANSWER} entries of the answers, fields in ledger order, values sorted. */
    public static Map<String, String> valueLines(ValueMapping values) {
        Map<String, String> entries = new LinkedHashMap<>();
        values.asMap().forEach((column, answers) -> answers.forEach((key, answer) -> {
            if (key.indexOf('\u0085') < 0) {
                entries.put(valueKey(column, key), answer.code());
            }
        }));
        return entries;
    }

    /**
     * The key of the value line for {@code value} of {@code column}: {@code FIELD.VALUE}, the value in normal form
     * with an {@code =} written full-width.
     */
    public static String valueKey(LedgerColumn column, String value) {
        return column.name() + VALUE_SEPARATOR + SheetText.normalise(value).replace('=', FULL_WIDTH_EQUALS);
    }

    public static ColumnMapping decode(String text) {
        Map<Integer, LedgerColumn> m = new TreeMap<>();
        Map<LedgerColumn, String> seen = new TreeMap<>();
        List<YesNoQuestion> questions = new ArrayList<>();
        ValueMapping answers = ValueMapping.empty();
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
            if (key.indexOf(VALUE_SEPARATOR) >= 0) {
                answers = answer(answers, key, value, lineNo);
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
        return mapping.withValues(answers);
    }

    private static ValueMapping answer(ValueMapping answers, String key, String value, int lineNo) {
        int dot = key.indexOf(VALUE_SEPARATOR);
        String field = key.substring(0, dot).strip().toUpperCase(Locale.ROOT);
        String typed = key.substring(dot + 1);
        LedgerColumn column;
        try {
            column = LedgerColumn.valueOf(field);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("column mapping line " + lineNo + ": unknown field " + field, ex);
        }
        if (!ValueOptions.maps(column)) {
            throw new IllegalArgumentException("column mapping line " + lineNo + ": " + column
                    + " has no values to map");
        }
        if (SheetText.isBlank(typed)) {
            throw new IllegalArgumentException("column mapping line " + lineNo + ": no value after " + column
                    + VALUE_SEPARATOR);
        }
        if (answers.answer(column, typed).isPresent()) {
            throw new IllegalArgumentException("column mapping line " + lineNo + ": " + column + " value "
                    + SheetText.normalise(typed) + " answered twice");
        }
        try {
            return answers.with(column, typed, ValueOptions.parse(column, value));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("column mapping line " + lineNo + ": " + ex.getMessage(), ex);
        }
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
