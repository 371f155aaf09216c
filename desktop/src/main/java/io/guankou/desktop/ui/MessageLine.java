package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * A line of text that shows a view-model's {@link Msg} (a failed save, a notice) in the given style, and takes
 * no room while there is none.
 */
public final class MessageLine extends Label {

    private MessageLine(String id, ObservableValue<Msg> text, Messages msg, String style) {
        setId(id);
        setWrapText(true);
        getStyleClass().add(style);
        textProperty().bind(Bindings.createStringBinding(() -> msg.text(text.getValue()), text));
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    /** A problem, in the error style. */
    public static MessageLine error(String id, ObservableValue<Msg> text, Messages msg) {
        return new MessageLine(id, text, msg, Styles.ERROR_TEXT);
    }

    /** Something done, in the success style. */
    public static MessageLine ok(String id, ObservableValue<Msg> text, Messages msg) {
        return new MessageLine(id, text, msg, Styles.OK_TEXT);
    }
}
