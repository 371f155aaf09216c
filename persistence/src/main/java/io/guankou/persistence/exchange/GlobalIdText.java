package io.guankou.persistence.exchange;

/**
 * A global id as a package carries it: the canonical text of a UUID (36 characters, lower-case hex digits, hyphens
 * at 8, 13, 18 and 23), the form every Guankou ledger stores. Read into its two halves without making objects, so
 * that a million rows cost no garbage; anything else is malformed.
 */
final class GlobalIdText {

    private GlobalIdText() {
    }

    /** Whether {@code text} is a canonical UUID. */
    static boolean valid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (hex(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The most significant 64 bits of a {@link #valid} id. */
    static long high(String text) {
        return bits(text, 0, 8) << 32 | bits(text, 9, 13) << 16 | bits(text, 14, 18);
    }

    /** The least significant 64 bits of a {@link #valid} id. */
    static long low(String text) {
        return bits(text, 19, 23) << 48 | bits(text, 24, 36);
    }

    private static long bits(String text, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v << 4 | hex(text.charAt(i));
        }
        return v;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
