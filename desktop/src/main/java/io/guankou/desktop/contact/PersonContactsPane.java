package io.guankou.desktop.contact;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Styles;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.contact.Contact;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.contact.ContactRepository;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A person's contacts, newest first, and a button to record one; shown as a tab of the person form. */
final class PersonContactsPane extends VBox {

    private final ListView<Contact> list = new ListView<>();
    private final ContactRepository contacts;
    private final TaskRunner runner;
    private final long personId;
    private final Messages msg;
    private final Label empty;

    PersonContactsPane(LedgerEntry person, ContactRepository contacts, TaskRunner runner, ContactRecorder recorder,
                       Messages msg) {
        this.contacts = contacts;
        this.runner = runner;
        this.personId = person.personId();
        this.msg = msg;
        this.empty = new Label(msg.get("contact.history.empty"));
        list.setId("person-contacts");
        list.setPlaceholder(empty);
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
        record.setOnAction(e -> recorder.record(getScene() == null ? null : getScene().getWindow(), person, null,
                saved -> reload()));
        HBox bar = new HBox(8, record);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, list);
        setSpacing(8);
        setPadding(new Insets(10));
        reload();
    }

    private void reload() {
        runner.run("contact-list", () -> contacts.forPerson(personId), found -> {
            list.setPlaceholder(empty);
            list.getItems().setAll(found);
        }, error -> {
            list.getItems().clear();
            Label failed = new Label(msg.format("load.failed", msg.describe(error)));
            failed.getStyleClass().add(Styles.ERROR_TEXT);
            failed.setWrapText(true);
            list.setPlaceholder(failed);
        });
    }
}
