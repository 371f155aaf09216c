package io.guankou.desktop.cli;

import io.guankou.desktop.i18n.Language;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window is started with: {@code [--db FILE] [--demo] [--lang zh|en]}. {@link #read} takes only a line of
 * those options, each at most once and valid, so that the window's start does not build picocli's model of every
 * subcommand (a quarter of a second of CPU); any other line, a wrong one included, is left to picocli, which reads
 * and reports it as it always has.
 *
 * @param db the file named with {@code --db}, or null
 * @param language the language named with {@code --lang}, or null for the saved choice
 */
record ConsoleArgs(Path db, boolean demo, Language language) {

    private static final String DB = "--db";
    private static final String DEMO = "--demo";
    private static final String LANG = "--lang";

    /** The window's options on {@code args}; empty when picocli has to read the line. */
    static Optional<ConsoleArgs> read(String[] args) {
        String db = null;
        String lang = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals(DEMO) && value == null && !demo) {
                demo = true;
                continue;
            }
            boolean isDb = name.equals(DB) && db == null;
            boolean isLang = name.equals(LANG) && lang == null;
            if (!isDb && !isLang) {
                return Optional.empty();
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return Optional.empty();
                }
                value = args[++i];
            }
            // an option where a value belongs, an argument file (@...), an empty value: picocli's to judge
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            if (isDb) {
                db = value;
            } else {
                lang = value;
            }
        }
        Language language = lang == null ? null : Language.fromTag(lang);
        if ((lang != null && language == null) || (demo && db != null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConsoleArgs(db == null ? null : Path.of(db), demo, language));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
