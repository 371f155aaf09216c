package io.guankou.desktop.setup;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.FirstRun;
import io.guankou.desktop.app.SetupLedgers;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.persistence.demo.DemoOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the set-up window on a 1366x768 screen, in Chinese, for docs/ (not a check: runs only with
 * {@code -Dguankou.screenshots=DIR}): setup-zh-1366x768.png (the township, filled in),
 * setup-invalid-zh-1366x768.png (its field messages) and setup-choice-zh-1366x768.png (how to begin).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "guankou.screenshots", matches = ".+")
class SetupScreenshotsTest {

    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; read when the toolkit starts, so this
        // takes effect when the class runs alone: -Dtest=SetupScreenshotsTest
        System.setProperty("headless.geometry", "1366x768-32");
    }

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Assumptions.assumeTrue(Screen.getPrimary().getBounds().getWidth() == 1366
                && Screen.getPrimary().getBounds().getHeight() == 768,
                "the toolkit started on another screen: run this class alone (-Dtest=SetupScreenshotsTest)");
        // the path a Linux office sees; nothing is written there (the screenshots create no ledger)
        DataPaths paths = new DataPaths(Path.of("/home/pingan/.local/share/guankou"));
        Messages zh = Messages.of(Language.ZH);
        SetupLedgers ledgers = new SetupLedgers(paths.ledgerFile(), paths.demoFile(),
                new DemoOptions(30, 11L, TestClocks.TODAY), zh, UserSettings.inMemory(Language.ZH, "王医生"),
                TestClocks.FIXED);
        new FirstRun(ledgers, paths.ledgerFile(), zh, null).show(stage, new SameThreadTaskRunner(), ctx -> { });
    }

    @Test
    void thePages(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        TextField code = robot.lookup("#setup-code").queryAs(TextField.class);
        TextField name = robot.lookup("#setup-name").queryAs(TextField.class);

        robot.interact(() -> code.setText("50010100"));
        robot.clickOn("#setup-next");
        save(stage.getScene(), out.resolve("setup-invalid-zh-1366x768.png"));

        robot.interact(() -> {
            code.setText("500101001");
            name.setText("平安镇");
        });
        robot.clickOn("#setup-age-65");
        robot.clickOn(name);
        save(stage.getScene(), out.resolve("setup-zh-1366x768.png"));

        robot.clickOn("#setup-next");
        save(stage.getScene(), out.resolve("setup-choice-zh-1366x768.png"));
    }

    /** The window where it stands on a 1366x768 desktop. */
    private static void save(Scene scene, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage window = SwingFXUtils.fromFXImage(image[0], null);
        BufferedImage screen = new BufferedImage(1366, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        g.setColor(new Color(58, 68, 82));
        g.fillRect(0, 0, 1366, 768);
        int x = (int) Math.max(0, Math.min(1366 - window.getWidth(), scene.getWindow().getX()));
        int y = (int) Math.max(0, Math.min(768 - window.getHeight(), scene.getWindow().getY()));
        g.setColor(new Color(30, 30, 30));
        g.drawRect(x - 1, y - 1, window.getWidth() + 1, window.getHeight() + 1);
        g.drawImage(window, x, y, null);
        g.dispose();
        ImageIO.write(screen, "png", file.toFile());
    }
}
