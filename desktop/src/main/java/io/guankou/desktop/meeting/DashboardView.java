package io.guankou.desktop.meeting;

import eu.hansolo.tilesfx.Tile;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.CjkFont;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.NoticeLabel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.jfree.chart.fx.ChartViewer;

/**
 * The dispatch meeting's dashboard: a tile per figure of the day (the numbers {@code guankou snapshot} prints), then
 * the trend over 14 or 28 days from the stored snapshots and the villages' weekly compliance, worst first. Binds to
 * {@link DashboardViewModel}; the buttons of the meeting (projector, summary, report) are given by the meeting view.
 */
public final class DashboardView extends BorderPane {

    static final double TILE_W = 168;
    static final double TILE_H = 80;
    static final int VILLAGES_SHOWN = 15;

    private final DashboardViewModel vm;
    private final Messages msg;
    private final String family;
    private final TilePane tiles = new TilePane(6, 6);
    private final List<Tile> tileNodes = new ArrayList<>();
    private final ChartViewer contacts = new ChartViewer(null);
    private final ChartViewer events = new ChartViewer(null);
    private final ChartViewer villages = new ChartViewer(null);
    private final Label asOf = new Label();

    public DashboardView(DashboardViewModel vm, Messages msg, List<Button> actions) {
        this.vm = vm;
        this.msg = msg;
        this.family = CjkFont.choose(Font.getFamilies()).orElse(Font.getDefault().getFamily());
        getStyleClass().add("meeting-dashboard");

        Button snapshot = new Button(msg.get("meeting.snapshotNow"));
        snapshot.setId("meeting-snapshot");
        snapshot.setOnAction(e -> vm.takeSnapshot());
        ToggleGroup days = new ToggleGroup();
        ToggleButton d14 = new ToggleButton(msg.format("meeting.trend.days", DashboardViewModel.SHORT_TREND));
        d14.setId("meeting-trend-14");
        ToggleButton d28 = new ToggleButton(msg.format("meeting.trend.days", DashboardViewModel.LONG_TREND));
        d28.setId("meeting-trend-28");
        d14.setToggleGroup(days);
        d28.setToggleGroup(days);
        (vm.trendDaysProperty().get() == DashboardViewModel.LONG_TREND ? d28 : d14).setSelected(true);
        days.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                days.selectToggle(a);
            } else {
                vm.trendDaysProperty().set(b == d28 ? DashboardViewModel.LONG_TREND : DashboardViewModel.SHORT_TREND);
            }
        });
        vm.trendDaysProperty().addListener((o, a, b) -> showCharts());
        asOf.setId("meeting-as-of");
        asOf.getStyleClass().add("meeting-as-of");
        NoticeLabel notice = new NoticeLabel("meeting-notice", vm.noticeProperty(), msg);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(asOf, notice, spacer, new Label(msg.get("meeting.trend")), d14, d28, snapshot);
        bar.getChildren().addAll(actions);
        VBox top = new VBox(6, new LoadFailureBar("meeting-load-failure", vm.state(), msg, vm::reload), bar);
        top.setPadding(new Insets(0, 0, 6, 0));
        setTop(top);

        tiles.setId("meeting-tiles");
        tiles.setPrefTileWidth(TILE_W);
        tiles.setPrefTileHeight(TILE_H);
        contacts.setId("meeting-chart-contacts");
        events.setId("meeting-chart-events");
        villages.setId("meeting-chart-villages");
        HBox charts = new HBox(8, contacts, events, villages);
        for (ChartViewer c : List.of(contacts, events, villages)) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setPrefSize(380, 300);
            c.setMinSize(200, 220);
        }
        VBox body = new VBox(8, tiles, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        setCenter(scroll);
        vm.dataProperty().addListener((o, a, b) -> show());
        show();
    }

    private void show() {
        DashboardData d = vm.dataProperty().get();
        if (d == null) {
            asOf.setText(msg.get("meeting.loading"));
            return;
        }
        asOf.setText(msg.format("meeting.asOf", d.today().day().toString(),
                d.today().at().toLocalTime().toString()));
        List<FigureLine> lines = FigureLines.of(d.today(), d.yesterday(), msg);
        while (tileNodes.size() < lines.size()) {
            Tile t = FigureTiles.tile(family, TILE_W, TILE_H, 17);
            tileNodes.add(t);
            tiles.getChildren().add(t);
        }
        for (int i = 0; i < lines.size(); i++) {
            FigureTiles.show(tileNodes.get(i), lines.get(i));
        }
        showCharts();
    }

    private void showCharts() {
        DashboardData d = vm.dataProperty().get();
        if (d == null) {
            return;
        }
        // the charts' type follows the window's (13 px at 1366, 16 px on a 1920 projector)
        TrendCharts charts = new TrendCharts(msg, family, (float) CjkFont.fontSizeFor(
                javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()));
        contacts.setChart(charts.contacts(vm.trend(), vm.lateDays()));
        events.setChart(charts.events(vm.trend(), vm.lateDays()));
        villages.setChart(charts.villages(d.today().contacts().villages(), VILLAGES_SHOWN));
    }
}
