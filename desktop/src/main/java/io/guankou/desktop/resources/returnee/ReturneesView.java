package io.guankou.desktop.resources.returnee;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.place.Village;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.ReturneeField;
import io.guankou.model.returnee.ReturneeRules;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The returnee tab: the register (households with a red person marked and first), and the form beside it; every
 * field says what is wrong under it; above the list, the import from a sheet ({@link ReturneeImportPane}). Binds to
 * {@link ReturneesViewModel} and {@link ReturneeImportViewModel}.
 */
public final class ReturneesView extends HBox {

    static final String RED_CLASS = "coverage-gap";

    public ReturneesView(ReturneesViewModel vm, ReturneeImportViewModel importVm, Messages msg, FilePicker picker) {
        super(12);
        getStyleClass().add("coverage-view");
        setPadding(new Insets(8, 0, 0, 0));
        TableView<ReturneeRules.Line> table = new TableView<>(vm.lines());
        table.setId("returnees-table");
        table.setPlaceholder(new Label(msg.get("returnees.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column(msg.get("returnees.col.name"), 70, l -> l.returnee().name()),
                column(msg.get("returnees.col.village"), 70, l -> vm.villageName(l.returnee().villageId())),
                column(msg.get("returnees.col.household"), 200, l -> l.household() == null
                        ? msg.format("returnees.notInLedger", nullToEmpty(l.returnee().address()))
                        : msg.format("returnees.householdWith", l.household().address(), msg.join(ReturneesViewModel
                        .members(l.household()).stream().map(msg::text).toList()))),
                column(msg.get("returnees.col.arrival"), 86, l -> l.returnee().arrival().toString()),
                column(msg.get("returnees.col.from"), 80, l -> l.returnee().from()),
                column(msg.get("returnees.col.told"), 110, l -> msg.format("returnees.told",
                        msg.get(l.returnee().clinicNumberGiven() ? "returnees.yes" : "returnees.no"),
                        msg.get(l.returnee().adviceGiven() ? "returnees.yes" : "returnees.no")))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReturneeRules.Line l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().remove(RED_CLASS);
                if (!empty && l != null && l.redInHousehold()) {
                    getStyleClass().add(RED_CLASS);
                }
            }
        });
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
        Label hint = new Label(msg.get("returnees.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("section-subtitle");
        VBox left = new VBox(6, new LoadFailureBar("returnees-load-failure", vm.state(), msg, vm::reload), hint,
                new ReturneeImportPane(importVm, msg, picker), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        getChildren().addAll(left, form(vm, msg));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> ComboBox<T> choice(String id, ObservableList<T> items, ObjectProperty<Long> value,
                                          Function<T, Long> idOf, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(EnumChoices.converter(label));
        box.setMaxWidth(Double.MAX_VALUE);
        boolean[] showing = new boolean[1];
        Runnable show = () -> {
            showing[0] = true;
            box.setValue(items.stream().filter(t -> value.get() != null && idOf.apply(t).equals(value.get()))
                    .findFirst().orElse(null));
            showing[0] = false;
        };
        value.addListener((o, a, b) -> show.run());
        items.addListener((ListChangeListener<T>) c -> show.run());
        box.valueProperty().addListener((o, a, b) -> {
            if (!showing[0]) {
                value.set(b == null ? null : idOf.apply(b));
            }
        });
        return box;
    }

    private static VBox form(ReturneesViewModel vm, Messages msg) {
        TextField name = text("returnee-name", vm.nameProperty());
        TextField phone = text("returnee-phone", vm.phoneProperty());
        ComboBox<Village> village = choice("returnee-village", vm.villages(), vm.villageIdProperty(), Village::id,
                Village::name);
        ComboBox<HouseholdRef> household = choice("returnee-household", vm.households(), vm.householdIdProperty(),
                HouseholdRef::id, h -> h.members().isEmpty() ? h.address() : msg.format("returnees.householdChoice",
                        h.address(), msg.join(ReturneesViewModel.members(h).stream().map(msg::text).toList())));
        household.setPromptText(msg.get("returnees.householdPrompt"));
        TextField address = text("returnee-address", vm.addressProperty());
        address.setPromptText(msg.get("returnees.addressPrompt"));
        address.disableProperty().bind(vm.householdIdProperty().isNotNull());
        TextField arrival = text("returnee-arrival", vm.arrivalProperty());
        TextField from = text("returnee-from", vm.fromProperty());
        from.setPromptText(msg.get("returnees.fromPrompt"));
        CheckBox number = new CheckBox(msg.get("returnees.clinicNumber"));
        number.setId("returnee-clinic-number");
        number.selectedProperty().bindBidirectional(vm.clinicNumberProperty());
        CheckBox advice = new CheckBox(msg.get("returnees.advice"));
        advice.setId("returnee-advice");
        advice.setWrapText(true);
        advice.selectedProperty().bindBidirectional(vm.adviceProperty());

        GridPane g = FormGrid.twoPairs(8, 6, 160, 220);
        g.getColumnConstraints().remove(2, 4);
        row(g, 0, msg, "returnees.col.name", "returnee-name", name, vm, ReturneeField.NAME);
        row(g, 1, msg, "returnees.phone", "returnee-phone", phone, vm, ReturneeField.PHONE);
        row(g, 2, msg, "returnees.col.village", "returnee-village", village, vm, ReturneeField.VILLAGE);
        row(g, 3, msg, "returnees.household", "returnee-household", household, vm, ReturneeField.HOUSEHOLD);
        row(g, 4, msg, "returnees.address", "returnee-address", address, vm, ReturneeField.ADDRESS);
        row(g, 5, msg, "returnees.col.arrival", "returnee-arrival", arrival, vm, ReturneeField.ARRIVAL);
        row(g, 6, msg, "returnees.col.from", "returnee-from", from, vm, ReturneeField.FROM);
        g.add(number, 1, 7);
        g.add(advice, 1, 8);

        Button add = new Button(msg.get("returnees.new"));
        add.setId("returnee-new");
        add.setOnAction(e -> {
            vm.startNew();
            name.requestFocus();
        });
        Button save = new Button(msg.get("returnees.save"));
        save.setId("returnee-save");
        save.disableProperty().bind(vm.savingProperty().or(vm.state().readyProperty().not()));
        save.setOnAction(e -> vm.save());
        from.setOnAction(e -> vm.save());
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? msg.get("returnees.newTitle") : msg.format("returnees.editTitle",
                vm.selectedProperty().get().returnee().name()), vm.selectedProperty()));
        VBox box = new VBox(8, title, g, new HBox(8, add, save), new NoticeLabel("returnee-notice",
                vm.noticeProperty(), msg));
        box.setPrefWidth(400);
        box.setMinWidth(360);
        return box;
    }

    private static void row(GridPane g, int row, Messages msg, String key, String id, Control control,
                            ReturneesViewModel vm, ReturneeField field) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        g.addRow(row, l, FieldMessage.wrap(id + "-message", control, vm.errorAt(field), msg));
    }

    private static TextField text(String id, StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        t.setPrefColumnCount(1);
        return t;
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 44));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        return c;
    }
}
