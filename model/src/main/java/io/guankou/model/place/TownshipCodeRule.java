package io.guankou.model.place;

import java.util.Optional;
import java.util.Set;

/**
 * The shape of a township code (DOMAIN.md §1): the first 9 digits of the national statistical division code
 * (12 digits: province 2, city 2, county 2, township 3, village 3). The first 6 digits are the
 * county-level division, so the first 2 must be a province-level code and digits 3–4 must not be 00; the
 * township's own 3 digits are never 000. The county digits may be 00: cities without counties (Dongguan 4419,
 * Zhongshan 4420, Jiayuguan 6202, Danzhou 4604) number their townships directly under the city. Whether the code
 * is an official one is not checked here (the office knows its own code); only its shape.
 */
public final class TownshipCodeRule {

    /** Digits of a township code. */
    public static final int LENGTH = 9;
    /** Digits of a village or community code, whose first {@value #LENGTH} are its township's code. */
    public static final int VILLAGE_LENGTH = 12;

    /** The province-level divisions of the statistical division codes (mainland; 71, 81 and 82 have none). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65");

    private TownshipCodeRule() {
    }

    /** The first thing wrong with {@code code} (surrounding spaces ignored), or empty for a well-formed code. */
    public static Optional<TownshipCodeProblem> check(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            return Optional.of(TownshipCodeProblem.MISSING);
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch < '0' || ch > '9') {
                return Optional.of(TownshipCodeProblem.NOT_DIGITS);
            }
        }
        if (c.length() == VILLAGE_LENGTH) {
            return Optional.of(TownshipCodeProblem.VILLAGE_CODE);
        }
        if (c.length() != LENGTH) {
            return Optional.of(TownshipCodeProblem.WRONG_LENGTH);
        }
        if (!PROVINCES.contains(c.substring(0, 2))) {
            return Optional.of(TownshipCodeProblem.UNKNOWN_PROVINCE);
        }
        if (c.startsWith("00", 2)) {
            return Optional.of(TownshipCodeProblem.NO_CITY);
        }
        if (c.startsWith("000", 6)) {
            return Optional.of(TownshipCodeProblem.NO_TOWNSHIP);
        }
        return Optional.empty();
    }
}
