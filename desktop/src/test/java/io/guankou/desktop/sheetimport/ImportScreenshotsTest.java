package io.guankou.desktop.sheetimport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
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
 * Screenshots of the import window over the ledger on a 1366x768 screen, in Chinese, for docs/ (not a check:
 * runs only with {@code -Dguankou.screenshots=DIR}): mapping.png, preview.png and import-result.png, and
 * preview-grids-teams.png (a sheet with village groups and responsible persons the ledger does not have).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "guankou.screenshots", matches = ".+")
class ImportScreenshotsTest {

    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; read when the toolkit starts, so this
        // takes effect when the class runs alone: -Dtest=ImportScreenshotsTest
        System.setProperty("headless.geometry", "1366x768-32");
    }

    ImportFxFixture fx;
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Assumptions.assumeTrue(Screen.getPrimary().getBounds().getWidth() >= 1366
                && Screen.getPrimary().getBounds().getHeight() >= 768,
                "the toolkit started on a smaller screen: run this class alone (-Dtest=ImportScreenshotsTest)");
        fx = new ImportFxFixture(stage, "guankou-shots-import");
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void mappingAndPreview(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        fx.open(robot, ImportSheets.ledger(fx.dir, "前进村重点人群台账.xlsx", fx.village.name(), fx.existing));
        Scene dialog = robot.lookup("#import-root").query().getScene();
        save(stage.getScene(), dialog, out.resolve("mapping.png"));
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), dialog, out.resolve("preview.png"));
        robot.clickOn("#import-villages-create-all");
        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), dialog, out.resolve("import-result.png"));
        robot.clickOn("#import-close");
    }

    @Test
    void previewWithGridsAndTeams(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        String v = fx.village.name();
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        String[][] people = {
                {"柳青禾", "3组", "覃明德"}, {"韩素梅", "3组", "覃明德"}, {"卓远山", "5组", "覃明德"},
                {"邓秋生", "5组", "向春燕"}, {"孔一", "6组", "向春燕"}, {"孔二", "6组", "向春燕"}};
        for (int i = 0; i < people.length; i++) {
            rows.add(java.util.List.of(i + 1, people[i][0], io.guankou.model.id.ResidentIds.withCheckCharacter(
                    "110101195001" + (10 + i) + "001"), i < 4 ? v : ImportSheets.VILLAGE_NAME,
                    people[i][1], people[i][2], "高血压", "已全程"));
        }
        fx.open(robot, ImportSheets.write(fx.dir.resolve("前进村村民小组台账.xlsx"), java.util.List.of("序号", "姓名",
                "身份证号码", "所在村", "村民小组", "包保责任人", "基础疾病", "疫苗接种情况"), rows));
        Scene dialog = robot.lookup("#import-root").query().getScene();
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#import-villages-create-all");
        robot.clickOn("#import-create-grids");
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), dialog, out.resolve("preview-grids-teams.png"));
        robot.clickOn("#import-preview-close");
    }

    /** The main window at 1366x768 with the import window where it stands over it. */
    private static void save(Scene main, Scene dialog, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] images = new WritableImage[2];
        WaitForAsyncUtils.asyncFx(() -> {
            images[0] = main.snapshot(null);
            images[1] = dialog.snapshot(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage back = SwingFXUtils.fromFXImage(images[0], null);
        BufferedImage front = SwingFXUtils.fromFXImage(images[1], null);
        BufferedImage screen = new BufferedImage(1366, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        g.drawImage(back, 0, 0, null);
        g.setColor(new Color(0, 0, 0, 70));
        g.fillRect(0, 0, 1366, 768);
        Window w = dialog.getWindow();
        Window m = main.getWindow();
        int x = (int) Math.max(0, Math.min(1366 - front.getWidth(), w.getX() - m.getX()));
        int y = (int) Math.max(0, Math.min(768 - front.getHeight(), w.getY() - m.getY()));
        g.setColor(new Color(80, 80, 80));
        g.drawRect(x - 1, y - 1, front.getWidth() + 1, front.getHeight() + 1);
        g.drawImage(front, x, y, null);
        g.dispose();
        ImageIO.write(screen, "png", file.toFile());
        ImageIO.write(front, "png", file.resolveSibling(file.getFileName().toString()
                .replace(".png", "-window.png")).toFile());
    }
}
