package io.guankou.desktop.contact;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.contact.SavedContact;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.stage.Window;

/** Records contacts: what the ledger, the overdue list and the referral queue call to open the contact form. */
public interface ContactRecorder {

    /**
     * Opens the contact form for person over owner. After each saved contact calls onSaved (FX thread). When
     * next is non-null, after a save the form moves on to next.apply(savedPersonId) if present ("the next
     * overdue person comes up"), else closes. A save that opened (or met) a referral keeps the form open on
     * its notice instead of closing, so the user cannot miss it.
     */
    void record(Window owner, LedgerEntry person, Function<Long, Optional<LedgerEntry>> next,
                Consumer<SavedContact> onSaved);

    /**
     * The person's contacts, newest first, with a button that records one: a section for the person form.
     * Null where the recorder has no such list (test doubles).
     */
    default Node contactList(LedgerEntry person) {
        return null;
    }
}
