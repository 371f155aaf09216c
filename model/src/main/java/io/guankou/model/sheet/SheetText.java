package io.guankou.model.sheet;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal form in which header cells and typed values are compared with the word lists: Unicode NFKC
 * (full-width letters, digits, brackets and colons become half-width), every kind of white space and line
 * break removed, the bracket variants people type turned into round brackets, required-field stars and
 * trailing colons dropped, lower case.
 */
public final class SheetText {

    private SheetText() {
    }

    /** The normal form of a cell; {@code null} gives the empty string. */
    public static String normalise(String cell) {
        if (cell == null) {
            return "";
        }
        if (isNormal(cell)) {
            return cell;
        }
        String s = halfWidth(cell);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            b.append(bracket(c));
        }
        int start = 0;
        int end = b.length();
        while (start < end && b.charAt(start) == '*') {
            start++;
        }
        while (end > start && (b.charAt(end - 1) == ':' || b.charAt(end - 1) == '*')) {
            end--;
        }
        return b.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Full-width forms as a Chinese input method types them made half-width (Unicode NFKC): digits, Latin letters,
     * full-width point, comma, colon and percent sign, the ideographic space; U+2103 (degree Celsius) becomes
     * {@code °C}. Nothing removed, case kept; {@code null} gives the empty string.
     */
    public static String halfWidth(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * True if the cell is null, empty or white space only (including the ideographic space), i.e. its normal form is
     * empty. Asked for every cell of every row, so a cell holding an ASCII letter or digit or a CJK ideograph (which
     * the normal form keeps) is answered without normalising it.
     */
    public static boolean isBlank(String cell) {
        if (cell == null) {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '\u4e00' && c <= '\u9fff') {
                return false;
            }
        }
        return normalise(cell).isEmpty();
    }

    /**
     * Whether a text is its own normal form because it holds only digits, lower-case ASCII letters and CJK
     * ideographs (U+4E00 to U+9FFF), which NFKC, the bracket and star rules and lower-casing all keep: most cells
     * of a ledger (a sex, a disease, a dose count, an ID), answered without building a new string.
     */
    private static boolean isNormal(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= '\u4e00' && c <= '\u9fff')) {
                return false;
            }
        }
        return true;
    }

    private static char bracket(char c) {
        return switch (c) {
            // [ { and the CJK lenticular, tortoise-shell and white brackets
            case '[', '{', '\u3010', '\u3014', '\u3016', '\u3008', '\u300a' -> '(';
            case ']', '}', '\u3011', '\u3015', '\u3017', '\u3009', '\u300b' -> ')';
            default -> c;
        };
    }
}
