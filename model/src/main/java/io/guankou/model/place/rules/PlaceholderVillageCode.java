package io.guankou.model.place.rules;

import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import java.util.Optional;
import java.util.Set;

/**
 * The code a sheet import gives a village it creates from a name alone (persistence {@code LedgerImporter}): the
 * township's 9 digits and the next free three-digit number from {@value #FIRST_NUMBER} (the rural village
 * committee range), class {@link #CLASS} (village), no point. The office corrects it in the places editor.
 *
 * <p>Such a code looks like a real rural village code, so the code alone cannot tell. A village is taken for a
 * placeholder while everything the import wrote is still as written (code of that shape, class 220, no point) and
 * nobody has set or confirmed its code in the editor since (a place history row: created there, code changed, or
 * code confirmed).
 */
public final class PlaceholderVillageCode {

    /** The first village number an import gives. */
    public static final int FIRST_NUMBER = 201;
    /** The urban-rural class an import gives: 220, village committee. */
    public static final UrbanRuralClass CLASS = UrbanRuralClass.C220;

    private static final int LAST_NUMBER = 999;

    private PlaceholderVillageCode() {
    }

    /** The code the import gives the next new village of {@code townshipCode}: empty when 201–999 are all taken. */
    public static Optional<String> next(String townshipCode, Set<String> taken) {
        for (int n = FIRST_NUMBER; n <= LAST_NUMBER; n++) {
            String code = code(townshipCode, n);
            if (!taken.contains(code)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** {@code townshipCode} and a three-digit village number. */
    public static String code(String townshipCode, int number) {
        return townshipCode + String.format("%03d", number);
    }

    /** Whether the village is still as an import created it: a code of that shape, class 220 and no point. */
    public static boolean looksLike(Village village, String townshipCode) {
        String c = village.code();
        if (!c.startsWith(townshipCode) || c.length() != VillageCodeRule.LENGTH) {
            return false;
        }
        int number = Integer.parseInt(c.substring(townshipCode.length()));
        return number >= FIRST_NUMBER && village.urbanRural() == CLASS && village.centroid() == null;
    }

    /**
     * Whether the village's code is an import's placeholder, to be corrected.
     *
     * @param codeSettled whether its code was set or confirmed in the editor (see the class comment)
     */
    public static boolean isPlaceholder(Village village, String townshipCode, boolean codeSettled) {
        return !codeSettled && looksLike(village, townshipCode);
    }

    /**
     * Whether a history row settles a village's code: the village was created in the editor (its code typed there),
     * its code was changed, or the office confirmed it.
     */
    public static boolean settles(String historyField) {
        return PlaceEvent.CREATED.name().equals(historyField) || PlaceField.CODE.name().equals(historyField)
                || PlaceEvent.CODE_CONFIRMED.name().equals(historyField);
    }
}
