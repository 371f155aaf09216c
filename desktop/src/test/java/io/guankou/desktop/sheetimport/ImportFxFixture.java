package io.guankou.desktop.sheetimport;

import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.place.Village;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window over a copy of the demo township, with file dialogs the test answers: the sheet to open
 * and where to save the rejected rows. Work runs on the FX thread at once (same-thread runner).
 */
final class ImportFxFixture {

    final Path dir;
    final Database db;
    final AppContext ctx;
    final MainWindow window;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    /** The runner the main window uses: {@link #runner} unless the test gives another. */
    final TaskRunner uiRunner;
    final Messages zh = Messages.of(Language.ZH);
    final Clock clock = TestClocks.FIXED;
    final AtomicReference<Path> toOpen = new AtomicReference<>();
    final AtomicReference<Path> saveTo = new AtomicReference<>();
    final Village village;
    final LedgerEntry existing;

    ImportFxFixture(Stage stage, String prefix) throws IOException {
        this(stage, prefix, null);
    }

    ImportFxFixture(Stage stage, String prefix, TaskRunner other) throws IOException {
        uiRunner = other == null ? runner : other;
        dir = Files.createTempDirectory(prefix);
        db = Database.open(TestTownship.copyInto(dir));
        ctx = AppContext.open(db, true, zh, UserSettings.inMemory(Language.ZH, "王医生"), clock);
        ctx.useFilePicker(new FilePicker() {
            @Override
            public Path sheetToImport(Window owner) {
                return toOpen.get();
            }

            @Override
            public Path saveXlsx(Window owner, String titleKey, String suggestedName) {
                return saveTo.get();
            }
        });
        village = new PlaceRepository(db).villages().get(0);
        existing = new LedgerRepository(db, clock).loadEntries().get(0);
        window = ctx.mainWindow(stage, uiRunner);
        window.show(stage);
    }

    /** Clicks "Import Excel" with {@code file} as the user's choice. */
    void open(FxRobot robot, Path file) {
        toOpen.set(file);
        robot.clickOn("#ledger-import");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static ComboBox<Choice<?>> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    static String shown(FxRobot robot, String id) {
        Choice<?> c = combo(robot, id).getValue();
        return c == null ? null : c.label();
    }

    /** Picks the item labelled {@code label} in a combo box, as a user's pick sets its value. */
    static void pick(FxRobot robot, String id, String label) {
        ComboBox<Choice<?>> combo = combo(robot, id);
        Choice<?> item = combo.getItems().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
        robot.interact(() -> combo.getSelectionModel().select(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        db.close();
    }
}
