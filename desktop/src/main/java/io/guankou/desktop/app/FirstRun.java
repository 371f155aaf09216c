package io.guankou.desktop.app;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.setup.LedgerSetup;
import io.guankou.desktop.setup.SetupView;
import io.guankou.desktop.setup.SetupViewModel;
import io.guankou.desktop.task.SafeTrace;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.desktop.ui.Alerts;
import io.guankou.desktop.ui.FilePicker;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first run of an office without a ledger: the set-up window on the console's stage, then the main window on
 * the same stage over the new ledger (or the demo), and when the user chose to import the office's sheet, at once
 * the ledger's own Excel import ({@link AppContext#sheetImport}), starting with its file dialog.
 */
public final class FirstRun {

    private static final Logger LOG = LoggerFactory.getLogger(FirstRun.class);

    private final LedgerSetup<AppContext> ledgers;
    private final Path ledgerFile;
    private final Messages messages;
    /** Null: the system's file dialogs. */
    private final FilePicker picker;

    public FirstRun(LedgerSetup<AppContext> ledgers, Path ledgerFile, Messages messages, FilePicker picker) {
        this.ledgers = Objects.requireNonNull(ledgers);
        this.ledgerFile = Objects.requireNonNull(ledgerFile);
        this.messages = Objects.requireNonNull(messages);
        this.picker = picker;
    }

    /**
     * Shows the set-up on {@code stage}; FX thread. Closing it (or its Quit button) hides the stage, which ends the
     * console. {@code onOpened} gets the ledger once the main window shows it, and closes it at the end.
     */
    public SetupViewModel<AppContext> show(Stage stage, TaskRunner runner, Consumer<AppContext> onOpened) {
        SetupViewModel<AppContext> vm = new SetupViewModel<>(ledgerFile, ledgers, runner, opened -> {
            AppContext ctx = opened.ledger();
            if (picker != null) {
                ctx.useFilePicker(picker);
            }
            ctx.mainWindow(stage, runner).show(stage);
            ctx.startDailySnapshots();
            onOpened.accept(ctx);
            if (opened.start() == SetupViewModel.Start.IMPORT_SHEET) {
                try {
                    ctx.sheetImport(runner).start(stage);
                } catch (RuntimeException e) {
                    // the ledger is open in the main window by now: say it there, the import button stays
                    LOG.error("Opening the import failed: {}", SafeTrace.of(e));
                    Alerts.failure(stage, messages, e);
                }
            }
        });
        // a ledger half written is never left under its name, but the set-up waits for the work to end
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> vm.close());
        new SetupView(vm, messages, stage::close).show(stage);
        return vm;
    }
}
