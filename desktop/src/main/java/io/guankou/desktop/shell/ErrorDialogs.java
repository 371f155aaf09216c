package io.guankou.desktop.shell;

import io.guankou.desktop.i18n.Messages;
import io.guankou.persistence.DatabaseException;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Shows a background failure to the user without stack traces or ledger data. */
public final class ErrorDialogs {

    private ErrorDialogs() {
    }

    public static void show(Window owner, Messages messages, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("error.header"));
        alert.setContentText(describe(messages, error));
        alert.show();
    }

    public static String describe(Messages messages, Throwable error) {
        if (error instanceof DatabaseException db) {
            return messages.describe(db);
        }
        return messages.format("error.unexpected", error == null ? "?" : error.getClass().getSimpleName());
    }
}
