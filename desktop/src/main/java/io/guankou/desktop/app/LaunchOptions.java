package io.guankou.desktop.app;

import io.guankou.desktop.i18n.Language;
import java.nio.file.Path;

/**
 * What the console opens: a database file, whether it is the demo, and a language (null = saved choice). With
 * {@code setUp}, {@code dbFile} is the office's ledger that does not exist yet: the set-up window comes first (and
 * offers the demo township, in its own file {@code demoFile}).
 */
public record LaunchOptions(Path dbFile, boolean demo, Language language, boolean setUp, Path demoFile) {

    /** Opens {@code dbFile} as it is. */
    public LaunchOptions(Path dbFile, boolean demo, Language language) {
        this(dbFile, demo, language, false, null);
    }

    /** The first run: the set-up of a new ledger at {@code ledgerFile}, the demo at {@code demoFile} one click away. */
    public static LaunchOptions setUp(Path ledgerFile, Path demoFile, Language language) {
        return new LaunchOptions(ledgerFile, false, language, true, demoFile);
    }
}
