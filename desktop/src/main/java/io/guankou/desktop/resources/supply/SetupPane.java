package io.guankou.desktop.resources.supply;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.supply.SupplyField;
import io.guankou.model.supply.SupplyItem;
import io.guankou.model.supply.SupplyKind;
import io.guankou.model.supply.SupplyReport;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The set-up sub-tab: the items and their form; a facility's served population; the settings. */
final class SetupPane extends HBox {

    SetupPane(SupplySetupViewModel vm, LoadState state, Messages msg) {
        super(16);
        setPadding(new Insets(8, 0, 0, 0));
        BooleanBinding off = vm.savingProperty().or(state.readyProperty().not());

        TableView<SupplyItem> items = SupplyTables.table("supply-items", vm.items(), msg.get("supplies.item.empty"));
        items.getColumns().addAll(List.of(
                SupplyTables.column(msg.get("supplies.col.kind"), 90, false, i -> msg.label(i.kind())),
                SupplyTables.column(msg.get("supplies.col.item"), 160, false, SupplyItem::name),
                SupplyTables.column(msg.get("supplies.item.unit"), 50, false, SupplyItem::unit),
                SupplyTables.column(msg.get("supplies.item.perPerson"), 70, true, i -> Integer.toString(i.perPerson()))));
        items.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedItemProperty().get()) {
                vm.selectItem(b);
            }
        });
        ComboBox<SupplyKind> kind = EnumChoices.combo("supply-item-kind", SupplyKind.class, vm.itemKindProperty(), msg);
        TextField name = SupplyTables.text("supply-item-name", vm.itemNameProperty(), 180);
        TextField unit = SupplyTables.text("supply-item-unit", vm.itemUnitProperty(), 80);
        TextField perPerson = SupplyTables.text("supply-item-per-person", vm.itemPerPersonProperty(), 80);
        GridPane ig = grid();
        ig.addRow(0, SupplyTables.label(msg, "supplies.col.kind"),
                SupplyTables.field("supply-item-kind", kind, vm.errorAt(SupplyField.KIND), msg));
        ig.addRow(1, SupplyTables.label(msg, "supplies.col.item"),
                SupplyTables.field("supply-item-name", name, vm.errorAt(SupplyField.NAME), msg));
        ig.addRow(2, SupplyTables.label(msg, "supplies.item.unit"),
                SupplyTables.field("supply-item-unit", unit, vm.errorAt(SupplyField.UNIT), msg));
        ig.addRow(3, SupplyTables.label(msg, "supplies.item.perPerson"),
                SupplyTables.field("supply-item-per-person", perPerson, vm.errorAt(SupplyField.PER_PERSON), msg));
        Button newItem = new Button(msg.get("supplies.item.new"));
        newItem.setId("supply-item-new");
        newItem.setOnAction(e -> {
            items.getSelectionModel().clearSelection();
            vm.selectItem(null);
            kind.requestFocus();
        });
        Button saveItem = new Button(msg.get("supplies.save"));
        saveItem.setId("supply-item-save");
        saveItem.disableProperty().bind(off);
        saveItem.setOnAction(e -> vm.saveItem());
        perPerson.setOnAction(e -> vm.saveItem());
        VBox itemBox = new VBox(8, title(msg, "supplies.item.title"), items, ig, new HBox(8, newItem, saveItem));
        VBox.setVgrow(items, Priority.ALWAYS);
        HBox.setHgrow(itemBox, Priority.ALWAYS);

        ComboBox<SupplyReport.Stocker> facility = new ComboBox<>(vm.facilities());
        facility.setId("supply-population-facility");
        facility.setConverter(EnumChoices.converter(SupplyReport.Stocker::name));
        facility.setMaxWidth(Double.MAX_VALUE);
        Runnable showFacility = () -> facility.setValue(vm.facilities().stream()
                .filter(f -> vm.populationFacilityProperty().get() != null
                        && f.id() == vm.populationFacilityProperty().get()).findFirst().orElse(null));
        vm.populationFacilityProperty().addListener((o, a, b) -> showFacility.run());
        vm.facilities().addListener((ListChangeListener<SupplyReport.Stocker>) c -> showFacility.run());
        facility.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.populationFacilityProperty().set(b.id());
            }
        });
        TextField population = SupplyTables.text("supply-population", vm.populationProperty(), 120);
        population.setPromptText(msg.get("supplies.population.prompt"));
        Button savePopulation = new Button(msg.get("supplies.save"));
        savePopulation.setId("supply-population-save");
        savePopulation.disableProperty().bind(off);
        savePopulation.setOnAction(e -> vm.savePopulation());
        population.setOnAction(e -> vm.savePopulation());
        GridPane pg = grid();
        pg.addRow(0, SupplyTables.label(msg, "supplies.move.facility"),
                SupplyTables.field("supply-population-facility", facility, vm.errorAt(SupplyField.FACILITY), msg));
        pg.addRow(1, SupplyTables.label(msg, "supplies.population.label"),
                SupplyTables.field("supply-population", population, vm.errorAt(SupplyField.POPULATION), msg));

        GridPane sg = grid();
        TextField[] fields = {
            setting(sg, 0, msg, "supply-window", "supplies.settings.window", vm.windowDaysProperty(),
                    vm.errorAt(SupplyField.WINDOW_DAYS)),
            setting(sg, 1, msg, "supply-target", "supplies.settings.target", vm.targetPercentProperty(),
                    vm.errorAt(SupplyField.TARGET_PERCENT)),
            setting(sg, 2, msg, "supply-alert", "supplies.settings.alert", vm.alertDaysProperty(),
                    vm.errorAt(SupplyField.ALERT_DAYS)),
            setting(sg, 3, msg, "supply-festival", "supplies.settings.festival", vm.festivalProperty(),
                    vm.errorAt(SupplyField.SPRING_FESTIVAL)),
            setting(sg, 4, msg, "supply-lead", "supplies.settings.lead", vm.leadDaysProperty(),
                    vm.errorAt(SupplyField.FESTIVAL_LEAD_DAYS)),
            setting(sg, 5, msg, "supply-raise", "supplies.settings.raise", vm.raisePercentProperty(),
                    vm.errorAt(SupplyField.FESTIVAL_RAISE_PERCENT))};
        fields[3].setPromptText(msg.get("supplies.settings.festivalPrompt"));
        Button saveSettings = new Button(msg.get("supplies.save"));
        saveSettings.setId("supply-settings-save");
        saveSettings.disableProperty().bind(off);
        saveSettings.setOnAction(e -> vm.saveSettings());
        for (TextField f : fields) {
            f.setOnAction(e -> vm.saveSettings());
        }
        Label rule = new Label(msg.get("supplies.settings.rule"));
        rule.setWrapText(true);
        rule.getStyleClass().add("section-subtitle");
        VBox right = new VBox(8, title(msg, "supplies.population.title"), pg, savePopulation,
                title(msg, "supplies.settings.title"), sg, rule, saveSettings,
                new NoticeLabel("supply-setup-notice", vm.noticeProperty(), msg));
        right.setPrefWidth(420);
        right.setMinWidth(380);
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(400);
        scroll.setPrefWidth(440);
        getChildren().addAll(itemBox, scroll);
    }

    private static GridPane grid() {
        GridPane g = FormGrid.twoPairs(8, 6, 140, 200);
        g.getColumnConstraints().remove(2, 4);
        return g;
    }

    private static Label title(Messages msg, String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static TextField setting(GridPane g, int row, Messages msg, String id, String key,
                                     javafx.beans.property.StringProperty value,
                                     javafx.beans.value.ObservableValue<io.guankou.desktop.i18n.Msg> error) {
        TextField t = SupplyTables.text(id, value, 120);
        g.addRow(row, SupplyTables.label(msg, key), SupplyTables.field(id, t, error, msg));
        return t;
    }
}
