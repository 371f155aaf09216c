package io.guankou.model.boundary;

import java.text.Normalizer;
import java.util.List;

/**
 * The key two village names are compared by: full-width characters made half-width (NFKC), every blank removed
 * (trailing, inner, full-width), and the usual suffixes 社区居委会 / 村民委员会 / 居民委员会 / 村委会 / 居委会 / 社区 / 村
 * taken off the end as long as something is left. So 石桥村, "石桥村委会 ", 石桥 村民委员会 and 石桥 share one key.
 */
public final class PlaceNameKey {

    /** Longest first, so 社区居委会 goes as one ({@code boundary-words.txt}). */
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
