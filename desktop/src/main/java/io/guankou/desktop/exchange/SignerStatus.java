package io.guankou.desktop.exchange;

/** Whether the key that signed a package is the one this ledger registered for its sender. */
public enum SignerStatus {
    /** The sender is known and signed with its registered key. */
    REGISTERED,
    /** The sender is not known yet: its fingerprint must be compared (by phone) and confirmed before importing. */
    NEW_SENDER
}
