package io.guankou.desktop.exchange;

import io.guankou.model.exchange.Party;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A ledger this one has exchanged packages with, by its ledger id: who it is, its registered key's fingerprint,
 * whether a delta can be made for it ({@code deltaPossible}: it has acknowledged one of this ledger's packages),
 * and the last sequence numbers sent to it and received from it.
 */
public record KnownPeer(UUID ledgerId, Party party, String fingerprint, boolean deltaPossible,
                        Optional<Long> lastSentSequence, Optional<Long> lastReceivedSequence) {

    public KnownPeer {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(lastSentSequence, "lastSentSequence");
        Objects.requireNonNull(lastReceivedSequence, "lastReceivedSequence");
    }
}
