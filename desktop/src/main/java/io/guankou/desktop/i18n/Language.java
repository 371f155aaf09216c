package io.guankou.desktop.i18n;

import java.util.Locale;

/** The languages the console ships in; Chinese is the default for township offices. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh"),
    EN(Locale.ENGLISH, "en");

    private final Locale locale;
    private final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return tag;
    }

    /** "zh", "zh_CN", "zh-CN", "en" … ; anything unknown gives null so callers can report it. */
    public static Language fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return ZH;
        }
        if (t.startsWith("en")) {
            return EN;
        }
        return null;
    }
}
