package io.guankou.desktop.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.map.MapShape;
import io.guankou.model.map.Viewport;
import io.guankou.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map in the main window, headless: hover a village, click it to filter the ledger, right-click for its list. */
@ExtendWith(ApplicationExtension.class)
class MapFxTest {

    Path file;
    Database db;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);

    @Start
    void start(Stage stage) throws IOException {
        file = TestTownship.copyInto(Files.createTempDirectory("guankou-map"));
        db = Database.open(file);
        AppContext ctx = AppContext.open(db, false, zh, UserSettings.inMemory(Language.ZH, "王主任"),
                TestClocks.FIXED);
        MainWindow window = ctx.mainWindow(stage, runner);
        window.show(stage);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private MapView openMap(FxRobot robot) {
        robot.clickOn("#nav-map");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".map-view").queryAs(MapView.class);
    }

    private static MapShape village(MapView view, String name) {
        MapData d = view.viewModel().dataProperty().get();
        return d.geometry().villages().stream().filter(s -> d.villageName(s.id()).equals(name)).findFirst()
                .orElseThrow();
    }

    /** Where on the screen the village's label point is. */
    private static Point2D onScreen(MapView view, MapShape s) {
        Viewport v = view.viewModel().viewportProperty().get();
        return view.canvas().localToScreen(v.screenX(s.label().x), v.screenY(s.label().y));
    }

    @Test
    void clickingAVillageOpensTheLedgerFilteredToIt(FxRobot robot) {
        MapView view = openMap(robot);
        assertThat(view.viewModel().state().isReady()).isTrue();
        Point2D longdong = onScreen(view, village(view, "龙洞村"));

        robot.moveTo(longdong);
        WaitForAsyncUtils.waitForFxEvents();
        VBox hover = robot.lookup("#map-hover").queryAs(VBox.class);
        assertThat(hover.isVisible()).isTrue();
        assertThat(((Label) hover.getChildren().get(0)).getText()).isEqualTo("龙洞村");

        robot.clickOn(longdong);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<LedgerEntry> table = robot.lookup("#ledger-table").queryTableView();
        assertThat(table.getScene()).isNotNull();
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).isNotEmpty().allSatisfy(e -> assertThat(e.villageName()).isEqualTo("龙洞村"));
        assertThat(table.getItems()).hasSize(MapTestData.persons(file, "龙洞村", null));
        assertThat(robot.lookup("#nav-ledger").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void rightClickOffersTheVillagesOverdueList(FxRobot robot) {
        MapView view = openMap(robot);
        MapShape s = village(view, "龙洞村");
        int overdue = view.viewModel().overdueIn(s.id()).size();
        assertThat(overdue).as("the demo has overdue persons in 龙洞村").isPositive();

        robot.moveTo(onScreen(view, s)).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem item = view.menu().getItems().get(0);
        assertThat(item.getText()).isEqualTo(zh.format("map.menu.overdue", overdue));
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<OverdueRow> list = robot.lookup("#map-overdue-table").queryTableView();
        assertThat(list.getItems()).hasSize(overdue)
                .allSatisfy(r -> assertThat(r.person().villageName()).isEqualTo("龙洞村"));
        robot.interact(() -> list.getScene().getWindow().hide());
    }

    @Test
    void aPanReusesTheDrawnImageAndAZoomIsDrawnSharpOnceItRests(FxRobot robot) throws Exception {
        MapView view = openMap(robot);
        BaseLayer base = view.canvas().base();
        robot.clickOn("#map-canvas");
        int drawn = base.redraws();
        robot.type(javafx.scene.input.KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(base.redraws()).as("a pan within the image's margin").isEqualTo(drawn);
        boolean[] sharpWhileZooming = new boolean[1];
        robot.interact(() -> {
            view.viewModel().zoomIn(); // as the + key does
            sharpWhileZooming[0] = base.sharpFor(view.viewModel().viewportProperty().get());
        });
        Viewport zoomed = view.viewModel().viewportProperty().get();
        assertThat(sharpWhileZooming[0]).as("scaled while zooming").isFalse();
        Thread.sleep((long) (MapCanvas.REST_MS * 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(base.sharpFor(zoomed)).as("drawn sharp after resting").isTrue();
        assertThat(base.redraws()).isEqualTo(drawn + 1);
    }

    @Test
    void layersSwitchAndTheMapKeepsDrawing(FxRobot robot) {
        MapView view = openMap(robot);
        robot.clickOn("#map-layer-ambulances");
        robot.clickOn("#map-layer-oximeters");
        assertThat(view.viewModel().shownLayers()).contains(MapLayer.AMBULANCES, MapLayer.OXIMETERS);
        robot.clickOn("#map-layer-tiers");
        assertThat(view.viewModel().shownLayers()).doesNotContain(MapLayer.TIERS);
        double before = view.viewModel().viewportProperty().get().pxPerKm();
        robot.clickOn("#map-zoom-in");
        assertThat(view.viewModel().viewportProperty().get().pxPerKm()).isGreaterThan(before);
        robot.clickOn("#map-fit");
        assertThat(view.viewModel().viewportProperty().get().pxPerKm()).isEqualTo(before);
    }
}
