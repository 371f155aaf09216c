package io.guankou.desktop.resources.supply;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.ui.FieldMessage;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The pieces the supplies tab's tables and forms are built from. */
final class SupplyTables {

    private SupplyTables() {
    }

    /** A text column with a tooltip per cell, so a squeezed column at 1366x768 can still be read in full. */
    static <R> TableColumn<R, String> column(String title, double width, boolean number, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
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

    static <R> TableView<R> table(String id, javafx.collections.ObservableList<R> rows, String emptyText) {
        TableView<R> t = new TableView<>(rows);
        t.setId(id);
        t.setPlaceholder(new Label(emptyText));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    static Label label(Messages msg, String key) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static TextField text(String id, StringProperty value, double width) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        t.setPrefColumnCount(1);
        t.setPrefWidth(width);
        return t;
    }

    /** A control with its field message under it. */
    static Node field(String id, Control control, ObservableValue<Msg> error, Messages msg) {
        return FieldMessage.wrap(id + "-message", control, error, msg);
    }
}
