package io.guankou.desktop.contact;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.ui.LoadFailureBar;
import io.guankou.model.contact.Contact;
import io.guankou.model.ledger.LedgerEntry;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/** A person's contacts, newest first, and a button to record one; shown as a tab of the person form. */
final class PersonContactsPane extends VBox {

    private final ListView<Contact> list = new ListView<>();

    PersonContactsPane(LedgerEntry person, PersonContactsViewModel vm, ContactRecorder recorder, Messages msg) {
        list.setId("person-contacts");
        list.setItems(vm.rows());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> msg.get(
                vm.state().phase() == LoadState.Phase.READY ? "contact.history.empty"
                        : vm.state().phase() == LoadState.Phase.FAILED ? "contact.history.notLoaded"
                        : "contact.history.loading"), vm.state().phaseProperty()));
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : ContactLine.of(msg, c));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button record = new Button(msg.get("contact.personRecord"));
        record.setId("person-record-contact");
        // the saved contact comes back through the data events, like everywhere else
        record.setOnAction(e -> recorder.record(getScene() == null ? null : getScene().getWindow(), person, null,
                null));
        HBox bar = new HBox(8, record);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new LoadFailureBar("person-contacts-load-failure", vm.state(), msg, vm::reload), bar,
                list);
        setSpacing(8);
        setPadding(new Insets(10));
        // the subscription lives as long as the person form that shows this tab
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, before, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, h -> vm.close());
                    }
                });
                if (scene.getWindow() != null) {
                    scene.getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, h -> vm.close());
                }
            }
        });
        vm.reload();
    }
}
