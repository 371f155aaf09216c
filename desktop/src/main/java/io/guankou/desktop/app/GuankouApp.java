package io.guankou.desktop.app;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.SafeTrace;
import io.guankou.desktop.ui.Alerts;
import io.guankou.desktop.prefs.PrefsUserSettings;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.task.FxTaskRunner;
import io.guankou.desktop.task.HeldTaskRunner;
import io.guankou.persistence.demo.DemoOptions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the console. The database is opened (and the demo generated) on the launching thread before the
 * FX toolkit starts, so the FX thread never waits for Flyway or the generator. On the first run (no ledger yet)
 * the set-up window comes first; it creates and opens the ledger through the task runner, off the FX thread too.
 */
public final class GuankouApp {

    private static final Logger LOG = LoggerFactory.getLogger(GuankouApp.class);

    private GuankouApp() {
    }

    public static void launch(LaunchOptions options) {
        StartupTrace.mark("command line parsed");
        UserSettings settings = PrefsUserSettings.forCurrentUser();
        Language language = options.language() != null ? options.language() : settings.language();
        Messages messages = Messages.of(language);
        // JavaFX's own texts (dialog buttons, date picker) follow the default locale
        Locale.setDefault(language.locale());
        Clock clock = Clock.systemDefaultZone();
        StartupTrace.mark("settings and messages");
        // the first run has no ledger to open yet: the set-up window creates it, off the FX thread
        DataPaths paths = DataPaths.forCurrentUser();
        AppContext ctx = options.setUp() ? null : openLedger(options, messages, settings, clock);
        if (ctx != null) {
            // the demo gets its keys the first time; an office ledger made by an older version has to make them
            ctx.useDataPaths(paths, options.demo(), null);
            StartupTrace.mark("data exchange wired");
        }
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            AtomicReference<AppContext> shown = new AtomicReference<>(ctx);
            StartupTrace.mark("toolkit started");
            try {
                Stage stage = new Stage();
                // every thread's uncaught exception, the FX thread's included, is logged and shown once
                UncaughtErrors.install(messages, () -> stage);
                // four lanes: a view's load (each view loads when first opened) does not hold up a filter pass
                FxTaskRunner runner = new FxTaskRunner(4);
                if (ctx == null) {
                    new FirstRun(new SetupLedgers(options.dbFile(), options.demoFile(),
                            DemoOptions.defaults(LocalDate.now(clock)), messages, settings, clock).withKeysUnder(paths),
                            options.dbFile(),
                            messages, null).show(stage, runner, shown::set);
                } else {
                    // the first loads (the ledger's rows) wait for the window's first frame
                    HeldTaskRunner firstLoads = new HeldTaskRunner(runner);
                    MainWindow window = ctx.mainWindow(stage, firstLoads);
                    StartupTrace.mark("main window built");
                    window.show(stage);
                    StartupTrace.mark("window shown");
                    afterFirstFrame(() -> {
                        StartupTrace.mark("first frame");
                        firstLoads.release();
                    });
                    // a newer version migrated the ledger: say once where the file from before is
                    ctx.migrationBackup().ifPresent(backup -> Alerts.information(stage, messages,
                            Msg.of("app.migrated.header"), Msg.of("app.migrated.text", backup.toString())));
                }
                stage.setOnHidden(e -> {
                    runner.close();
                    if (shown.get() != null) {
                        shown.get().close();
                    }
                    Platform.exit();
                });
            } catch (RuntimeException e) {
                LOG.error("Start-up failed: {}", SafeTrace.of(e));
                if (shown.get() != null) {
                    shown.get().close();
                }
                Alerts.error(null, messages, Msg.of("error.startup.header"), Failures.msg(e))
                        .setOnHidden(h -> Platform.exit());
            }
        });
    }

    /** Runs {@code work} on the FX thread once the scene shown has been through its first pulse (laid out, drawn). */
    private static void afterFirstFrame(Runnable work) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                // after this pulse, not inside it
                Platform.runLater(work);
            }
        }.start();
    }

    /** Opens the ledger (or the demo) on the launching thread; a failure is shown and thrown on. */
    private static AppContext openLedger(LaunchOptions options, Messages messages, UserSettings settings,
                                         Clock clock) {
        LedgerOpener opener = options.demo() ? LedgerOpener.demo(DemoOptions.defaults(LocalDate.now(clock)))
                : LedgerOpener.existing();
        try {
            return SetupLedgers.open(opener, options.dbFile(), options.demo(), messages, settings, clock);
        } catch (RuntimeException e) {
            LOG.error("Start-up failed: {}", SafeTrace.of(e));
            showStartupFailure(messages, e);
            throw e; // the command line says it again on stderr and exits with its code
        }
    }

    /**
     * Started from a desktop shortcut there is no terminal to read: the reason is shown in a window, and the
     * launch waits until it is closed. Without a display (a server, CI) only the log and stderr say it.
     */
    private static void showStartupFailure(Messages messages, RuntimeException failure) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> Alerts.error(null, messages, Msg.of("error.startup.header"), Failures.msg(failure))
                    .setOnHidden(h -> closed.countDown()));
            closed.await();
            Platform.exit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException noDisplay) {
            LOG.warn("Could not show the start-up failure: {}", noDisplay.getClass().getName());
        }
    }
}
