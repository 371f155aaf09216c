package io.guankou.desktop.resources.supply;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.ui.EnumChoices;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.supply.MovementKind;
import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyField;
import io.guankou.model.supply.SupplyItem;
import io.guankou.model.supply.SupplyReport;
import io.guankou.model.supply.SupplyStatus;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The stock sub-tab: the lines, alerts first (under the alert days red, below the target amber, and the status as
 * text), and the receipt / issue form beside it. Selecting a line puts its facility and item into the form; Enter in
 * the quantity, day or note records.
 */
final class StockPane extends HBox {

    static final String ALERT_CLASS = "supplies-alert";
    static final String BELOW_CLASS = "supplies-below";

    StockPane(SuppliesViewModel vm, Messages msg) {
        super(12);
        setPadding(new Insets(8, 0, 0, 0));
        TableView<StockLine> table = SupplyTables.table("supplies-table", vm.lines(), msg.get("supplies.empty"));
        table.getColumns().addAll(List.of(
                SupplyTables.column(msg.get("supplies.col.status"), 92, false, l -> msg.label(l.status())),
                SupplyTables.column(msg.get("supplies.col.facility"), 150, false, StockLine::facilityName),
                SupplyTables.column(msg.get("supplies.col.kind"), 80, false, l -> msg.label(l.item().kind())),
                SupplyTables.column(msg.get("supplies.col.item"), 140, false, l -> l.item().name()),
                SupplyTables.column(msg.get("supplies.col.stock"), 70, true, l -> l.stock() + l.item().unit()),
                SupplyTables.column(msg.get("supplies.col.daily"), 62, true, l -> oneDecimal(l.dailyUse())),
                SupplyTables.column(msg.get("supplies.col.days"), 62, true, l -> l.wholeDays() < 0
                        ? msg.get("supplies.noUse") : Integer.toString(l.wholeDays())),
                SupplyTables.column(msg.get("supplies.col.target"), 80, true, l -> l.target() == null
                        ? msg.get("supplies.noTarget") : l.target() + (l.festivalRaised() ? "*" : "")),
                SupplyTables.column(msg.get("supplies.col.shortfall"), 60, true, l -> l.target() == null ? ""
                        : Integer.toString(l.shortfall()))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StockLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll(ALERT_CLASS, BELOW_CLASS);
                if (!empty && line != null && line.status() == SupplyStatus.UNDER_ALERT_DAYS) {
                    getStyleClass().add(ALERT_CLASS);
                } else if (!empty && line != null && line.status() == SupplyStatus.BELOW_TARGET) {
                    getStyleClass().add(BELOW_CLASS);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.form().take(b));
        Label summary = new Label();
        summary.setId("supplies-summary");
        summary.getStyleClass().add("coverage-summary");
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> msg.text(vm.summaryProperty().get()), vm.summaryProperty()));
        summary.setWrapText(true);
        MessageLine festival = MessageLine.ok("supplies-festival", vm.festivalProperty(), msg);
        festival.setWrapText(true);
        Label raisedNote = new Label(msg.get("supplies.raisedMark"));
        raisedNote.getStyleClass().add("section-subtitle");
        VBox left = new VBox(6, summary, festival, table, raisedNote);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        getChildren().addAll(left, form(vm.form(), vm.state(), msg));
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static <T> ComboBox<T> choice(String id, ObservableList<T> items, ObjectProperty<Long> value,
                                          Function<T, Long> idOf, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(EnumChoices.converter(label));
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable show = () -> box.setValue(items.stream().filter(t -> value.get() != null
                && idOf.apply(t).equals(value.get())).findFirst().orElse(null));
        value.addListener((o, a, b) -> show.run());
        items.addListener((ListChangeListener<T>) c -> show.run());
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null || !items.isEmpty()) {
                value.set(b == null ? null : idOf.apply(b));
            }
        });
        return box;
    }

    private static VBox form(MovementFormViewModel vm, LoadState state, Messages msg) {
        ComboBox<SupplyReport.Stocker> facility = choice("supply-facility", vm.facilities(), vm.facilityIdProperty(),
                SupplyReport.Stocker::id, SupplyReport.Stocker::name);
        ComboBox<SupplyItem> item = choice("supply-item", vm.items(), vm.itemIdProperty(), SupplyItem::id,
                i -> i.name() + " (" + i.unit() + ")");
        ComboBox<MovementKind> kind = EnumChoices.combo("supply-kind", MovementKind.class, vm.kindProperty(), msg);
        TextField quantity = SupplyTables.text("supply-quantity", vm.quantityProperty(), 120);
        TextField date = SupplyTables.text("supply-date", vm.dateProperty(), 120);
        date.setPromptText(msg.get("supplies.move.datePrompt"));
        TextField note = SupplyTables.text("supply-note", vm.noteProperty(), 200);
        note.setPromptText(msg.get("supplies.move.notePrompt"));

        GridPane g = FormGrid.twoPairs(8, 6, 160, 220);
        g.getColumnConstraints().remove(2, 4);
        g.addRow(0, SupplyTables.label(msg, "supplies.move.facility"),
                SupplyTables.field("supply-facility", facility, vm.errorAt(SupplyField.FACILITY), msg));
        g.addRow(1, SupplyTables.label(msg, "supplies.move.item"),
                SupplyTables.field("supply-item", item, vm.errorAt(SupplyField.ITEM), msg));
        g.addRow(2, SupplyTables.label(msg, "supplies.move.kind"),
                SupplyTables.field("supply-kind", kind, vm.errorAt(SupplyField.KIND), msg));
        g.addRow(3, SupplyTables.label(msg, "supplies.move.quantity"),
                SupplyTables.field("supply-quantity", quantity, vm.errorAt(SupplyField.QUANTITY), msg));
        g.addRow(4, SupplyTables.label(msg, "supplies.move.date"),
                SupplyTables.field("supply-date", date, vm.errorAt(SupplyField.DATE), msg));
        g.addRow(5, SupplyTables.label(msg, "supplies.move.note"),
                SupplyTables.field("supply-note", note, vm.errorAt(SupplyField.NOTE), msg));

        Button record = new Button(msg.get("supplies.move.record"));
        record.setId("supply-record");
        record.disableProperty().bind(vm.savingProperty().or(state.readyProperty().not()));
        Runnable go = () -> {
            if (!record.isDisabled() && vm.record()) {
                quantity.requestFocus();
            }
        };
        record.setOnAction(e -> go.run());
        quantity.setOnAction(e -> go.run());
        date.setOnAction(e -> go.run());
        note.setOnAction(e -> go.run());
        Label title = new Label(msg.get("supplies.move.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(msg.get("supplies.move.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("section-subtitle");
        VBox box = new VBox(8, title, hint, g, record, new NoticeLabel("supply-notice", vm.noticeProperty(), msg));
        box.setPrefWidth(380);
        box.setMinWidth(340);
        box.setMaxWidth(400);
        return box;
    }
}
