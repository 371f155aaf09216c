package io.guankou.desktop.contact;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.contact.Contact;
import io.guankou.persistence.contact.ContactRepository;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One person's contacts, newest first (the person form's contacts tab). Loads in the background and again
 * whenever a contact of this person is saved anywhere; {@link #close()} ends that subscription.
 */
public final class PersonContactsViewModel implements AutoCloseable {

    private final ContactRepository contacts;
    private final TaskRunner runner;
    private final long personId;
    private final LoadState state = new LoadState();
    private final ObservableList<Contact> rows = FXCollections.observableArrayList();
    private final Runnable unsubscribe;
    private long generation;

    public PersonContactsViewModel(ContactRepository contacts, TaskRunner runner, long personId, DataEvents events) {
        this.contacts = contacts;
        this.runner = runner;
        this.personId = personId;
        this.unsubscribe = events.subscribe(DataKind.CONTACTS, change -> {
            if (change instanceof DataChange.ContactSaved s && s.saved().contact().personId() == personId) {
                reload();
            }
        });
    }

    public void reload() {
        long gen = ++generation;
        state.loading();
        runner.run("contact-list", () -> contacts.forPerson(personId), found -> {
            if (gen == generation) {
                rows.setAll(found);
                state.ready();
            }
        }, error -> {
            if (gen == generation) {
                rows.clear();
                state.failed(error);
            }
        });
    }

    public LoadState state() {
        return state;
    }

    public ObservableList<Contact> rows() {
        return rows;
    }

    @Override
    public void close() {
        unsubscribe.run();
    }
}
