package io.guankou.persistence.exchange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * How a column's values travel as package text and are stored: from its declared SQL type (SQLite affinity rules:
 * {@code INT} → integer, {@code BOOL} → 0 or 1, {@code REAL}/{@code DOUBLE}/{@code FLOA} → a finite number, anything
 * else text). Values are held as {@code Long}, {@code Double} or {@code String}, so that a local and an incoming
 * value compare with {@code equals}.
 */
enum ColumnKind {
    TEXT,
    INTEGER,
    BOOLEAN,
    REAL;

    static ColumnKind ofDeclared(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        if (t.contains("BOOL")) {
            return BOOLEAN;
        }
        if (t.contains("INT")) {
            return INTEGER;
        }
        if (t.contains("REAL") || t.contains("DOUB") || t.contains("FLOA")) {
            return REAL;
        }
        return TEXT;
    }

    /**
     * The value of a package field ({@code null} stays null).
     *
     * @throws IllegalArgumentException when the text is no value of this kind
     */
    Object parse(String text) {
        if (text == null) {
            return null;
        }
        switch (this) {
            case INTEGER:
                return parseLong(text);
            case BOOLEAN:
                if (text.equals("0")) {
                    return 0L;
                }
                if (text.equals("1")) {
                    return 1L;
                }
                throw new IllegalArgumentException("not 0 or 1");
            case REAL:
                double d;
                try {
                    d = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number");
                }
                if (!Double.isFinite(d) || text.strip().length() != text.length()) {
                    throw new IllegalArgumentException("not a finite number");
                }
                return d;
            default:
                return text;
        }
    }

    /** The text a package or the conflict list holds for a value of this kind. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, this == TEXT ? Types.VARCHAR : this == REAL ? Types.DOUBLE : Types.BIGINT);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else {
            ps.setString(index, (String) value);
        }
    }

    /** The stored value at a result column, as this kind holds it. */
    Object read(ResultSet rs, int index) throws SQLException {
        switch (this) {
            case INTEGER:
            case BOOLEAN:
                long l = rs.getLong(index);
                return rs.wasNull() ? null : l;
            case REAL:
                double d = rs.getDouble(index);
                return rs.wasNull() ? null : d;
            default:
                return rs.getString(index);
        }
    }

    private static long parseLong(String text) {
        int n = text.length();
        boolean negative = n > 0 && text.charAt(0) == '-';
        int first = negative ? 1 : 0;
        if (n == first || n - first > 18) {
            if (n - first > 18) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not an integer");
                }
            }
            throw new IllegalArgumentException("not an integer");
        }
        long v = 0;
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an integer");
            }
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }
}
