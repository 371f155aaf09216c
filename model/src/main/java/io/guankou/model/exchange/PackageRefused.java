package io.guankou.model.exchange;

import java.util.Objects;

/**
 * A package that must not be read or applied, and why. Checked, so that every caller decides what the user
 * is told; the message is English detail for the log (it never holds personal data), the reason is what a
 * view or command turns into words.
 */
public final class PackageRefused extends Exception {

    /** Why a package is refused; the order is roughly the order of the checks. */
    public enum Reason {
        /** Not a Guankou package at all (wrong magic, too short to hold the fixed parts). */
        NOT_A_PACKAGE,
        /** Written by a newer Guankou: a format version this one does not know. */
        NEWER_FORMAT,
        /** The signature does not match the bytes: damaged, truncated or altered. */
        BAD_SIGNATURE,
        /** The manifest names a cipher suite this version does not implement. */
        UNKNOWN_SUITE,
        /** The manifest is signed but malformed (missing or contradictory fields). */
        BAD_MANIFEST,
        /** No recipient stanza for this key (or the package is for a passphrase, or the other way round). */
        NOT_A_RECIPIENT,
        /** The passphrase does not open the package key. */
        WRONG_PASSPHRASE,
        /** A chunk fails authentication, or chunks are missing, reordered or cut off. */
        DAMAGED_PAYLOAD,
        /** An entry's rows do not match the count or SM3 hash the manifest states. */
        ENTRY_MISMATCH,
        /** Signed by a key other than the one registered for this sender. */
        UNREGISTERED_KEY,
        /** The sender's key is not registered yet: its fingerprint must be confirmed first. */
        KEY_NOT_CONFIRMED,
        /** Data of another township than this ledger's. */
        FOREIGN_TOWNSHIP,
        /** Older than a package already applied from the same sender (a replay). */
        REPLAYED,
        /** A delta building on a package this ledger never sent or the recipient never acknowledged. */
        UNKNOWN_BASE
    }

    private final Reason reason;

    public PackageRefused(Reason reason, String detail) {
        super(reason + ": " + Objects.requireNonNull(detail, "detail"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public PackageRefused(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
