package io.guankou.desktop.app;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.setup.LedgerSetup;
import io.guankou.model.place.TownshipSetup;
import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.setup.LedgerCreator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The set-up window's ledgers, each opened as the window's {@link AppContext}: the office's new ledger, written by
 * the same {@link LedgerCreator} as {@code guankou init} (it never overwrites), and the demo township in its own
 * file. Both read the disk: call them off the FX thread.
 */
public final class SetupLedgers implements LedgerSetup<AppContext> {

    private final Path ledgerFile;
    private final Path demoFile;
    private final DemoOptions demo;
    private final Messages messages;
    private final UserSettings settings;
    private final Clock clock;
    /** Where the ledgers' keys go; null: no data exchange (tests of the set-up). */
    private DataPaths keys;

    public SetupLedgers(Path ledgerFile, Path demoFile, DemoOptions demo, Messages messages, UserSettings settings,
                        Clock clock) {
        this.ledgerFile = Objects.requireNonNull(ledgerFile);
        this.demoFile = Objects.requireNonNull(demoFile);
        this.demo = Objects.requireNonNull(demo);
        this.messages = Objects.requireNonNull(messages);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The ledgers this set-up opens get the data exchange, their keys made under {@code paths}. */
    public SetupLedgers withKeysUnder(DataPaths paths) {
        this.keys = Objects.requireNonNull(paths);
        return this;
    }

    @Override
    public AppContext create(TownshipSetup setup, char[] keyPassphrase) {
        Path created = new LedgerCreator(clock).create(ledgerFile, setup, settings.userName());
        return withExchange(open(LedgerOpener.existing(), created, false, messages, settings, clock), keyPassphrase);
    }

    @Override
    public AppContext openDemo() {
        // the demo's key has no passphrase
        return withExchange(open(LedgerOpener.demo(demo), demoFile, true, messages, settings, clock), null);
    }

    private AppContext withExchange(AppContext ctx, char[] keyPassphrase) {
        if (keys != null) {
            ctx.useDataPaths(keys, true, keyPassphrase);
        }
        return ctx;
    }

    /** Opens {@code file} through {@code opener} as the window's context; the database is closed if that fails. */
    static AppContext open(LedgerOpener opener, Path file, boolean demo, Messages messages, UserSettings settings,
                           Clock clock) {
        Database db = opener.open(file);
        StartupTrace.mark("ledger opened");
        try {
            AppContext ctx = AppContext.open(db, demo, messages, settings, clock);
            StartupTrace.mark("context built");
            return ctx;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
