package io.guankou.persistence.exchange;

/**
 * How a package names who may open it, and so which of its sender's series its sequence number counts in
 * ({@code exchange_package.recipient_mode}, V7). A sender numbers the packages for a peer's keys per peer, and the
 * packages under a passphrase (no known recipient) in a series of their own; a receiver checks replays, gaps and a
 * delta's base within the same sender and mode, and only {@link #KEYS} packages acknowledge and are acknowledged
 * (docs/decisions/0007-package-merge.md).
 */
public enum RecipientMode {
    /** Encrypted for the recipients' keys (the manifest's recipients are SM2 keys). */
    KEYS,
    /** Encrypted under a passphrase. */
    PASSPHRASE;

    /** The mode of a package whose manifest names a passphrase recipient ({@code forPassphrase}) or keys. */
    public static RecipientMode of(boolean forPassphrase) {
        return forPassphrase ? PASSPHRASE : KEYS;
    }
}
