package io.guankou.desktop.app;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.SafeTrace;
import io.guankou.desktop.ui.Alerts;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exceptions nobody caught, on any thread: each is logged (classes and frames, never messages, which may
 * quote ledger data) and shown once. While the alert about one is open, later ones are counted on it instead
 * of opening a window each, so a failure that repeats on every frame cannot bury the screen.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final Messages msg;
    private final Supplier<Window> owner;
    private Alert open;
    private Msg first;
    private int more;

    public UncaughtErrors(Messages msg, Supplier<Window> owner) {
        this.msg = msg;
        this.owner = owner;
    }

    /** Becomes the handler of every thread that has none of its own, the FX thread included. */
    public static UncaughtErrors install(Messages msg, Supplier<Window> owner) {
        UncaughtErrors handler = new UncaughtErrors(msg, owner);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception on {}: {}", thread.getName(), SafeTrace.of(error));
        try {
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        } catch (IllegalStateException toolkitGone) {
            LOG.warn("Could not show the uncaught exception: the window toolkit is not running");
        }
    }

    /** Shows {@code error}, or counts it on the alert already open. FX thread. */
    void show(Throwable error) {
        if (open != null && open.isShowing()) {
            more++;
            open.setContentText(msg.format("error.uncaught.more", msg.text(first), more));
            return;
        }
        first = Failures.msg(error);
        more = 0;
        open = Alerts.error(owner.get(), msg, Msg.of("error.uncaught.header"), first);
    }

    /** The alert shown last (tests). */
    Alert alert() {
        return open;
    }
}
