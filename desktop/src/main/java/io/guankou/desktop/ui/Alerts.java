package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The one way to show a short message in its own small window: an error, a warning or an information, with
 * the app's name as title. Alerts never block (no showAndWait) and never show a stack trace or ledger data:
 * failures are put into words by {@link Messages#describe(Throwable)}.
 */
public final class Alerts {

    private Alerts() {
    }

    public static Alert error(Window owner, Messages msg, Msg header, Msg text) {
        return show(Alert.AlertType.ERROR, owner, msg, header, text);
    }

    public static Alert warning(Window owner, Messages msg, Msg header, Msg text) {
        return show(Alert.AlertType.WARNING, owner, msg, header, text);
    }

    public static Alert information(Window owner, Messages msg, Msg header, Msg text) {
        return show(Alert.AlertType.INFORMATION, owner, msg, header, text);
    }

    /** A background failure nobody else reports: "something went wrong" and its reason. */
    public static Alert failure(Window owner, Messages msg, Throwable error) {
        return error(owner, msg, Msg.of("error.header"), io.guankou.desktop.i18n.Failures.msg(error));
    }

    private static Alert show(Alert.AlertType type, Window owner, Messages msg, Msg header, Msg text) {
        Alert alert = new Alert(type);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(msg.get("app.name"));
        alert.setHeaderText(header == null ? null : msg.text(header));
        alert.setContentText(msg.text(text));
        alert.getDialogPane().setMinWidth(420);
        Styles.apply(alert.getDialogPane(), owner == null ? 1366 : owner.getWidth());
        alert.show();
        return alert;
    }
}
