package io.guankou.desktop.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.Database;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contact form whose person could not be loaded says so and cannot save (a save without the referral rules
 * and the open episode could miss a referral); a save that fails says why and stores nothing.
 */
class ContactFormFailureTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    ContactRepository contacts;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    LedgerEntry person;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        Clock clock = TestClocks.FIXED; // the form refuses times after the clock's now
        contacts = new ContactRepository(db, clock);
        person = new LedgerRepository(db, clock).loadEntries().get(0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ContactFormViewModel form() {
        return new ContactFormViewModel(contacts, new FollowUpSettingsRepository(db, TestClocks.FIXED),
                runner, TestClocks.FIXED, "王医生", "500235001");
    }

    @Test
    void aPersonWhoseContactsCannotBeReadCannotBeSavedAndTheReasonShows() {
        ContactFormViewModel vm = form();
        try (BrokenTable broken = BrokenTable.hide(file, "contact")) {
            vm.open(person);
            runner.errors.clear();
        }
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        assertThat(zh.text(vm.state().failureProperty().get())).startsWith("数据库");
        assertThat(vm.validProperty().get()).isFalse();
        List<SavedContact> saved = new ArrayList<>();
        assertThat(vm.save(saved::add)).isFalse();
        assertThat(saved).isEmpty();

        vm.spo2TextProperty().set("97");
        vm.retryLoad();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.spo2TextProperty().get()).as("what was typed stays").isEqualTo("97");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.save(saved::add)).isTrue();
        assertThat(saved).hasSize(1);
    }

    @Test
    void aSaveThatFailsSaysWhyAndStoresNothing() {
        ContactFormViewModel vm = form();
        vm.open(person);
        int before = contacts.forPerson(person.personId()).size();
        List<SavedContact> saved = new ArrayList<>();
        try (BrokenTable broken = BrokenTable.hide(file, "infection_episode")) {
            assertThat(vm.save(saved::add)).isTrue();
        }
        assertThat(runner.errors).hasSize(1);
        assertThat(saved).isEmpty();
        assertThat(vm.saveErrorProperty().get().key()).isEqualTo("contact.saveFailed");
        assertThat(vm.savingProperty().get()).isFalse();
        assertThat(contacts.forPerson(person.personId())).hasSize(before);
    }
}
