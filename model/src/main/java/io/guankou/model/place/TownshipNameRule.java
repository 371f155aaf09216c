package io.guankou.model.place;

import java.util.Optional;

/**
 * A township's or sub-district's name (e.g. Ping'an town): required, one line, spaces around it dropped, at most
 * {@value #MAX_LENGTH} characters (the longest official township names are about 15).
 */
public final class TownshipNameRule {

    /** Characters (code points) of the longest name accepted. */
    public static final int MAX_LENGTH = 50;

    private TownshipNameRule() {
    }

    /** The name as stored: {@code name} without the spaces around it (full-width ones too). */
    public static String normalize(String name) {
        return name == null ? "" : name.strip();
    }

    /** The first thing wrong with {@code name} once normalised, or empty for an acceptable name. */
    public static Optional<TownshipNameProblem> check(String name) {
        String n = normalize(name);
        if (n.isEmpty()) {
            return Optional.of(TownshipNameProblem.MISSING);
        }
        if (n.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(TownshipNameProblem.CONTROL_CHARACTER);
        }
        if (n.codePointCount(0, n.length()) > MAX_LENGTH) {
            return Optional.of(TownshipNameProblem.TOO_LONG);
        }
        return Optional.empty();
    }
}
