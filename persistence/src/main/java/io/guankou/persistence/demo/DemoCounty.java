package io.guankou.persistence.demo;

import java.util.List;

/** The demo county: its code and name, and the townships a demo county is written with, in order. */
public final class DemoCounty {

    private DemoCounty() {
    }

    public static String code() {
        return DemoWords.load().word("county.code");
    }

    public static String name() {
        return DemoWords.load().word("county.name");
    }

    /** How many townships a demo county can have (the words file's list). */
    public static int maxTownships() {
        return DemoWords.countyTownships().size();
    }

    /** The first {@code n} townships of the demo county. */
    public static List<DemoOptions.Named> townships(int n) {
        List<String[]> rows = DemoWords.countyTownships();
        if (n < 1 || n > rows.size()) {
            throw new IllegalArgumentException("townships must be between 1 and " + rows.size() + ", was " + n);
        }
        return rows.subList(0, n).stream().map(r -> new DemoOptions.Named(r[0], r[1])).toList();
    }
}
