package io.guankou.desktop.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.sync.RecordMeta;
import io.guankou.persistence.Database;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.ledger.LedgerRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person form's contacts tab: loads, says when it cannot, and follows contacts saved anywhere. */
class PersonContactsViewModelTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    ContactRepository contacts;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    LedgerEntry person;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        contacts = new ContactRepository(db, TestClocks.FIXED);
        person = new LedgerRepository(db, TestClocks.FIXED).loadEntries().get(0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SavedContact record() {
        Contact c = Contact.draft(RecordMeta.fresh("500235001", TestClocks.INSTANT), person.personId(),
                TestClocks.NOW.minusMinutes(5), "王医生", ContactMode.PHONE, true);
        return contacts.save(c, EpisodeChange.NONE, ReferralRules.defaults(), "王医生");
    }

    @Test
    void contactsThatCannotBeReadSaySoAndLoadOnRetry() {
        PersonContactsViewModel vm = new PersonContactsViewModel(contacts, runner, person.personId(), events);
        try (BrokenTable broken = BrokenTable.hide(file, "contact")) {
            vm.reload();
        }
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        assertThat(vm.rows()).isEmpty();
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.rows()).hasSize(contacts.forPerson(person.personId()).size());
    }

    @Test
    void aContactOfThisPersonSavedAnywhereShowsUntilTheTabCloses() {
        PersonContactsViewModel vm = new PersonContactsViewModel(contacts, runner, person.personId(), events);
        vm.reload();
        int before = vm.rows().size();
        events.publish(new DataChange.ContactSaved(record()));
        assertThat(vm.rows()).hasSize(before + 1);
        vm.close();
        events.publish(new DataChange.ContactSaved(record()));
        assertThat(vm.rows()).as("closed: no longer follows").hasSize(before + 1);
        assertThat(runner.errors).isEmpty();
    }
}
