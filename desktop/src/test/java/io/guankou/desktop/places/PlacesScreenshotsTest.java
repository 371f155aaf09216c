package io.guankou.desktop.places;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.shell.NavItem;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.rules.VillageEdit;
import io.guankou.persistence.Database;
import io.guankou.persistence.placeedit.PlaceEditor;
import io.guankou.persistence.place.PlaceRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * Screenshots of the places editor on a 1366x768 screen, in Chinese, for docs/ (not a check: runs only with
 * {@code -Dguankou.screenshots=DIR}): places-zh-1366x768.png (an imported village with its placeholder code, renamed
 * once), places-merge-zh.png (merging a village), places-teams-zh-1366x768.png and the grids and facilities tabs.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "guankou.screenshots", matches = ".+")
class PlacesScreenshotsTest {

    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; read when the toolkit starts, so this
        // takes effect when the class runs alone: -Dtest=PlacesScreenshotsTest
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
                "the toolkit started on a smaller screen: run this class alone (-Dtest=PlacesScreenshotsTest)");
        Path dir = Files.createTempDirectory("guankou-shots-places");
        db = Database.open(TestTownship.copyInto(dir));
        ImportedVillage.importInto(db, dir);
        long imported = new PlaceRepository(db).villages().stream()
                .filter(v -> v.name().equals(ImportedVillage.NAME)).findFirst().orElseThrow().id();
        new PlaceEditor(db, TestClocks.FIXED).saveVillage(new VillageEdit(imported, "500235124212", "石坝村",
                UrbanRuralClass.C220, "", ""), false, "王主任");
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
    void placesEditor(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        robot.interact(() -> window.open(NavItem.PLACES));
        TableView<VillagesViewModel.Row> villages = robot.lookup("#villages-table").queryTableView();
        robot.interact(() -> villages.getSelectionModel().select(villages.getItems().stream()
                .filter(r -> r.name().equals("石坝村")).findFirst().orElseThrow()));
        robot.interact(() -> villages.scrollTo(villages.getSelectionModel().getSelectedIndex()));
        save(stage.getScene(), out.resolve("places-zh-1366x768.png"));

        // the merge dialog of a village with persons
        robot.interact(() -> villages.getSelectionModel().select(villages.getItems().stream()
                .filter(r -> r.name().equals("双河村")).findFirst().orElseThrow()));
        robot.clickOn("#village-remove");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<io.guankou.desktop.ui.Choice<Long>> target =
                robot.lookup("#removal-target").queryComboBox();
        robot.interact(() -> target.setValue(target.getItems().stream()
                .filter(c -> c.label().equals("龙洞村")).findFirst().orElseThrow()));
        Scene dialog = robot.lookup("#removal-summary").query().getScene();
        save(dialog, out.resolve("places-merge-zh.png"));
        robot.clickOn("#removal-cancel");

        TabPane tabs = robot.lookup("#places-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        TableView<TeamsViewModel.Row> teams = robot.lookup("#teams-table").queryTableView();
        robot.interact(() -> teams.getSelectionModel().select(0));
        save(stage.getScene(), out.resolve("places-teams-zh-1366x768.png"));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        save(stage.getScene(), out.resolve("places-grids-zh-1366x768.png"));
        robot.interact(() -> tabs.getSelectionModel().select(3));
        robot.interact(() -> robot.lookup("#facilities-table").queryTableView().getSelectionModel().select(0));
        save(stage.getScene(), out.resolve("places-facilities-zh-1366x768.png"));
    }

    private static void save(Scene scene, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
