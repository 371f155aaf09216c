package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Text and number columns for the oximeter tables: a tooltip on text cells, so a squeezed column stays readable. */
final class OxColumns {

    private OxColumns() {
    }

    static <R> TableColumn<R, String> text(Messages msg, String key, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 48));
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

    static <R> TableColumn<R, Number> number(Messages msg, String key, double width, Function<R, Number> value) {
        TableColumn<R, Number> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 44));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** A number column whose positive values are marked as a gap. */
    static <R> TableColumn<R, Number> gap(Messages msg, String key, double width, Function<R, Number> value) {
        TableColumn<R, Number> c = number(msg, key, width, value);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.toString());
                setAlignment(Pos.CENTER_RIGHT);
                // a gap in the red of the stale referrals, bold: it reads on a projector too
                setStyle(!empty && n != null && n.intValue() > 0 ? "-fx-text-fill: #b42318; -fx-font-weight: bold;"
                        : null);
            }
        });
        return c;
    }
}
