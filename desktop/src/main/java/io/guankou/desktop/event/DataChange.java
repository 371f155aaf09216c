package io.guankou.desktop.event;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.referral.ReferralEntry;
import java.util.Objects;

/**
 * One change to the township's data, published by whoever wrote it (after the write committed) and received
 * by every view-model that shows that data, the writer's own included. A change that carries its rows lets a
 * subscriber update in memory; the others mean "load again".
 */
public sealed interface DataChange {

    DataKind kind();

    /** A person was added or edited through the form. */
    record PersonSaved(LedgerEntry entry) implements DataChange {
        public PersonSaved {
            Objects.requireNonNull(entry);
        }

        @Override
        public DataKind kind() {
            return DataKind.LEDGER;
        }
    }

    /** A person left the ledger (moved away, deceased). */
    record PersonLeft(long personId) implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.LEDGER;
        }
    }

    /** Many persons (and perhaps villages) changed at once, as an import does: load again. */
    record LedgerReplaced() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.LEDGER;
        }
    }

    /** A contact was recorded; it may have changed an infection episode and opened a referral. */
    record ContactSaved(SavedContact saved) implements DataChange {
        public ContactSaved {
            Objects.requireNonNull(saved);
        }

        @Override
        public DataKind kind() {
            return DataKind.CONTACTS;
        }
    }

    /** A referral was opened (by a contact). */
    record ReferralOpened(long personId) implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.REFERRALS;
        }
    }

    /** A referral's arrangement or status was stored. */
    record ReferralUpdated(ReferralEntry entry) implements DataChange {
        public ReferralUpdated {
            Objects.requireNonNull(entry);
        }

        @Override
        public DataKind kind() {
            return DataKind.REFERRALS;
        }
    }

    /** The tier rules were applied and every tier recomputed. */
    record TierRulesApplied() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.SETTINGS;
        }
    }

    /** Contact targets and referral rules were stored. */
    record FollowUpSettingsSaved() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.SETTINGS;
        }
    }

    /** Places or organisations were added, edited, removed or merged in the places editor: load them again. */
    record PlacesChanged() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.PLACES;
        }
    }

    /** Oximeters were delivered, shared out, issued, returned or changed, or their minimums set: load them again. */
    record DevicesChanged() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.DEVICES;
        }
    }

    /** A data package was sent or received, or a conflict decided: the package log, peers and conflicts changed. */
    record PackagesChanged() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.PACKAGES;
        }
    }

    /** Ambulances, fleet vehicles, a measured travel time or the coverage settings were stored: load them again. */
    record TransportChanged() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.TRANSPORT;
        }
    }

    /** An item, a served population, a receipt or issue, or the supplies settings were stored (issue 14). */
    record SuppliesChanged() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.SUPPLIES;
        }
    }

    /** A returnee was registered or changed (issue 14). */
    record ReturneesChanged() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.RETURNEES;
        }
    }

    /** A facility's daily entry (staff, fever-clinic visits) was stored, or a day's snapshot was taken. */
    record MeetingDataSaved() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.MEETING;
        }
    }

    /** An item of the meeting's action lists was added, changed, closed or reopened (issue 15). */
    record ActionItemsChanged() implements DataChange {
        @Override
        public DataKind kind() {
            return DataKind.ACTION_ITEMS;
        }
    }
}
