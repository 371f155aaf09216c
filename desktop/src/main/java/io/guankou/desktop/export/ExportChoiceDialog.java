package io.guankou.desktop.export;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.ModalWindow;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small dialog before an export: how many rows, and whether to write full resident IDs (off by default;
 * the export log records the choice). {@code onChosen} gets true for full IDs; nothing happens on cancel.
 */
final class ExportChoiceDialog {

    private ExportChoiceDialog() {
    }

    static ModalWindow open(Window owner, Messages msg, int rows, Consumer<Boolean> onChosen) {
        Label header = new Label(msg.format("export.dialog.rows", rows));
        header.getStyleClass().add("dialog-header");
        CheckBox full = new CheckBox(msg.get("export.dialog.fullIds"));
        full.setId("export-full-ids");
        Label hint = new Label(msg.get("export.dialog.fullIdsHint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        Button export = new Button(msg.get("export.dialog.ok"));
        export.setId("export-ok");
        export.setDefaultButton(true);
        Button cancel = new Button(msg.get("export.dialog.cancel"));
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, export, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, header, full, hint, buttons);
        root.setPadding(new Insets(14));
        ModalWindow window = new ModalWindow(owner, msg.get("export.dialog.title"), root);
        export.setOnAction(e -> {
            window.close();
            onChosen.accept(full.isSelected());
        });
        cancel.setOnAction(e -> window.close());
        window.show();
        return window;
    }
}
