package io.guankou.model.person;

/**
 * A person's name as a projector or a printed list for a room shows it: the family name and the last character,
 * the rest starred (a three-character name keeps its first and last, a two-character one its first, a four-character
 * one its first and last with two stars; see MeetingRulesTest); a single character is starred whole. Names
 * written in Latin letters keep their first letter only (Li Ming → L*).
 */
public final class NameMask {

    private NameMask() {
    }

    public static String mask(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip();
        int[] cps = s.codePoints().toArray();
        if (cps.length == 0) {
            return "";
        }
        if (cps.length == 1) {
            return "*";
        }
        boolean latin = s.codePoints().allMatch(c -> c < 0x2E80);
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        if (latin) {
            return out.append('*').toString();
        }
        if (cps.length == 2) {
            return out.append('*').toString();
        }
        out.append("*".repeat(cps.length - 2));
        return out.appendCodePoint(cps[cps.length - 1]).toString();
    }
}
