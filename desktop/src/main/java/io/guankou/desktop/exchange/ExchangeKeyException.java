package io.guankou.desktop.exchange;

import java.util.Objects;

/**
 * The own key folder or a public key file cannot be used, and why. The message is English detail for the log
 * (never personal data); the reason is what the view puts into words.
 */
public final class ExchangeKeyException extends Exception {

    public enum Reason {
        /** This ledger has no key folder yet (or it cannot be read). */
        NO_KEY_FOLDER,
        /** The own private key file is malformed, or does not belong to the public keys beside it. */
        KEY_FOLDER_DAMAGED,
        /** The passphrase of the own private keys is wrong (or was needed and not given). */
        WRONG_KEY_PASSPHRASE,
        /** The file picked as a public key file is not one (or holds no usable SM2 key). */
        NOT_A_KEY_FILE,
        /** The public key file was written by a newer Guankou. */
        NEWER_KEY_FILE,
        /** The public key file's fingerprint line does not match its keys. */
        FINGERPRINT_MISMATCH,
        /** The public key file is this ledger's own. */
        OWN_KEY
    }

    private final Reason reason;

    public ExchangeKeyException(Reason reason, String detail) {
        super(reason + ": " + Objects.requireNonNull(detail, "detail"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ExchangeKeyException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
