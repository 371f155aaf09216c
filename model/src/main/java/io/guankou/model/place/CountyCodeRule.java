package io.guankou.model.place;

import java.util.Optional;

/**
 * A county-level division's code: the 6 digits its townships' 9-digit codes start with (county 500235, its township
 * 500235124, as statistical division codes are built). A county accepts packages only from the townships it covers.
 */
public final class CountyCodeRule {

    public static final int LENGTH = 6;

    private CountyCodeRule() {
    }

    /** The first thing wrong with {@code code} (surrounding spaces ignored), or empty for a well-formed code. */
    public static Optional<CountyCodeProblem> check(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            return Optional.of(CountyCodeProblem.MISSING);
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch < '0' || ch > '9') {
                return Optional.of(CountyCodeProblem.NOT_DIGITS);
            }
        }
        if (c.length() != LENGTH) {
            return Optional.of(CountyCodeProblem.WRONG_LENGTH);
        }
        // the township rule knows the provinces and the city digits: a well-formed county with a township number
        Optional<TownshipCodeProblem> asTownship = TownshipCodeRule.check(c + "100");
        if (asTownship.isPresent()) {
            return Optional.of(asTownship.get() == TownshipCodeProblem.UNKNOWN_PROVINCE
                    ? CountyCodeProblem.UNKNOWN_PROVINCE : CountyCodeProblem.NO_CITY);
        }
        if (c.startsWith("00", 4)) {
            return Optional.of(CountyCodeProblem.NO_COUNTY);
        }
        return Optional.empty();
    }

    /** Whether the township with {@code townshipCode} lies in the county {@code countyCode}. */
    public static boolean covers(String countyCode, String townshipCode) {
        return countyCode != null && townshipCode != null && countyCode.length() == LENGTH
                && townshipCode.length() == TownshipCodeRule.LENGTH && townshipCode.startsWith(countyCode);
    }
}
