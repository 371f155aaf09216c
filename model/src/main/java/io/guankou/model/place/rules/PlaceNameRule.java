package io.guankou.model.place.rules;

import io.guankou.model.sheet.SheetText;
import java.util.Optional;

/**
 * The name of a village, grid, team, member or facility: required, one line, spaces around it dropped, at most
 * {@value #MAX_LENGTH} characters. Two names are the same name when they differ only in spaces and letter case
 * (with or without a space, half- or full-width, inside), so uniqueness is checked on {@link #key}.
 */
public final class PlaceNameRule {

    /** Characters (code points) of the longest name accepted. */
    public static final int MAX_LENGTH = 50;

    private PlaceNameRule() {
    }

    /** The name as stored: without the spaces around it (full-width ones too); null as empty. */
    public static String normalize(String name) {
        return name == null ? "" : name.strip();
    }

    /**
     * What two names must share to be the same name: the normal form a sheet import compares names in
     * ({@link SheetText#normalise}: no white space of any kind, full-width as half-width, lower case), so the
     * editor and the import agree on which names are one.
     */
    public static String key(String name) {
        return SheetText.normalise(normalize(name));
    }

    /** The first thing wrong with {@code name} once normalised, or empty for an acceptable name. */
    public static Optional<PlaceProblem.Kind> check(String name) {
        String n = normalize(name);
        if (n.isEmpty()) {
            return Optional.of(PlaceProblem.Kind.REQUIRED);
        }
        if (n.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(PlaceProblem.Kind.CONTROL_CHARACTER);
        }
        if (n.codePointCount(0, n.length()) > MAX_LENGTH) {
            return Optional.of(PlaceProblem.Kind.TOO_LONG);
        }
        return Optional.empty();
    }
}
