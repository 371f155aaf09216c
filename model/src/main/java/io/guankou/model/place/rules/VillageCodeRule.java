package io.guankou.model.place.rules;

import io.guankou.model.place.TownshipCodeRule;
import java.util.Optional;

/**
 * The shape of a village or community code (DOMAIN.md §1): the 12-digit statistical division code, whose first 9
 * digits are the township's code and whose last 3 number the village within it (never 000, which is the
 * township itself). Whether the code is an official one is not checked; only its shape and its township.
 */
public final class VillageCodeRule {

    /** Digits of a village code. */
    public static final int LENGTH = TownshipCodeRule.VILLAGE_LENGTH;

    private VillageCodeRule() {
    }

    /** The code as stored: spaces around it dropped, full-width digits (0–9) made ASCII. */
    public static String normalize(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(code.strip());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                b.setCharAt(i, (char) ('0' + (c - '\uFF10')));
            }
        }
        return b.toString();
    }

    /** The first thing wrong with {@code code} (normalised) for a village of {@code townshipCode}, or empty. */
    public static Optional<PlaceProblem.Kind> check(String code, String townshipCode) {
        String c = normalize(code);
        if (c.isEmpty()) {
            return Optional.of(PlaceProblem.Kind.REQUIRED);
        }
        if (!c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.of(PlaceProblem.Kind.NOT_DIGITS);
        }
        if (c.length() != LENGTH) {
            return Optional.of(PlaceProblem.Kind.WRONG_LENGTH);
        }
        if (!c.startsWith(townshipCode)) {
            return Optional.of(PlaceProblem.Kind.OUTSIDE_TOWNSHIP);
        }
        if (c.endsWith("000")) {
            return Optional.of(PlaceProblem.Kind.NOT_A_VILLAGE);
        }
        return Optional.empty();
    }
}
