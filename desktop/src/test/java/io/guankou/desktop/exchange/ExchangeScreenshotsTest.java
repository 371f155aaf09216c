package io.guankou.desktop.exchange;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.shell.NavItem;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the data-exchange view on a 1366x768 screen, in Chinese, for docs/ (not a check: runs only with
 * {@code -Dguankou.screenshots=DIR}): exchange-export-zh-1366x768.png (a delta for the county, the stick found),
 * exchange-export-done-zh-1366x768.png (written and verified: the stick may be removed),
 * exchange-import-new-sender-zh-1366x768.png (a new sender's fingerprint typed as read over the phone),
 * exchange-import-refused-zh-1366x768.png (a damaged package), exchange-import-preview-zh-1366x768.png (the county's
 * delta: per table, a skipped sequence, two conflicts), exchange-conflicts-zh-1366x768.png and
 * exchange-log-zh-1366x768.png.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "guankou.screenshots", matches = ".+")
class ExchangeScreenshotsTest {

    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; read when the toolkit starts
        System.setProperty("headless.geometry", "1366x768-32");
    }

    Database db;
    Stage stage;
    MainWindow window;
    FakeExchangeService fake = new FakeExchangeService();
    Path dir;
    final AtomicReference<Path> toOpen = new AtomicReference<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Assumptions.assumeTrue(Screen.getPrimary().getBounds().getWidth() >= 1366
                && Screen.getPrimary().getBounds().getHeight() >= 768,
                "the toolkit started on a smaller screen: run this class alone (-Dtest=ExchangeScreenshotsTest)");
        dir = Files.createTempDirectory("guankou-shots-exchange");
        Path stick = Files.createDirectories(dir.resolve("media/wang/KINGSTON"));
        fake.drives = List.of(stick);
        fake.countyDelta();
        fake.strangerFull(null);
        db = Database.open(TestTownship.copyInto(dir));
        AppContext ctx = AppContext.open(db, false, Messages.of(Language.ZH),
                UserSettings.inMemory(Language.ZH, "王主任"), TestClocks.FIXED);
        ctx.useExchangeService(fake);
        ctx.useFilePicker(new FilePicker() {
            @Override
            public Path sheetToImport(Window owner) {
                return null;
            }

            @Override
            public Path saveXlsx(Window owner, String titleKey, String suggestedName) {
                return null;
            }

            @Override
            public Path packageToImport(Window owner) {
                return toOpen.get();
            }
        });
        window = ctx.mainWindow(stage, new SameThreadTaskRunner());
        window.show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void exchangeView(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        robot.interact(() -> window.open(NavItem.DATA_EXCHANGE));
        robot.clickOn("#export-kind-delta");
        save(stage.getScene(), out.resolve("exchange-export-zh-1366x768.png"));
        robot.clickOn("#export-run");
        save(stage.getScene(), out.resolve("exchange-export-done-zh-1366x768.png"));

        TabPane tabs = robot.lookup("#exchange-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        toOpen.set(dir.resolve("stranger-0001.gkpkg"));
        robot.clickOn("#import-choose");
        robot.clickOn("#import-typed-fingerprint").write(FakeExchangeService.STRANGER_FINGERPRINT);
        save(stage.getScene(), out.resolve("exchange-import-new-sender-zh-1366x768.png"));

        fake.failNext("verify", new PackageRefused(PackageRefused.Reason.BAD_SIGNATURE, "flipped byte"));
        toOpen.set(dir.resolve("county-0007.gkpkg"));
        robot.clickOn("#import-choose");
        save(stage.getScene(), out.resolve("exchange-import-refused-zh-1366x768.png"));

        robot.clickOn("#import-verify");
        robot.clickOn("#import-preview");
        save(stage.getScene(), out.resolve("exchange-import-preview-zh-1366x768.png"));
        robot.clickOn("#import-apply");
        save(stage.getScene(), out.resolve("exchange-conflicts-zh-1366x768.png"));
        robot.interact(() -> tabs.getSelectionModel().select(3));
        save(stage.getScene(), out.resolve("exchange-log-zh-1366x768.png"));
    }

    private static void save(Scene scene, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
