package io.guankou.desktop.contact;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The application's {@link ContactRecorder}: one {@link ContactFormDialog} per call, each with its own view-model.
 * Every saved contact is published as a {@link DataChange.ContactSaved}, and a referral it opened as a
 * {@link DataChange.ReferralOpened}, wherever the form was opened from.
 */
public final class ContactFormLauncher implements ContactRecorder {

    private final ContactRepository contacts;
    private final FollowUpSettingsRepository settings;
    private final TaskRunner runner;
    private final Clock clock;
    private final String userName;
    private final String townshipCode;
    private final Messages msg;
    private final DataEvents events;

    public ContactFormLauncher(ContactRepository contacts, FollowUpSettingsRepository settings, TaskRunner runner,
                               Clock clock, String userName, String townshipCode, Messages msg, DataEvents events) {
        this.contacts = contacts;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
        this.userName = userName;
        this.townshipCode = townshipCode;
        this.msg = msg;
        this.events = events;
    }

    /** A form for {@code person}; the referral rules are read in the background with the person's contacts. */
    public ContactFormViewModel viewModel(LedgerEntry person) {
        ContactFormViewModel vm = new ContactFormViewModel(contacts, settings, runner, clock, userName, townshipCode);
        vm.open(person);
        return vm;
    }

    @Override
    public void record(Window owner, LedgerEntry person, Function<Long, Optional<LedgerEntry>> next,
                       Consumer<SavedContact> onSaved) {
        new ContactFormDialog(viewModel(person), msg, owner, next, saved -> {
            if (onSaved != null) {
                onSaved.accept(saved);
            }
            events.publish(new DataChange.ContactSaved(saved));
            if (saved.referral() != null && saved.referralOpened()) {
                events.publish(new DataChange.ReferralOpened(saved.contact().personId()));
            }
        }).show();
    }

    @Override
    public Node contactList(LedgerEntry person) {
        return new PersonContactsPane(person,
                new PersonContactsViewModel(contacts, runner, person.personId(), events), this, msg);
    }
}
