package io.guankou.model.boundary;

import java.text.Normalizer;
import java.util.List;

/**
 * The key two village names are compared by: full-width characters made half-width (NFKC), every blank removed
 * (trailing, inner, full-width), and the usual suffixes (residents' / villagers' committee, community, village;
 * listed in {@code boundary-words.txt}) taken off the end as long as something is left: a village, its committee and
 * its bare name share one key.
 */
public final class PlaceNameKey {

    /** Longest first, so a community residents' committee suffix goes as one ({@code boundary-words.txt}). */
    static final List<String> SUFFIXES = BoundaryWords.NAME_SUFFIXES;

    private PlaceNameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = halfWidth(name).replaceAll("[\\s\\u3000]+", "");
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length());
                    cut = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Full-width letters, digits and blanks as their half-width forms. */
    static String halfWidth(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
