package io.guankou.model.exchange.keys;

import java.util.Objects;

/** A key folder whose private keys cannot be had, and why; the message never holds a passphrase or a key. */
public final class KeyFolderLocked extends Exception {

    public enum Reason {
        /** The private keys are protected by a passphrase and none was given. */
        PASSPHRASE_NEEDED,
        /** The passphrase given does not open the private keys. */
        WRONG_PASSPHRASE,
        /** The private key file is malformed, or does not belong to the public key file beside it. */
        DAMAGED
    }

    private final Reason reason;

    public KeyFolderLocked(Reason reason, String detail) {
        super(reason + ": " + Objects.requireNonNull(detail, "detail"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
