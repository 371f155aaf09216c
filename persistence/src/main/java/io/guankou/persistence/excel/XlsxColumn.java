package io.guankou.persistence.excel;

import java.util.Objects;

/**
 * One column of an exported sheet: its header text, width in characters (as Excel counts them; a Chinese
 * character needs about two) and how its cells are written.
 */
public record XlsxColumn(String header, int widthChars, Kind kind) {

    /** Excel refuses column widths above 255 characters. */
    public static final int MAX_WIDTH_CHARS = 255;

    /** How a column's cells are written. */
    public enum Kind {
        /** Text, also when it looks like a number: resident IDs and phone numbers must never become numbers. */
        TEXT,
        NUMBER,
        /** yyyy-mm-dd */
        DATE,
        /** yyyy-mm-dd hh:mm */
        DATETIME,
        /** A {@link TierCell}: its text on the tier's colour. */
        TIER
    }

    public XlsxColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (widthChars < 1 || widthChars > MAX_WIDTH_CHARS) {
            throw new IllegalArgumentException("column width must be 1.." + MAX_WIDTH_CHARS + ": " + widthChars);
        }
    }
}
