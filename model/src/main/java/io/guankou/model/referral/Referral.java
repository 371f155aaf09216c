package io.guankou.model.referral;

import io.guankou.model.sync.RecordMeta;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A referral: who, why, when it was opened and from which contact, where to, how, with a medical
 * escort or not, its status and the outcome. {@code statusAt} is when the status last changed.
 */
public record Referral(long id, RecordMeta meta, long personId, Long contactId, Set<ReferralTrigger> triggers,
                       LocalDateTime openedAt, String openedBy, String destination, Transport transport,
                       boolean escort, ReferralStatus status, LocalDateTime statusAt, String outcome) {

    public Referral {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusAt, "statusAt");
        triggers = Set.copyOf(triggers);
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("a referral needs a trigger");
        }
    }

    /** A new open referral (id 0, not stored yet). */
    public static Referral open(RecordMeta meta, long personId, Long contactId, Set<ReferralTrigger> triggers,
                                LocalDateTime at, String openedBy) {
        return new Referral(0, meta, personId, contactId, triggers, at, openedBy, null, null, false,
                ReferralStatus.OPEN, at, null);
    }

    /** The referral moved to {@code target}; throws when the move is not allowed or a closing has no outcome. */
    public Referral moveTo(ReferralStatus target, LocalDateTime at, String outcome) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("a referral cannot move from " + status + " to " + target);
        }
        if (!target.isOpen() && (outcome == null || outcome.isBlank())) {
            throw new IllegalArgumentException("closing a referral needs an outcome");
        }
        return new Referral(id, meta, personId, contactId, triggers, openedAt, openedBy, destination, transport,
                escort, target, at, outcome == null || outcome.isBlank() ? this.outcome : outcome.strip());
    }

    /** Destination, transport and escort as arranged by the office; null clears a field. */
    public Referral arranged(String destination, Transport transport, boolean escort) {
        return new Referral(id, meta, personId, contactId, triggers, openedAt, openedBy, destination, transport,
                escort, status, statusAt, outcome);
    }

    public Referral withId(long id) {
        return new Referral(id, meta, personId, contactId, triggers, openedAt, openedBy, destination, transport,
                escort, status, statusAt, outcome);
    }

    public Referral withMeta(RecordMeta meta) {
        return new Referral(id, meta, personId, contactId, triggers, openedAt, openedBy, destination, transport,
                escort, status, statusAt, outcome);
    }
}
