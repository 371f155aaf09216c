package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.org.Facility;
import io.guankou.model.transport.AmbulanceStatus;
import io.guankou.model.transport.TransportField;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The ambulances sub-tab: the list, and the form beside it (base, plate, networked to 120, status). */
final class AmbulancesPane extends HBox {

    AmbulancesPane(AmbulancesViewModel vm, LoadState state, Messages msg) {
        super(12);
        setPadding(new Insets(8, 0, 0, 0));
        TableView<AmbulancesViewModel.Row> table = CoverageTables.table("ambulances-table", vm.rows(),
                msg.get("coverage.ambulance.empty"));
        table.getColumns().addAll(List.of(
                CoverageTables.column(msg.get("coverage.ambulance.plate"), 120, r -> r.ambulance().plate()),
                CoverageTables.column(msg.get("coverage.ambulance.facility"), 200, AmbulancesViewModel.Row::facilityName),
                CoverageTables.column(msg.get("coverage.ambulance.networked"), 90,
                        r -> msg.get(r.ambulance().networked() ? "coverage.yes" : "coverage.no")),
                CoverageTables.column(msg.get("coverage.ambulance.status"), 90, r -> msg.label(r.ambulance().status()))));
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
        HBox.setHgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, form(vm, state, msg));
    }

    private static VBox form(AmbulancesViewModel vm, LoadState state, Messages msg) {
        ComboBox<Facility> facility = new ComboBox<>(vm.facilities());
        facility.setId("ambulance-facility");
        facility.setConverter(EnumChoices.converter(f -> f.name() + " (" + msg.label(f.type()) + ")"));
        facility.setMaxWidth(Double.MAX_VALUE);
        Runnable showFacility = () -> facility.setValue(vm.facilities().stream()
                .filter(f -> vm.facilityIdProperty().get() != null && f.id() == vm.facilityIdProperty().get())
                .findFirst().orElse(null));
        vm.facilityIdProperty().addListener((o, a, b) -> showFacility.run());
        vm.facilities().addListener((javafx.collections.ListChangeListener<Facility>) c -> showFacility.run());
        facility.valueProperty().addListener((o, a, b) -> vm.facilityIdProperty().set(b == null ? null : b.id()));
        TextField plate = CoverageTables.text("ambulance-plate", vm.plateProperty(), 160);
        plate.setPromptText(msg.get("coverage.ambulance.platePrompt"));
        CheckBox networked = new CheckBox(msg.get("coverage.ambulance.networkedBox"));
        networked.setId("ambulance-networked");
        networked.selectedProperty().bindBidirectional(vm.networkedProperty());
        ComboBox<AmbulanceStatus> status = EnumChoices.combo("ambulance-status", AmbulanceStatus.class,
                vm.statusProperty(), msg);

        GridPane g = FormGrid.twoPairs(8, 6, 160, 220);
        g.getColumnConstraints().remove(2, 4);
        g.addRow(0, CoverageTables.label(msg, "coverage.ambulance.facility"),
                CoverageTables.field("ambulance-facility", facility, vm.errorAt(TransportField.FACILITY), msg));
        g.addRow(1, CoverageTables.label(msg, "coverage.ambulance.plate"),
                CoverageTables.field("ambulance-plate", plate, vm.errorAt(TransportField.PLATE), msg));
        g.add(networked, 1, 2);
        g.addRow(3, CoverageTables.label(msg, "coverage.ambulance.status"),
                CoverageTables.field("ambulance-status", status, vm.errorAt(TransportField.STATUS), msg));

        Button add = new Button(msg.get("coverage.ambulance.new"));
        add.setId("ambulance-new");
        add.setOnAction(e -> {
            vm.startNew();
            facility.requestFocus();
        });
        Button save = new Button(msg.get("coverage.save"));
        save.setId("ambulance-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());
        Button remove = new Button(msg.get("coverage.remove"));
        remove.setId("ambulance-remove");
        remove.setOnAction(e -> vm.remove());
        remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.savingProperty())
                .or(state.readyProperty().not()));
        save.disableProperty().bind(vm.savingProperty().or(state.readyProperty().not()));
        plate.setOnAction(e -> vm.save());
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get()
                == null ? msg.get("coverage.ambulance.newTitle") : msg.format("coverage.ambulance.editTitle",
                vm.selectedProperty().get().ambulance().plate()), vm.selectedProperty()));
        VBox box = new VBox(8, title, g, new HBox(8, add, save, remove),
                new NoticeLabel("ambulance-notice", vm.noticeProperty(), msg));
        box.setPrefWidth(400);
        box.setMinWidth(360);
        return box;
    }
}
