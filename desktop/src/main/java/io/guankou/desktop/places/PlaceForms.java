package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.FormGrid;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.place.rules.PlaceChange;
import io.guankou.model.place.rules.PlaceField;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** What the four tabs of the places editor are built from: fields with their messages, lists, buttons, history. */
final class PlaceForms {

    private final Messages msg;
    private final LoadState state;
    private final Supplier<Window> owner;

    PlaceForms(Messages msg, LoadState state, Supplier<Window> owner) {
        this.msg = msg;
        this.state = state;
        this.owner = owner;
    }

    Messages msg() {
        return msg;
    }

    GridPane grid() {
        return FormGrid.twoPairs(10, 4, 120, 190);
    }

    Label label(String key) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    Label label(Enum<?> field) {
        Label l = new Label(msg.label(field));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    TextField text(String id, StringProperty property) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(property);
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }

    /** The control with the form's message for {@code field} under it. */
    Node field(PlaceFormViewModel vm, PlaceField field, Control control) {
        String id = control.getId() + "-error";
        return FieldMessage.wrap(id, control, Bindings.createObjectBinding(() -> vm.errors().get(field),
                vm.errors()), msg);
    }

    /** Puts label + field pairs into the grid, two per row, from row {@code row}; returns the next free row. */
    int pairs(GridPane g, int row, Node... labelsAndFields) {
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            int col = (i / 2) % 2 * 2;
            g.add(labelsAndFields[i], col, row);
            GridPane.setValignment(labelsAndFields[i], javafx.geometry.VPos.TOP);
            GridPane.setMargin(labelsAndFields[i], new Insets(4, 0, 0, 0));
            g.add(labelsAndFields[i + 1], col + 1, row);
            if (col == 2) {
                row++;
            }
        }
        return labelsAndFields.length % 4 == 0 ? row : row + 1;
    }

    /** A combo of ids, written to and read from {@code property}; its items are set by the caller. */
    ComboBox<Choice<Long>> idCombo(String id, ObjectProperty<Long> property) {
        ComboBox<Choice<Long>> c = new ComboBox<>();
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.valueProperty().addListener((o, a, b) -> {
            Long v = b == null ? null : b.value();
            if (!Objects.equals(property.get(), v)) {
                property.set(v);
            }
        });
        property.addListener((o, a, b) -> select(c, b));
        return c;
    }

    static void select(ComboBox<Choice<Long>> combo, Long value) {
        if (combo.getValue() != null && combo.getValue().is(value)) {
            return;
        }
        combo.getItems().stream().filter(ch -> ch.is(value)).findFirst().ifPresentOrElse(combo::setValue,
                () -> combo.setValue(null));
    }

    /** Refills a combo's items, keeping the property's value selected. */
    static <T> void fill(ComboBox<Choice<Long>> combo, List<Choice<Long>> items, ObjectProperty<Long> property) {
        combo.getItems().setAll(items);
        select(combo, property.get());
    }

    <T> List<Choice<Long>> choices(List<T> items, ToLongFunction<T> id, Function<T, String> label, String noneKey) {
        List<Choice<Long>> out = new java.util.ArrayList<>();
        if (noneKey != null) {
            out.add(new Choice<>(null, msg.get(noneKey)));
        }
        items.forEach(i -> out.add(new Choice<>(id.applyAsLong(i), label.apply(i))));
        return out;
    }

    /** A table column showing text. */
    static <R> TableColumn<R, String> column(String title, double width, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The list and the view-model select the same place: a click selects it, a save or a "new" moves the list. */
    static <R> void bindSelection(TableView<R> table, PlaceFormViewModel vm, ToLongFunction<R> id) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !Objects.equals(vm.selectedIdProperty().get(), id.applyAsLong(b))) {
                vm.select(id.applyAsLong(b));
            }
        });
        Runnable follow = () -> {
            Long want = vm.selectedIdProperty().get();
            R current = table.getSelectionModel().getSelectedItem();
            if (want == null) {
                table.getSelectionModel().clearSelection();
            } else if (current == null || id.applyAsLong(current) != want) {
                table.getItems().stream().filter(r -> id.applyAsLong(r) == want).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
            }
        };
        vm.selectedIdProperty().addListener((o, a, b) -> follow.run());
        table.getItems().addListener((ListChangeListener<R>) c -> follow.run());
    }

    /** The list with its "add" button above it. */
    VBox list(String prefix, String addKey, TableView<?> table, PlaceFormViewModel vm) {
        table.setId(prefix + "-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(msg.get("places.list.empty")));
        Button add = new Button(msg.get(addKey));
        add.setId(prefix + "-add");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(state.readyProperty().not());
        add.setOnAction(e -> vm.startNew());
        HBox bar = new HBox(8, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, bar, table);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** "Edit X" or "New X" over the form. */
    Label title(PlaceFormViewModel vm, PlacesViewModel places, String newKey, String editKey) {
        Label t = new Label();
        t.getStyleClass().add("section-title");
        t.setId(vm.kind().name().toLowerCase(java.util.Locale.ROOT) + "-form-title");
        Runnable show = () -> t.setText(vm.isNew() ? msg.get(newKey)
                : msg.format(editKey, places.dataProperty().get().name(vm.kind(), vm.selectedIdProperty().get())));
        vm.selectedIdProperty().addListener((o, a, b) -> show.run());
        places.dataProperty().addListener((o, a, b) -> show.run());
        show.run();
        return t;
    }

    /** Save and remove-or-merge, and the line that says how the last action went. */
    Node buttons(String prefix, PlaceFormViewModel vm, String saveKey) {
        Button save = new Button(msg.get(saveKey));
        save.setId(prefix + "-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.validProperty().not().or(vm.savingProperty())
                .or(state.readyProperty().not()));
        save.setOnAction(e -> vm.save());
        Button remove = new Button(msg.get("places.removeOrMerge"));
        remove.setId(prefix + "-remove");
        remove.disableProperty().bind(vm.selectedIdProperty().isNull().or(state.readyProperty().not()));
        remove.setOnAction(e -> vm.removal().ifPresent(r -> RemovalDialog.open(r, msg, owner.get())));
        HBox row = new HBox(8, save, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, notice(prefix + "-notice", vm));
    }

    /** How the last action of the form went; takes no room while there is nothing to say. */
    NoticeLabel notice(String id, PlaceFormViewModel vm) {
        NoticeLabel notice = new NoticeLabel(id, vm.noticeProperty(), msg);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        return notice;
    }

    /** A column of counts, right-aligned. */
    static <R> TableColumn<R, String> count(String title, double width, java.util.function.ToLongFunction<R> n) {
        TableColumn<R, String> c = column(title, width, r -> Long.toString(n.applyAsLong(r)));
        c.getStyleClass().add("count-column");
        return c;
    }

    /** The selected place's history, newest first. */
    Node history(String prefix, PlaceFormViewModel vm, PlacesViewModel places) {
        ListView<PlaceChange> list = new ListView<>(vm.history());
        list.setId(prefix + "-history");
        list.setPlaceholder(new Label(msg.get("places.history.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PlaceChange c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : new PlaceHistoryText(msg, places.dataProperty().get(),
                        places.zone()).line(vm.kind(), c));
            }
        });
        list.setPrefHeight(160);
        list.setMinHeight(90);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label error = MessageLine.error(prefix + "-history-error", vm.historyErrorProperty(), msg);
        VBox box = new VBox(4, label("places.history"), error, list);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    /** The form side of a tab: title, fields, buttons, history; it scrolls when the screen is short. */
    static VBox side(Node... parts) {
        VBox box = new VBox(8, parts);
        box.getStyleClass().add("section");
        box.setPrefWidth(560);
        box.setMinWidth(460);
        box.setMaxWidth(620);
        return box;
    }
}
