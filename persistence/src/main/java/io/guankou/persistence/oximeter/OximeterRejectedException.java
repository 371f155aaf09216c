package io.guankou.persistence.oximeter;

import java.util.Objects;

/** A device operation the ledger refuses; nothing was written. {@code detail}: the serials or names concerned. */
public final class OximeterRejectedException extends RuntimeException {

    public enum Reason {
        /** A delivered serial is in the ledger already (detail: the serials). */
        SERIAL_EXISTS,
        /** The device is not in the ledger (any more). */
        NO_DEVICE,
        /** The holder is not in the ledger (any more), or is not one that holds devices this way. */
        NO_HOLDER,
        /** More devices asked for than working ones in stock (detail: how many are in stock). */
        NOT_ENOUGH_STOCK,
        /** Only a working device can be shared out or issued (detail: the serial). */
        NOT_WORKING,
        /** The device is with a person at home already (detail: the serial). */
        AT_HOME,
        /** The device is not with a person at home (detail: the serial). */
        NOT_AT_HOME,
        /** The person holds a device already (detail: its serial). */
        PERSON_HAS_ONE
    }

    private final Reason reason;
    private final String detail;

    public OximeterRejectedException(Reason reason, String detail) {
        super(reason + (detail == null ? "" : ": " + detail));
        this.reason = Objects.requireNonNull(reason);
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
