package io.guankou.desktop.resources.returnee;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.NoticeLabel;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The import of returnees from a sheet in the returnee tab: the button import from a sheet (file through {@link FilePicker}),
 * the preview of the rows read (to add, or refused with the reasons), then import or cancel. Binds to
 * {@link ReturneeImportViewModel}.
 */
final class ReturneeImportPane extends VBox {

    static final String REFUSED_CLASS = "coverage-gap";

    ReturneeImportPane(ReturneeImportViewModel vm, Messages msg, FilePicker picker) {
        super(6);
        Button choose = new Button(msg.get("returnees.import.choose"));
        choose.setId("returnee-import");
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> vm.preview(picker.sheetToImport(getScene() == null ? null : getScene().getWindow())));
        HBox top = new HBox(8, choose, new NoticeLabel("returnee-import-notice", vm.noticeProperty(), msg));

        TableView<ReturneeImportViewModel.Line> table = new TableView<>(vm.lines());
        table.setId("returnee-import-table");
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column(msg.get("returnees.import.col.row"), 56, l -> msg.format("returnees.import.row", l.rowNumber())),
                column(msg.get("returnees.col.name"), 80, ReturneeImportViewModel.Line::name),
                column(msg.get("returnees.import.col.result"), 320, l -> l.refused()
                        ? msg.format("returnees.import.refused", msg.join(l.reasons().stream().map(msg::text).toList()))
                        : msg.get("returnees.import.toAdd"))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReturneeImportViewModel.Line l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().remove(REFUSED_CLASS);
                if (!empty && l != null && l.refused()) {
                    getStyleClass().add(REFUSED_CLASS);
                }
            }
        });
        Button apply = new Button(msg.get("returnees.import.apply"));
        apply.setId("returnee-import-apply");
        apply.disableProperty().bind(vm.canImportProperty().not());
        apply.setOnAction(e -> vm.importRows());
        Button cancel = new Button(msg.get("returnees.import.cancel"));
        cancel.setId("returnee-import-cancel");
        cancel.disableProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label note = new Label(msg.get("returnees.import.note"));
        note.setWrapText(true);
        note.getStyleClass().add("section-subtitle");
        VBox preview = new VBox(6, MessageLine.ok("returnee-import-summary", vm.summaryProperty(), msg), table, note,
                new HBox(8, apply, cancel));
        preview.setId("returnee-import-preview");
        preview.visibleProperty().bind(vm.sheetProperty().isNotNull());
        preview.managedProperty().bind(preview.visibleProperty());
        getChildren().addAll(top, preview);
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
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
