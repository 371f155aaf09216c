package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.shell.NavItem;
import io.guankou.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
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
 * Screenshots of the oximeter tab (资源 → 指氧仪) on a 1366x768 screen, in Chinese, for docs/ (not a check: runs only
 * with {@code -Dguankou.screenshots=DIR}): the shortfall, the devices, a delivery being typed, a plan for 80 devices
 * (minimums and need), the returns overdue, and the minimums.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "guankou.screenshots", matches = ".+")
class OximetersScreenshotsTest {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    Database db;
    Stage stage;
    MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Assumptions.assumeTrue(Screen.getPrimary().getBounds().getWidth() >= 1366
                && Screen.getPrimary().getBounds().getHeight() >= 768,
                "the toolkit started on a smaller screen: run this class alone (-Dtest=OximetersScreenshotsTest)");
        Path dir = Files.createTempDirectory("guankou-shots-oximeters");
        db = Database.open(TestTownship.copyInto(dir));
        AppContext ctx = AppContext.open(db, true, Messages.of(Language.ZH),
                UserSettings.inMemory(Language.ZH, "王主任"), TestClocks.FIXED);
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
    void oximeterTab(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        robot.interact(() -> window.open(NavItem.RESOURCES));
        WaitForAsyncUtils.waitForFxEvents();
        save(out.resolve("oximeters-shortfall-zh-1366x768.png"));
        TabPane tabs = robot.lookup("#oximeter-tabs").queryAs(TabPane.class);

        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<?> devices = robot.lookup("#oximeter-devices").queryTableView();
        robot.interact(() -> devices.getSelectionModel().select(devices.getItems().size() - 40));
        save(out.resolve("oximeters-devices-zh-1366x768.png"));

        robot.interact(() -> tabs.getSelectionModel().select(2));
        TextField note = robot.lookup("#oximeter-delivery-note").queryAs(TextField.class);
        robot.interact(() -> note.setText("县卫健委第二批"));
        robot.clickOn("#oximeter-serial-entry");
        for (String s : new String[] {"OX-K001", "OX-K002", "OX-K003", "OX-K002"}) {
            robot.write(s).type(KeyCode.ENTER);
        }
        save(out.resolve("oximeters-delivery-zh-1366x768.png"));

        robot.interact(() -> tabs.getSelectionModel().select(3));
        TextField supplied = robot.lookup("#oximeter-plan-supplied").queryAs(TextField.class);
        robot.interact(() -> supplied.setText("80"));
        robot.clickOn(supplied).type(KeyCode.ENTER);
        save(out.resolve("oximeters-plan-zh-1366x768.png"));

        robot.interact(() -> tabs.getSelectionModel().select(4));
        TableView<?> overdue = robot.lookup("#oximeter-overdue").queryTableView();
        robot.interact(() -> overdue.getSelectionModel().select(0));
        save(out.resolve("oximeters-home-zh-1366x768.png"));

        robot.interact(() -> tabs.getSelectionModel().select(5));
        save(out.resolve("oximeters-minimums-zh-1366x768.png"));
    }

    private void save(Path file) throws IOException {
        Scene scene = stage.getScene();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
