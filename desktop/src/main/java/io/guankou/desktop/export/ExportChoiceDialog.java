package io.guankou.desktop.export;

import io.guankou.desktop.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small dialog before an export: how many rows, and whether to write full resident IDs (off by default;
 * the export log records the choice). Returns empty when cancelled, else true for full IDs.
 */
final class ExportChoiceDialog {

    private ExportChoiceDialog() {
    }

    static Optional<Boolean> ask(Window owner, Messages msg, int rows) {
        Dialog<Boolean> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(msg.get("export.dialog.title"));
        dialog.setHeaderText(msg.format("export.dialog.rows", rows));
        CheckBox full = new CheckBox(msg.get("export.dialog.fullIds"));
        full.setId("export-full-ids");
        Label hint = new Label(msg.get("export.dialog.fullIdsHint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        dialog.getDialogPane().setContent(new VBox(8, full, hint));
        ButtonType export = new ButtonType(msg.get("export.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(msg.get("export.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(export, cancel);
        dialog.setResultConverter(b -> b == export ? full.isSelected() : null);
        return dialog.showAndWait();
    }
}
