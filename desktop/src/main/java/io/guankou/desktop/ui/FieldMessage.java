package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * The one way a form shows that a field's value is refused: the control gets the {@link Styles#FIELD_INVALID}
 * class, ControlsFX's error mark and a tooltip, and the reason appears as a line of text under it. The
 * view-model decides (a {@link Msg} per field, null when the value is fine); this only shows it.
 */
public final class FieldMessage {

    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private FieldMessage() {
    }

    /**
     * {@code content} (the control, or a box holding it) with its message line underneath. {@code id} names the
     * message label for tests and automation.
     */
    public static Node wrap(String id, Node content, Control control, ObservableValue<Msg> error, Messages msg) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add(Styles.ERROR_TEXT);
        message.setWrapText(true);
        // clear of the error mark ControlsFX puts on the control's lower left corner
        message.setPadding(new Insets(0, 0, 0, 8));
        message.managedProperty().bind(message.visibleProperty());
        boolean[] showing = new boolean[1];
        Runnable show = () -> {
            // ControlsFX puts its decoration pane in as the scene's root on the first mark of a scene, which takes
            // the control out of the scene and back: a second mark from that would stay when the error clears
            if (!showing[0]) {
                showing[0] = true;
                try {
                    show(control, message, error.getValue(), msg);
                } finally {
                    showing[0] = false;
                }
            }
        };
        // a binding over the view-model is held only weakly by what it observes: the label keeps it alive
        message.getProperties().put(FieldMessage.class, error);
        error.addListener((o, a, b) -> show.run());
        // ControlsFX marks a control only once it is in a scene: a message present when the form opens too
        control.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                show.run();
            }
        });
        show.run();
        if (control != content || control.getMaxWidth() < Double.MAX_VALUE) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        return new VBox(2, content, message);
    }

    public static Node wrap(String id, Control control, ObservableValue<Msg> error, Messages msg) {
        return wrap(id, control, control, error, msg);
    }

    /** A field error held as a bundle key (null when the value is fine), as a message without arguments. */
    public static ObservableValue<Msg> ofKey(ObservableValue<String> key) {
        return javafx.beans.binding.Bindings.createObjectBinding(
                () -> key.getValue() == null ? null : Msg.of(key.getValue()), key);
    }

    private static void show(Control control, Label message, Msg error, Messages msg) {
        String text = error == null ? "" : msg.text(error);
        message.setText(text);
        message.setVisible(!text.isEmpty());
        control.getStyleClass().remove(Styles.FIELD_INVALID);
        DECORATION.removeDecorations(control);
        if (text.isEmpty()) {
            control.setTooltip(null);
        } else {
            control.getStyleClass().add(Styles.FIELD_INVALID);
            control.setTooltip(new Tooltip(text));
            if (control.getScene() != null) {
                DECORATION.applyValidationDecoration(ValidationMessage.error(control, text));
            }
        }
    }
}
