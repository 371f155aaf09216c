package io.guankou.desktop.meeting.actions;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.desktop.ui.NoticeLabel;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The action lists of the meeting view: one list or all three, the open items with the overdue first and marked (a
 * red edge and "overdue by n days" in the status column), optionally the lately closed, greyed; new, edit, close and
 * reopen open their forms or act on the selected item. Binds to {@link ActionListViewModel}.
 */
public final class ActionListPane extends VBox {

    /** The style class of an overdue item's row. */
    public static final String OVERDUE_CLASS = "action-overdue";
    /** The style class of a closed item's row. */
    public static final String DONE_CLASS = "action-done";

    public ActionListPane(ActionListViewModel vm, Messages msg) {
        super(8);
        getStyleClass().add("action-list");
        setPadding(new Insets(8, 0, 0, 0));
        TableView<ActionItem> table = table(vm, msg);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar(vm, msg, table), new LoadFailureBar("action-load-failure", vm.state(), msg,
                vm::reload), table, new NoticeLabel("action-notice", vm.noticeProperty(), msg));
    }

    private static HBox toolbar(ActionListViewModel vm, Messages msg, TableView<ActionItem> table) {
        ToggleGroup lists = new ToggleGroup();
        HBox filters = new HBox(0);
        filters.getChildren().add(filter("action-filter-all", msg.get("meeting.actions.filter.all"), null, lists, vm));
        filters.getChildren().add(filter("action-filter-task", msg.get("meeting.actions.filter.task"),
                ActionKind.TASK, lists, vm));
        filters.getChildren().add(filter("action-filter-problem", msg.get("meeting.actions.filter.problem"),
                ActionKind.PROBLEM, lists, vm));
        filters.getChildren().add(filter("action-filter-responsibility",
                msg.get("meeting.actions.filter.responsibility"), ActionKind.RESPONSIBILITY, lists, vm));
        CheckBox closed = new CheckBox(msg.get("meeting.actions.showClosed"));
        closed.setId("action-show-closed");
        closed.selectedProperty().bindBidirectional(vm.showClosedProperty());
        Label counts = new Label();
        counts.setId("action-counts");
        counts.getStyleClass().add("action-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> msg.format("meeting.actions.counts",
                vm.openCountProperty().get(), vm.overdueCountProperty().get()), vm.openCountProperty(),
                vm.overdueCountProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button add = new Button(msg.get("meeting.actions.new"));
        add.setId("action-new");
        add.disableProperty().bind(vm.state().readyProperty().not());
        add.setOnAction(e -> ActionFormDialog.open(vm.startNew(), msg, table.getScene().getWindow()));
        Button edit = new Button(msg.get("meeting.actions.edit"));
        edit.setId("action-edit");
        edit.disableProperty().bind(vm.selectedOpenProperty().not());
        edit.setOnAction(e -> edit(vm, msg, table));
        Button close = new Button(msg.get("meeting.actions.close"));
        close.setId("action-close");
        close.disableProperty().bind(vm.selectedOpenProperty().not());
        close.setOnAction(e -> {
            ActionCloseViewModel form = vm.startClose();
            if (form != null) {
                ActionCloseDialog.open(form, msg, table.getScene().getWindow());
            }
        });
        Button reopen = new Button(msg.get("meeting.actions.reopen"));
        reopen.setId("action-reopen");
        reopen.disableProperty().bind(vm.selectedDoneProperty().not());
        reopen.setOnAction(e -> vm.reopen());
        HBox bar = new HBox(10, filters, closed, counts, gap, add, edit, close, reopen);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void edit(ActionListViewModel vm, Messages msg, TableView<ActionItem> table) {
        ActionFormViewModel form = vm.startEdit();
        if (form != null) {
            ActionFormDialog.open(form, msg, table.getScene().getWindow());
        }
    }

    private static ToggleButton filter(String id, String text, ActionKind kind, ToggleGroup group,
                                       ActionListViewModel vm) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setSelected(vm.kindFilterProperty().get() == kind);
        b.setOnAction(e -> {
            // a list stays chosen: pressing the chosen one again keeps it
            b.setSelected(true);
            vm.kindFilterProperty().set(kind);
        });
        return b;
    }

    private static TableView<ActionItem> table(ActionListViewModel vm, Messages msg) {
        TableView<ActionItem> table = new TableView<>(vm.items());
        table.setId("action-table");
        table.setPlaceholder(new Label(msg.get("meeting.actions.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column(msg.get("meeting.actions.col.kind"), 56, i -> msg.label(i.kind())),
                column(msg.get("meeting.actions.col.text"), 300, ActionItem::text),
                column(msg.get("meeting.actions.col.owner"), 90, ActionItem::owner),
                column(msg.get("meeting.actions.col.due"), 90, i -> i.due().toString()),
                column(msg.get("meeting.actions.col.status"), 110, i -> msg.text(vm.status(i))),
                column(msg.get("meeting.actions.col.link"), 130, i -> text(msg, ActionListViewModel.link(i))),
                column(msg.get("meeting.actions.col.outcome"), 180, i -> i.outcome() == null ? "" : i.outcome())));
        table.setRowFactory(t -> {
            TableRow<ActionItem> row = new TableRow<>() {
                @Override
                protected void updateItem(ActionItem item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll(OVERDUE_CLASS, DONE_CLASS);
                    if (!empty && item != null) {
                        if (vm.overdue(item)) {
                            getStyleClass().add(OVERDUE_CLASS);
                        } else if (!item.open()) {
                            getStyleClass().add(DONE_CLASS);
                        }
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(vm, msg, t);
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != vm.selectedProperty().get()) {
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
        return table;
    }

    private static String text(Messages msg, Msg m) {
        return m == null ? "" : msg.text(m);
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
