package io.guankou.desktop.exchange;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** For whom a package is encrypted: a known peer, the owner of a public key file, or whoever knows a passphrase. */
public sealed interface Recipient {

    /** A peer this ledger has exchanged with (its registered keys). */
    record Peer(UUID ledgerId) implements Recipient {
        public Peer {
            Objects.requireNonNull(ledgerId, "ledgerId");
        }
    }

    /**
     * The ledger whose public key file the user picked ({@code keys --export-public}), and the fingerprint the user
     * confirmed having checked with the recipient by phone (needed when the ledger is not registered yet).
     */
    record KeyFile(Path file, Optional<String> confirmedFingerprint) implements Recipient {
        public KeyFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(confirmedFingerprint, "confirmedFingerprint");
        }
    }

    /** A passphrase the user typed twice; the caller clears the array when the export has ended. */
    record Passphrase(char[] passphrase) implements Recipient {
        public Passphrase {
            Objects.requireNonNull(passphrase, "passphrase");
        }
    }
}
