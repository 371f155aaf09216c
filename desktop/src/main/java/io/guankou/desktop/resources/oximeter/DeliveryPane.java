package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.FieldMessage;
import io.guankou.desktop.ui.NoticeLabel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Recording a delivery, keyboard first: a serial range (Enter in the last field records it), or serials one after
 * another (Enter adds, as a scanner sends it; Backspace in the empty field takes back the last; Ctrl+Enter records).
 */
final class DeliveryPane extends VBox {

    DeliveryPane(DeliveryViewModel vm, Messages msg) {
        super(10);
        setPadding(new Insets(8));
        setMaxWidth(760);
        setAlignment(Pos.TOP_LEFT);

        Label rangeTitle = new Label(msg.get("oximeter.delivery.rangeTitle"));
        rangeTitle.getStyleClass().add("section-title");
        TextField from = new TextField();
        from.setId("oximeter-range-from");
        from.setPromptText(msg.get("oximeter.delivery.from"));
        from.textProperty().bindBidirectional(vm.fromProperty());
        TextField to = new TextField();
        to.setId("oximeter-range-to");
        to.setPromptText(msg.get("oximeter.delivery.to"));
        to.textProperty().bindBidirectional(vm.toProperty());
        from.setOnAction(e -> to.requestFocus());
        to.setOnAction(e -> vm.recordRange());
        Label rangeCount = new Label();
        rangeCount.setId("oximeter-range-count");
        rangeCount.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("oximeter.delivery.rangeCount", vm.rangeCountProperty().get()),
                vm.rangeCountProperty()));
        Button recordRange = new Button(msg.get("oximeter.delivery.recordRange"));
        recordRange.setId("oximeter-record-range");
        recordRange.disableProperty().bind(vm.savingProperty());
        recordRange.setOnAction(e -> vm.recordRange());
        HBox rangeRow = new HBox(8, new Label(msg.get("oximeter.delivery.from")), from,
                new Label(msg.get("oximeter.delivery.to")), to, rangeCount, recordRange);
        rangeRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.Node rangeBox = FieldMessage.wrap("oximeter-range-error", rangeRow, to,
                vm.rangeErrorProperty(), msg);

        Label typedTitle = new Label(msg.get("oximeter.delivery.typedTitle"));
        typedTitle.getStyleClass().add("section-title");
        Label hint = new Label(msg.get("oximeter.delivery.typedHint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        TextField entry = new TextField();
        entry.setId("oximeter-serial-entry");
        entry.setPromptText(msg.get("oximeter.delivery.entry"));
        entry.textProperty().bindBidirectional(vm.entryProperty());
        entry.setOnAction(e -> vm.addEntry());
        KeyCombination record = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
        entry.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (record.match(e)) {
                vm.recordTyped();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && entry.getText().isEmpty()) {
                vm.removeLast();
                entry.end();
                e.consume();
            }
        });
        entry.setPrefWidth(260);
        ListView<String> typed = new ListView<>(vm.typed());
        typed.setId("oximeter-typed");
        typed.setPrefHeight(220);
        typed.setFocusTraversable(false);
        vm.typed().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!vm.typed().isEmpty()) {
                typed.scrollTo(vm.typed().size() - 1);
            }
        });
        Label typedCount = new Label();
        typedCount.setId("oximeter-typed-count");
        typedCount.textProperty().bind(Bindings.createStringBinding(
                () -> msg.format("oximeter.delivery.typedCount", vm.typed().size()), vm.typed()));
        Button undo = new Button(msg.get("oximeter.delivery.removeLast"));
        undo.setId("oximeter-remove-last");
        undo.setFocusTraversable(false);
        undo.disableProperty().bind(Bindings.isEmpty(vm.typed()));
        undo.setOnAction(e -> vm.removeLast());
        Button recordTyped = new Button(msg.get("oximeter.delivery.recordTyped"));
        recordTyped.setId("oximeter-record-typed");
        recordTyped.getStyleClass().add("accent");
        recordTyped.disableProperty().bind(vm.savingProperty());
        recordTyped.setOnAction(e -> vm.recordTyped());
        HBox entryRow = new HBox(8, entry, typedCount, undo, recordTyped);
        entryRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.Node entryBox = FieldMessage.wrap("oximeter-entry-error", entryRow, entry,
                vm.entryErrorProperty(), msg);

        TextField note = new TextField();
        note.setId("oximeter-delivery-note");
        note.setPromptText(msg.get("oximeter.delivery.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        HBox noteRow = new HBox(8, new Label(msg.get("oximeter.delivery.note")), note);
        HBox.setHgrow(note, Priority.ALWAYS);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        NoticeLabel notice = new NoticeLabel("oximeter-delivery-notice", vm.noticeProperty(), msg);
        getChildren().addAll(noteRow, rangeTitle, rangeBox, typedTitle, hint, entryBox, typed, notice);
    }
}
