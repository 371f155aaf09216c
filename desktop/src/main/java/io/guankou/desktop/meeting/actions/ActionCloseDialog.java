package io.guankou.desktop.meeting.actions;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.MessageLine;
import io.guankou.desktop.ui.ModalWindow;
import io.guankou.model.meeting.ActionField;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Closing (banjie) an item ({@link ActionCloseViewModel}): the item, and its outcome, which is required. */
final class ActionCloseDialog {

    private ActionCloseDialog() {
    }

    static ModalWindow open(ActionCloseViewModel vm, Messages msg, Window owner) {
        Label header = new Label(msg.format("meeting.actions.close.header", msg.label(vm.item().kind()),
                vm.item().text(), vm.item().owner()));
        header.getStyleClass().add("dialog-header");
        header.setWrapText(true);
        TextArea outcome = new TextArea();
        outcome.setId("action-outcome");
        outcome.setWrapText(true);
        outcome.setPrefRowCount(3);
        outcome.setPromptText(msg.get("meeting.actions.close.prompt"));
        outcome.textProperty().bindBidirectional(vm.outcomeProperty());
        Label label = new Label(msg.get("meeting.actions.col.outcome"));
        label.setLabelFor(outcome);
        Button close = new Button(msg.get("meeting.actions.close.confirm"));
        close.setId("action-close-confirm");
        close.getStyleClass().add("accent");
        close.disableProperty().bind(vm.savingProperty());
        Button cancel = new Button(msg.get("dialog.cancel"));
        cancel.setId("action-close-cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.savingProperty());
        HBox buttons = new HBox(8, close, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, header, new VBox(4, label, FieldMessage.wrap("action-outcome-message", outcome,
                vm.errorAt(ActionField.OUTCOME), msg)), MessageLine.error("action-close-failure",
                vm.failureProperty(), msg), buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(520);
        ModalWindow window = new ModalWindow(owner, msg.get("meeting.actions.close.title"), root);
        window.guardClose(() -> !vm.savingProperty().get(), () -> { });
        close.setOnAction(e -> vm.close(window::close));
        cancel.setOnAction(e -> window.close());
        window.show();
        outcome.requestFocus();
        return window;
    }
}
