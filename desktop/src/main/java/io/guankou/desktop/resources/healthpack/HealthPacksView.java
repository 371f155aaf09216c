package io.guankou.desktop.resources.healthpack;

import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.Alerts;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.healthpack.PackQueueLine;
import io.guankou.model.place.Village;
import io.guankou.persistence.excel.ExportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The health-pack tab: a village filter, the queue in the notice's order, and a pack recorded for the selected line
 * with Enter or the hand out button (handed out today by the name beside it); the queue prints per village for the
 * village doctor and exports to .xlsx. Binds to {@link HealthPacksViewModel}.
 */
public final class HealthPacksView extends BorderPane {

    private final HealthPacksViewModel vm;
    private final Messages msg;
    private final HealthPackTexts texts;
    private final TableExport export;
    private final String townshipName;

    public HealthPacksView(HealthPacksViewModel vm, Messages msg, TableExport export) {
        this.vm = vm;
        this.msg = msg;
        this.texts = new HealthPackTexts(msg);
        this.export = export;
        this.townshipName = export.townshipName();
        getStyleClass().add("health-packs-view");
        setPadding(new Insets(8, 0, 0, 0));
        setTop(new LoadFailureBar("health-packs-load-failure", vm.state(), msg, vm::reload));

        TableView<PackQueueLine> table = new TableView<>(vm.lines());
        table.setId("health-packs-table");
        table.setPlaceholder(new Label(msg.get("healthPacks.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("healthPacks.col.rank", 50, true, l -> Integer.toString(l.rank())),
                column("healthPacks.col.village", 100, false, l -> l.person().villageName()),
                column("healthPacks.col.name", 80, false, l -> l.person().name()),
                column("healthPacks.col.residentId", 150, false, texts::maskedId),
                column("healthPacks.col.age", 50, true, l -> Integer.toString(l.person().age())),
                column("healthPacks.col.area", 56, false, texts::area),
                column("healthPacks.col.illness", 120, false, l -> msg.label(l.person().illnessGroup())),
                column("healthPacks.col.comorbidity", 70, false, texts::comorbidity),
                column("healthPacks.col.why", 260, false, texts::why)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.select(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 3));
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.handOut();
                e.consume();
            }
        });

        ComboBox<Choice<Long>> village = villageChoice();
        TextField handedBy = new TextField();
        handedBy.setId("health-packs-handed-by");
        handedBy.textProperty().bindBidirectional(vm.handedByProperty());
        handedBy.setPrefColumnCount(8);
        Button handOut = new Button(msg.get("healthPacks.handOut"));
        handOut.setId("health-packs-hand-out");
        handOut.disableProperty().bind(vm.selectedProperty().isNull().or(vm.savingProperty())
                .or(vm.state().readyProperty().not()));
        handOut.setOnAction(e -> {
            vm.handOut();
            table.requestFocus();
        });
        CheckBox extension = new CheckBox(msg.get("healthPacks.extensionBox"));
        extension.setId("health-packs-extension");
        extension.selectedProperty().bindBidirectional(vm.extensionProperty());
        extension.disableProperty().bind(vm.state().readyProperty().not());
        Button print = new Button(msg.get("healthPacks.print"));
        print.setId("health-packs-print");
        print.disableProperty().bind(vm.state().readyProperty().not());
        print.setOnAction(e -> print());
        Button exportButton = export.button("health-packs-export", "healthPacks.export", ExportKind.HEALTH_PACKS,
                this::ownerWindow, () -> new HealthPackExport(texts).sheet(export, vm.shown(), vm.villageName()));
        exportButton.disableProperty().bind(vm.state().readyProperty().not().or(export.runningProperty()));

        HBox bar = new HBox(8, label("healthPacks.village"), village, label("healthPacks.handedBy"), handedBy,
                handOut, extension, print, exportButton, export.progressIndicator());
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("health-packs-summary");
        summary.getStyleClass().add("coverage-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> msg.text(vm.summaryProperty().get()),
                vm.summaryProperty()));
        Label order = new Label(msg.get("healthPacks.order"));
        order.setWrapText(true);
        order.getStyleClass().add("section-subtitle");
        VBox box = new VBox(6, bar, summary, order, table, new NoticeLabel("health-packs-notice", vm.noticeProperty(),
                msg));
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(box);
    }

    private ComboBox<Choice<Long>> villageChoice() {
        ComboBox<Choice<Long>> box = new ComboBox<>();
        box.setId("health-packs-village");
        Runnable fill = () -> {
            List<Choice<Long>> items = new ArrayList<>();
            items.add(new Choice<>(null, msg.get("healthPacks.allVillages")));
            for (Village v : vm.villages()) {
                items.add(new Choice<>(v.id(), v.name()));
            }
            box.getItems().setAll(items);
            box.setValue(items.stream().filter(c -> c.is(vm.villageProperty().get())).findFirst()
                    .orElse(items.get(0)));
        };
        vm.villages().addListener((ListChangeListener<Village>) c -> fill.run());
        fill.run();
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.villageProperty().set(b.value());
            }
        });
        return box;
    }

    private Label label(String key) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private TableColumn<PackQueueLine, String> column(String key, double width, boolean number,
                                                     Function<PackQueueLine, String> value) {
        TableColumn<PackQueueLine, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 44));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        return c;
    }

    private void print() {
        HealthPackPrinter printer = new HealthPackPrinter(new HealthPackPrintLayout(texts));
        HealthPackPrinter.Outcome outcome = printer.print(ownerWindow(), vm.shown(), townshipName, export.today());
        switch (outcome) {
            case NO_PRINTER -> Alerts.warning(ownerWindow(), msg, null, Msg.of("print.noPrinter"));
            case FAILED -> Alerts.error(ownerWindow(), msg, null, Msg.of("print.failed"));
            default -> {
                // printed or cancelled in the dialog: nothing to add
            }
        }
    }

    private Window ownerWindow() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
