package io.guankou.model.id;

/** The arithmetic of GB 11643-1999 resident ID numbers, and masking for screens and projectors. */
public final class ResidentIds {

    /** GB 11643-1999 weights of digits 1–17 (2^(18-i) mod 11). */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for (weighted sum mod 11) = 0..10. */
    private static final String CHECK_CHARACTERS = "10X98765432";

    private static final int KEEP_HEAD = 6;
    private static final int KEEP_TAIL = 4;

    private ResidentIds() {
    }

    /**
     * The check character (0–9 or X) of the first 17 digits.
     *
     * @throws IllegalArgumentException unless {@code first17} is exactly 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("need exactly 17 digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The 18-character number: {@code first17} followed by its check character. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /**
     * 500235194501011234 → 500235********1234: keeps the region code and the last four, hides the birth date.
     * Never throws: null gives "", and anything too short to keep both ends is masked completely,
     * because showing most of a short fragment would defeat the point.
     */
    public static String mask(String id) {
        if (id == null) {
            return "";
        }
        String s = id.strip();
        int n = s.length();
        if (n <= KEEP_HEAD + KEEP_TAIL) {
            return "*".repeat(n);
        }
        return s.substring(0, KEEP_HEAD) + "*".repeat(n - KEEP_HEAD - KEEP_TAIL) + s.substring(n - KEEP_TAIL);
    }
}
