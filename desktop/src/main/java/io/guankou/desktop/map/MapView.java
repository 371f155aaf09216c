package io.guankou.desktop.map;

import io.guankou.desktop.contact.ContactRecorder;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.Alerts;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.MessageLine;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The map view: a toolbar (fit, zoom, the layers, PNG export and print), the drawn map, and a box with the counts
 * of the place under the pointer. A click opens the ledger filtered to the village; right-click offers the ledger
 * and the village's overdue list. Binds to {@link MapViewModel}.
 */
public final class MapView extends BorderPane {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MapViewModel vm;
    private final Messages msg;
    private final FilePicker picker;
    private final ContactRecorder recorder;
    private final String townshipName;
    private final MapCanvas canvas;
    private final ContextMenu menu = new ContextMenu();

    public MapView(MapViewModel vm, Messages msg, FilePicker picker, ContactRecorder recorder, String townshipName) {
        this.vm = vm;
        this.msg = msg;
        this.picker = picker;
        this.recorder = recorder;
        this.townshipName = townshipName;
        getStyleClass().add("map-view");
        canvas = new MapCanvas(vm, new MapPainter(new MapTexts(msg)), this::title);
        setTop(new VBox(new LoadFailureBar("map-load-failure", vm.state(), msg, vm::reload), toolbar()));
        setCenter(centre());
        // the right button shows the menu itself (a context-menu request does not come on every platform);
        // the keyboard's menu key asks for it at the point the pointer was last over
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                showMenu(e.getX(), e.getY());
            }
        });
        canvas.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                showMenu(e.getX(), e.getY());
            }
            e.consume();
        });
    }

    private FlowPane toolbar() {
        Button fit = button("map-fit", "map.fit", vm::fit);
        Button in = button("map-zoom-in", "map.zoomIn", vm::zoomIn);
        Button out = button("map-zoom-out", "map.zoomOut", vm::zoomOut);
        FlowPane bar = new FlowPane(8, 6, fit, in, out, new Separator(javafx.geometry.Orientation.VERTICAL));
        for (MapLayer l : MapLayer.values()) {
            CheckBox box = new CheckBox(msg.get(Messages.enumKey(l)));
            box.setId("map-layer-" + l.name().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(vm.layer(l));
            bar.getChildren().add(box);
        }
        Button png = button("map-export-png", "map.exportPng", this::exportPng);
        Button print = button("map-print", "map.print", this::print);
        png.disableProperty().bind(vm.state().readyProperty().not());
        print.disableProperty().bind(vm.state().readyProperty().not());
        bar.getChildren().addAll(new Separator(javafx.geometry.Orientation.VERTICAL), png, print,
                MessageLine.ok("map-notice", vm.noticeProperty(), msg),
                MessageLine.error("map-problem", vm.problemProperty(), msg));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(msg.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private StackPane centre() {
        Label empty = new Label(msg.get("map.empty"));
        empty.setId("map-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.getStyleClass().add("map-empty");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.dataProperty().get() != null
                && vm.dataProperty().get().geometry().isEmpty(), vm.dataProperty()));
        empty.setMouseTransparent(true);

        VBox hover = new VBox(2);
        hover.setId("map-hover");
        hover.getStyleClass().add("map-hover");
        hover.setMouseTransparent(true);
        hover.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        vm.hoverLines().addListener((javafx.collections.ListChangeListener<Msg>) c -> {
            hover.getChildren().clear();
            for (Msg line : vm.hoverLines()) {
                Label l = new Label(msg.text(line));
                if (hover.getChildren().isEmpty()) {
                    l.getStyleClass().add("map-hover-title");
                }
                hover.getChildren().add(l);
            }
        });
        hover.visibleProperty().bind(Bindings.isNotEmpty(vm.hoverLines()));
        StackPane.setAlignment(hover, Pos.TOP_RIGHT);
        StackPane.setMargin(hover, new Insets(10));

        StackPane stack = new StackPane(canvas, empty, hover);
        stack.getStyleClass().add("map-stack");
        return stack;
    }

    private void showMenu(double x, double y) {
        menu.hide();
        vm.villageAt(x, y).ifPresent(id -> {
            menuFor(id);
            Point2D at = canvas.localToScreen(x, y);
            menu.show(canvas, at.getX(), at.getY());
        });
    }

    private void menuFor(long villageId) {
        String name = vm.villageName(villageId);
        MenuItem ledger = new MenuItem(msg.format("map.menu.ledger", name));
        ledger.setId("map-menu-ledger");
        ledger.setOnAction(e -> vm.openLedger(villageId));
        int overdue = vm.overdueIn(villageId).size();
        MenuItem list = new MenuItem(msg.format("map.menu.overdue", overdue));
        list.setId("map-menu-overdue");
        list.setOnAction(e -> MapOverdueWindow.open(window(), msg, name, vm.overdueIn(villageId), recorder));
        menu.getItems().setAll(list, ledger);
    }

    /** The title drawn on the map (and so on the exported image): township, what, as of when. */
    private String title() {
        MapData d = vm.dataProperty().get();
        return d == null ? null : msg.format("map.title", townshipName, AS_OF.format(d.asOf()));
    }

    private void exportPng() {
        String suggested = msg.format("map.export.fileName", townshipName,
                vm.dataProperty().get() == null ? "" : DateTimeFormatter.BASIC_ISO_DATE.format(vm.dataProperty().get().asOf()));
        Path target = picker.savePng(window(), "map.export.title", suggested);
        if (target != null) {
            vm.exportPng(MapImage.of(canvas.snapshot()), target);
        }
    }

    private void print() {
        WritableImage image = canvas.snapshot();
        switch (MapPrinter.print(window(), image)) {
            case NO_PRINTER -> Alerts.warning(window(), msg, null, Msg.of("map.print.noPrinter"));
            case FAILED -> vm.printed(false);
            case PRINTED -> vm.printed(true);
            default -> {
                // cancelled in the dialog
            }
        }
    }

    /** For tests: what a right-click on the village would offer. */
    ContextMenu menu() {
        return menu;
    }

    MapViewModel viewModel() {
        return vm;
    }

    MapCanvas canvas() {
        return canvas;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
