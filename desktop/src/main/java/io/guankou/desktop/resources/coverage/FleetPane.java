package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.transport.FleetAvailability;
import io.guankou.model.transport.FleetVehicle;
import io.guankou.model.transport.TransportField;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The fleet sub-tab: vehicles available now and their seats, the list, and the form beside it. */
final class FleetPane extends HBox {

    FleetPane(FleetViewModel vm, LoadState state, Messages msg) {
        super(12);
        setPadding(new Insets(8, 0, 0, 0));
        TableView<FleetVehicle> table = CoverageTables.table("fleet-table", vm.rows(), msg.get("coverage.fleet.empty"));
        table.getColumns().addAll(List.of(
                CoverageTables.column(msg.get("coverage.fleet.owner"), 220, FleetVehicle::owner),
                CoverageTables.column(msg.get("coverage.fleet.phone"), 130, FleetVehicle::phone),
                CoverageTables.column(msg.get("coverage.fleet.seats"), 60, v -> Integer.toString(v.seats())),
                CoverageTables.column(msg.get("coverage.fleet.availability"), 90, v -> msg.label(v.availability()))));
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
            }
        });
        Label available = new Label();
        available.setId("fleet-available");
        available.textProperty().bind(Bindings.createStringBinding(() -> msg.format("coverage.fleet.availableNow",
                vm.availableVehiclesProperty().get(), vm.availableSeatsProperty().get()),
                vm.availableVehiclesProperty(), vm.availableSeatsProperty()));
        VBox list = new VBox(6, available, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(list, Priority.ALWAYS);
        getChildren().addAll(list, form(vm, state, msg));
    }

    private static VBox form(FleetViewModel vm, LoadState state, Messages msg) {
        TextField owner = CoverageTables.text("fleet-owner", vm.ownerProperty(), 200);
        owner.setPromptText(msg.get("coverage.fleet.ownerPrompt"));
        TextField phone = CoverageTables.text("fleet-phone", vm.phoneProperty(), 160);
        TextField seats = CoverageTables.text("fleet-seats", vm.seatsProperty(), 60);
        ComboBox<FleetAvailability> availability = EnumChoices.combo("fleet-availability", FleetAvailability.class,
                vm.availabilityProperty(), msg);
        GridPane g = FormGrid.twoPairs(8, 6, 160, 220);
        g.getColumnConstraints().remove(2, 4);
        g.addRow(0, CoverageTables.label(msg, "coverage.fleet.owner"),
                CoverageTables.field("fleet-owner", owner, vm.errorAt(TransportField.OWNER), msg));
        g.addRow(1, CoverageTables.label(msg, "coverage.fleet.phone"),
                CoverageTables.field("fleet-phone", phone, vm.errorAt(TransportField.PHONE), msg));
        g.addRow(2, CoverageTables.label(msg, "coverage.fleet.seats"),
                CoverageTables.field("fleet-seats", seats, vm.errorAt(TransportField.SEATS), msg));
        g.addRow(3, CoverageTables.label(msg, "coverage.fleet.availability"),
                CoverageTables.field("fleet-availability", availability, vm.errorAt(TransportField.AVAILABILITY),
                        msg));
        Button add = new Button(msg.get("coverage.fleet.new"));
        add.setId("fleet-new");
        add.setOnAction(e -> {
            vm.startNew();
            owner.requestFocus();
        });
        Button save = new Button(msg.get("coverage.save"));
        save.setId("fleet-save");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.savingProperty().or(state.readyProperty().not()));
        Button remove = new Button(msg.get("coverage.remove"));
        remove.setId("fleet-remove");
        remove.setOnAction(e -> vm.remove());
        remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.savingProperty())
                .or(state.readyProperty().not()));
        for (TextField t : List.of(owner, phone, seats)) {
            t.setOnAction(e -> vm.save()); // Enter in any field saves
        }
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? msg.get("coverage.fleet.newTitle")
                : msg.format("coverage.fleet.editTitle", vm.selectedProperty().get().owner()), vm.selectedProperty()));
        VBox box = new VBox(8, title, g, new HBox(8, add, save, remove),
                new NoticeLabel("fleet-notice", vm.noticeProperty(), msg));
        box.setPrefWidth(400);
        box.setMinWidth(360);
        return box;
    }
}
