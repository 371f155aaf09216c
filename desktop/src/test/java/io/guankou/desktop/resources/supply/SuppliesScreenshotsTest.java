package io.guankou.desktop.resources.supply;

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
import javafx.scene.image.WritableImage;
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
 * Screenshots of the supplies tabs (资源 › 药品与检测试剂, 资源 › 健康包) on a 1366x768 screen, in Chinese, for docs/ (not a
 * check: runs only with {@code -Dguankou.screenshots=DIR}).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "guankou.screenshots", matches = ".+")
class SuppliesScreenshotsTest {

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
                "the toolkit started on a smaller screen: run this class alone (-Dtest=SuppliesScreenshotsTest)");
        Path dir = Files.createTempDirectory("guankou-shots-supplies");
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
    void suppliesTabs(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        robot.interact(() -> window.open(NavItem.RESOURCES));
        TabPane resources = robot.lookup("#resources-root").lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> resources.getSelectionModel().select(resources.getTabs().stream()
                .filter(t -> "resources-tab-supplies".equals(t.getId())).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#supplies-table").queryTableView().getSelectionModel().select(0));
        save(stage.getScene(), out.resolve("supplies-zh-1366x768.png"));
        TabPane tabs = robot.lookup("#supplies-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        save(stage.getScene(), out.resolve("supplies-setup-zh-1366x768.png"));
        robot.interact(() -> resources.getSelectionModel().select(resources.getTabs().stream()
                .filter(t -> "resources-tab-health-packs".equals(t.getId())).findFirst().orElseThrow()));
        save(stage.getScene(), out.resolve("health-packs-zh-1366x768.png"));
        robot.interact(() -> resources.getSelectionModel().select(resources.getTabs().stream()
                .filter(t -> "resources-tab-contracts".equals(t.getId())).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#contracts-rows").queryTableView().getSelectionModel().select(0));
        save(stage.getScene(), out.resolve("contracts-zh-1366x768.png"));
        robot.interact(() -> resources.getSelectionModel().select(resources.getTabs().stream()
                .filter(t -> "resources-tab-returnees".equals(t.getId())).findFirst().orElseThrow()));
        save(stage.getScene(), out.resolve("returnees-zh-1366x768.png"));
    }

    static void save(Scene scene, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
