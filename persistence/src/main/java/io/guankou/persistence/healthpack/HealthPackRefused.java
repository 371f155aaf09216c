package io.guankou.persistence.healthpack;

/** A pack not recorded, nothing written: the person left the ledger, or already has a pack. */
public final class HealthPackRefused extends RuntimeException {

    /** Why. */
    public enum Reason { GONE, ALREADY_HANDED, NO_HANDER, FUTURE_DAY }

    private final Reason reason;

    HealthPackRefused(Reason reason, long personId) {
        super(reason + ": person " + personId);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
