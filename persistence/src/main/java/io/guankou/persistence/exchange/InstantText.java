package io.guankou.persistence.exchange;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** An instant as the ledger stores it ({@code SqlText.instant}: {@code 2026-11-23T02:00:00.000Z}), checked cheaply. */
final class InstantText {

    private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.dddZ";

    private InstantText() {
    }

    static boolean valid(String text) {
        if (text == null) {
            return false;
        }
        if (text.length() == SHAPE.length() && shaped(text)) {
            return true;
        }
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean shaped(String text) {
        for (int i = 0; i < SHAPE.length(); i++) {
            char s = SHAPE.charAt(i);
            char c = text.charAt(i);
            if (s == 'd' ? c < '0' || c > '9' : c != s) {
                return false;
            }
        }
        return true;
    }
}
