package io.guankou.desktop.exchange;

import java.util.Objects;

/** A package this ledger will not write, and why; nothing was written. */
public final class ExportRefused extends Exception {

    public enum Reason {
        /** The recipient's keys are this ledger's own. */
        TO_ITSELF
    }

    private final Reason reason;

    public ExportRefused(Reason reason) {
        super(Objects.requireNonNull(reason, "reason").name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
