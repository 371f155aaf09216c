package io.guankou.model.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text layer of every {@code key=value} format the app stores or reads: ordered entries, each a key, the
 * first {@code =}, and a value; keys and values are read without surrounding white space. What the keys mean is
 * the caller's business (tier rules, column mappings, contact targets, referral rules).
 *
 * <p>Two layouts, both as they have always been stored, so existing settings keep decoding:
 * <ul>
 * <li>{@link #lines}: one entry per line, each written with a closing {@code '\n'}; any line break is read;
 * blank lines, lines starting with {@code #} and a leading byte-order mark are skipped (files users write).</li>
 * <li>{@link #semicolons}: entries joined by {@code ;} on one line, nothing after the last; empty entries are
 * skipped.</li>
 * </ul>
 * Nothing is escaped: a key or value that could not be read back as written (a separator, a line break, an
 * {@code =} in a key, surrounding white space, a key starting with {@code #}) is refused when writing. An entry
 * without {@code =} or with an empty key is refused when reading, naming its line (or entry) number.
 */
public final class KeyValueCodec {

    /** One entry as read: its 1-based line (or entry) number, for messages. */
    public record Entry(int number, String key, String value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    private final String what;
    private final String shape;
    private final boolean lines;

    private KeyValueCodec(String what, String shape, boolean lines) {
        this.what = Objects.requireNonNull(what, "what");
        this.shape = Objects.requireNonNull(shape, "shape");
        this.lines = lines;
    }

    /**
     * One entry per line.
     *
     * @param what  the format's name in messages ("tier rules")
     * @param shape how an entry looks, in messages ("key=value", "COLUMN=FIELD")
     */
    public static KeyValueCodec lines(String what, String shape) {
        return new KeyValueCodec(what, shape, true);
    }

    /** Entries joined by {@code ;}; {@code what} names the format in messages. */
    public static KeyValueCodec semicolons(String what) {
        return new KeyValueCodec(what, "key=value", false);
    }

    /** The entries in text order (a repeated key appears twice); {@code null} text is refused. */
    public List<Entry> parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no " + what + " text");
        }
        String[] parts = lines ? text.split("\\R") : text.split(";");
        List<Entry> entries = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (lines && part.startsWith("\ufeff")) {
                part = part.substring(1).strip();
            }
            if (part.isEmpty() || lines && part.startsWith("#")) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(what + (lines ? " line " : " entry ") + (i + 1) + " is not "
                        + shape + ": " + part);
            }
            entries.add(new Entry(i + 1, part.substring(0, eq).strip(), part.substring(eq + 1).strip()));
        }
        return List.copyOf(entries);
    }

    /** The entries by key in text order; of a repeated key the last one counts. */
    public Map<String, String> parseMap(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Entry e : parse(text)) {
            m.remove(e.key());
            m.put(e.key(), e.value());
        }
        return m;
    }

    /** The entries in the map's order, in this layout. */
    public String write(Map<String, String> entries) {
        StringBuilder b = new StringBuilder();
        entries.forEach((k, v) -> {
            check(k, v);
            if (!lines && !b.isEmpty()) {
                b.append(';');
            }
            b.append(k).append('=').append(v);
            if (lines) {
                b.append('\n');
            }
        });
        return b.toString();
    }

    private void check(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value of " + key);
        if (key.isEmpty() || !key.strip().equals(key) || key.indexOf('=') >= 0 || lines && key.startsWith("#")
                || breaks(key)) {
            throw new IllegalArgumentException(what + ": cannot write the key \"" + key + "\"");
        }
        if (!value.strip().equals(value) || breaks(value)) {
            throw new IllegalArgumentException(what + ": cannot write the value of " + key + ": \"" + value + "\"");
        }
    }

    /** A line break anywhere, or a semicolon in the semicolon layout, would end the entry early. */
    private boolean breaks(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0
                || s.indexOf('\u0085') >= 0 || s.indexOf('\u000B') >= 0 || s.indexOf('\f') >= 0
                || !lines && s.indexOf(';') >= 0;
    }
}
