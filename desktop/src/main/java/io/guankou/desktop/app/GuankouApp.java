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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the console. The ledger is opened (and the demo generated) on a thread of its own while the FX toolkit
 * starts; the window is built on the FX thread once the ledger is open, so the FX thread never waits for the
 * database or the generator. On the first run (no ledger yet) the set-up window comes first; it creates and opens
 * the ledger through the task runner, off the FX thread too. A ledger that does not open is shown in a window, and
 * once that is closed {@link #launch} throws it, for the command line to say on stderr with its exit code.
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
        // the ledger opens on a thread of its own while this one starts the toolkit: on two cores, both at once
        CompletableFuture<AppContext> opening = options.setUp() ? CompletableFuture.completedFuture(null)
                : openInBackground(options, messages, settings, clock, paths);
        CountDownLatch failureClosed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> {
                StartupTrace.mark("toolkit started");
                // the FX thread does not wait for the ledger (a demo may be written first): it is called back
                opening.whenComplete((ctx, failed) -> Platform.runLater(() -> {
                    if (failed != null) {
                        showStartupFailure(messages, unwrap(failed), failureClosed);
                    } else {
                        show(ctx, options, messages, settings, clock, paths);
                    }
                }));
            });
        } catch (RuntimeException noToolkit) {
            // no display (a server, CI): a ledger that did not open is the failure to report, else this one
            AppContext ctx = ledgerOrThrow(opening);
            if (ctx != null) {
                ctx.close();
            }
            LOG.warn("Could not start the window: {}", noToolkit.getClass().getName());
            throw noToolkit;
        }
        try {
            opening.join();
        } catch (CompletionException failed) {
            // started from a desktop shortcut there is no terminal to read: the window says why first; then the
            // command line says it again on stderr and exits with its code
            try {
                failureClosed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw asRuntime(failed.getCause());
        }
    }

    /** Builds and shows the console on a new stage; FX thread. {@code ctx} null: the first run's set-up. */
    private static void show(AppContext ctx, LaunchOptions options, Messages messages, UserSettings settings,
                             Clock clock, DataPaths paths) {
        AtomicReference<AppContext> shown = new AtomicReference<>(ctx);
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
                    ctx.startDailySnapshots();
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

    /**
     * Opens the ledger (or the demo) and wires its data exchange on a thread of its own; a failure is logged and
     * completes the future.
     */
    private static CompletableFuture<AppContext> openInBackground(LaunchOptions options, Messages messages,
                                                                  UserSettings settings, Clock clock,
                                                                  DataPaths paths) {
        CompletableFuture<AppContext> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                LedgerOpener opener = options.demo() ? LedgerOpener.demo(DemoOptions.defaults(LocalDate.now(clock)))
                        : LedgerOpener.existing();
                AppContext ctx = SetupLedgers.open(opener, options.dbFile(), options.demo(), messages, settings,
                        clock);
                // the demo gets its keys the first time; an office ledger made by an older version has to make them
                ctx.useDataPaths(paths, options.demo(), null);
                StartupTrace.mark("data exchange wired");
                opening.complete(ctx);
            } catch (RuntimeException | Error e) {
                LOG.error("Start-up failed: {}", SafeTrace.of(e));
                opening.completeExceptionally(e);
            }
        }, "guankou-open-ledger");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** The opened ledger, or its failure thrown. */
    private static AppContext ledgerOrThrow(CompletableFuture<AppContext> opening) {
        try {
            return opening.join();
        } catch (CompletionException failed) {
            throw asRuntime(failed.getCause());
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static RuntimeException asRuntime(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
    }

    /** The reason the ledger did not open, in a window; {@code closed} counts down when it is closed. FX thread. */
    private static void showStartupFailure(Messages messages, Throwable failure, CountDownLatch closed) {
        try {
            Alerts.error(null, messages, Msg.of("error.startup.header"), Failures.msg(failure))
                    .setOnHidden(h -> {
                        closed.countDown();
                        Platform.exit();
                    });
        } catch (RuntimeException e) {
            LOG.warn("Could not show the start-up failure: {}", e.getClass().getName());
            closed.countDown();
            Platform.exit();
        }
    }
}
