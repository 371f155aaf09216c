package io.guankou.model.exchange.keys;

import java.util.Objects;

/** A public key file that cannot be used, and why; the message is English detail without any key or name. */
public final class InvalidKeyFile extends Exception {

    public enum Reason {
        /** Not a Guankou public key file (first line, a missing or unknown line). */
        NOT_A_KEY_FILE,
        /** Written by a newer Guankou (a version this one does not know). */
        NEWER_FORMAT,
        /** A key line that does not hold an SM2 public key. */
        BAD_KEY,
        /** The fingerprint line does not match the keys: the file was altered or mistyped. */
        WRONG_FINGERPRINT
    }

    private final Reason reason;

    public InvalidKeyFile(Reason reason, String detail) {
        super(reason + ": " + Objects.requireNonNull(detail, "detail"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
