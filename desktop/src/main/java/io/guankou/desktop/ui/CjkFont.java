package io.guankou.desktop.ui;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * JavaFX CSS takes one font family, and with some fonts the default family draws Chinese as empty boxes,
 * so the first installed family of this list is named on the root node at start-up.
 */
public final class CjkFont {

    public static final List<String> PREFERRED = List.of(
            "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei");

    private CjkFont() {
    }

    public static Optional<String> choose(Collection<String> installedFamilies) {
        return PREFERRED.stream().filter(installedFamilies::contains).findFirst();
    }

    /** The root style: the chosen family (if any) and a base size every other size in the CSS is relative to. */
    public static String rootStyle(Optional<String> family, double fontSizePx) {
        StringBuilder b = new StringBuilder();
        family.ifPresent(f -> b.append("-fx-font-family: '").append(f).append("'; "));
        b.append("-fx-font-size: ").append(fontSizePx).append("px;");
        return b.toString();
    }

    /** 13px suits 1366x768 laptops; larger screens (a 1920x1080 projector) get proportionally more. */
    public static double fontSizeFor(double screenWidth) {
        if (screenWidth >= 1900) {
            return 16;
        }
        if (screenWidth >= 1600) {
            return 14;
        }
        return 13;
    }
}
