package io.guankou.desktop.exchange;

import java.util.Objects;

/** A package this ledger will not write, and why; nothing was written. */
public final class ExportRefused extends Exception {

    public enum Reason {
        /** The recipient's keys are this ledger's own. */
        TO_ITSELF,
        /** Another set of keys is registered for the recipient's ledger: a swapped or forged key file. */
        OTHER_KEYS_REGISTERED
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
