package io.guankou.desktop.ui;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.shell.NavItem;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes screenshots of the person form for docs/ (not a check: runs only with
 * {@code -Dguankou.screenshots=DIR}). The ledger screenshots come from the real app under Xvfb.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "guankou.screenshots", matches = ".+")
class ScreenshotsTest {

    Database db;
    AppContext ctx;
    MainWindow window;
    LedgerRepository ledger;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("guankou-shots");
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = TestClocks.FIXED;
        ctx = AppContext.open(db, true, Messages.of(Language.ZH), UserSettings.inMemory(Language.ZH, "王医生"), clock);
        ledger = new LedgerRepository(db, clock);
        window = ctx.mainWindow(stage, new SameThreadTaskRunner());
        window.show(stage);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void personForm(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        // someone with comorbidities and an override shows the most of the form
        LedgerEntry someone = ledger.loadEntries().stream()
                .max(Comparator.comparingInt((LedgerEntry e) -> e.isOverridden() ? 10 : 0)
                        .thenComparingInt(LedgerEntry::comorbidityCount)).orElseThrow();
        robot.clickOn("#ledger-search").write(someone.residentId());
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(robot.lookup("#ledger-table .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Scene form = robot.lookup("#form-save").query().getScene();
        save(form, out.resolve("person-form-zh.png"));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        save(form, out.resolve("person-form-health-zh.png"));
        robot.interact(() -> tabs.getSelectionModel().select(2));
        save(form, out.resolve("person-form-tier-zh.png"));
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.clickOn("#form-resident-id").eraseText(18).write("5.00235E+17");
        WaitForAsyncUtils.waitForFxEvents();
        save(form, out.resolve("person-form-invalid-id-zh.png"));
        robot.clickOn("#form-cancel");
        robot.interact(() -> window.open(NavItem.SETTINGS));
        Window main = robot.window(0);
        save(main.getScene(), out.resolve("settings-zh.png"));
    }

    private static void save(Scene scene, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
