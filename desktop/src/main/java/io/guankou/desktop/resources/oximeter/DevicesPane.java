package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.persistence.oximeter.DeviceEntry;
import io.guankou.persistence.oximeter.DeviceMoveEntry;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Every device by serial: where it is, its condition and dates; the selected one's history and actions. */
final class DevicesPane extends HBox {

    private final Messages msg;

    DevicesPane(OximetersViewModel vm, Messages msg) {
        super(12);
        this.msg = msg;
        setPadding(new Insets(8));
        TextField filter = new TextField();
        filter.setId("oximeter-device-filter");
        filter.setPromptText(msg.get("oximeter.devices.filter"));
        filter.textProperty().bindBidirectional(vm.deviceFilterProperty());
        filter.setPrefWidth(260);
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("oximeter.devices.count", vm.devices().size()), vm.devices()));
        HBox bar = new HBox(10, filter, count);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<DeviceEntry> table = new TableView<>(vm.devices());
        table.setId("oximeter-devices");
        table.setPlaceholder(new Label(msg.get("oximeter.devices.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.serial", 100, DeviceEntry::serial));
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.condition", 56, d -> msg.label(d.condition())));
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.holder", 190, this::holderText));
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.residentId", 150, vm::displayedId));
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.village", 80, DeviceEntry::villageName));
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.since", 90, d -> date(d.heldSince())));
        table.getColumns().add(OxColumns.text(msg, "oximeter.col.returned", 90, d -> date(d.returnedOn())));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != vm.selectedProperty().get()) {
                vm.select(b);
            }
        });
        VBox left = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? msg.get("oximeter.device.none")
                : msg.format("oximeter.device.title", vm.selectedProperty().get().serial()), vm.selectedProperty()));
        ListView<DeviceMoveEntry> history = new ListView<>(vm.history());
        history.setId("oximeter-history");
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DeviceMoveEntry m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : msg.format("oximeter.history.row", date(m.onDate()),
                        msg.label(m.event()), m.holder().isStock() ? msg.get("oximeter.stock") : m.holderName(),
                        msg.label(m.condition()), m.movedBy()));
                setWrapText(true);
            }
        });
        history.setPrefWidth(330);
        VBox.setVgrow(history, Priority.ALWAYS);
        Button working = conditionButton(vm, "oximeter-set-working", DeviceCondition.WORKING);
        Button broken = conditionButton(vm, "oximeter-set-broken", DeviceCondition.BROKEN);
        Button lost = conditionButton(vm, "oximeter-set-lost", DeviceCondition.LOST);
        Button back = new Button(msg.get("oximeter.device.return"));
        back.setId("oximeter-return");
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || !vm.selectedProperty().get().atHome(), vm.selectedProperty()).or(vm.savingProperty()));
        back.setOnAction(e -> vm.returnSelected(DeviceCondition.WORKING));
        HBox actions = new HBox(6, working, broken, lost, back);
        NoticeLabel notice = new NoticeLabel("oximeter-device-notice", vm.noticeProperty(), msg);
        notice.setWrapText(true);
        VBox right = new VBox(6, title, history, actions, notice);
        right.setPrefWidth(340);
        right.setMinWidth(300);
        getChildren().addAll(left, right);
    }

    private Button conditionButton(OximetersViewModel vm, String id, DeviceCondition c) {
        Button b = new Button(msg.format("oximeter.device.mark", msg.label(c)));
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().condition() == c, vm.selectedProperty()).or(vm.savingProperty()));
        b.setOnAction(e -> vm.setCondition(c));
        return b;
    }

    private String holderText(DeviceEntry d) {
        if (d.holder().isStock()) {
            return msg.get("oximeter.stock");
        }
        return msg.format("oximeter.holder", msg.label(d.holder().kind()), d.holderName());
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
