package io.guankou.desktop.exchange;

import io.guankou.model.exchange.Party;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * This ledger as the exchange sees it: its own key's fingerprint (to read over the phone), who it is, the peers it
 * has exchanged with, whether its private keys are protected by a passphrase (then exporting and opening a
 * package ask for it), and how many rows a full package would carry (the export's progress total).
 */
public record ExchangeOverview(String ownFingerprint, Party self, List<KnownPeer> peers, boolean keyProtected,
                               long exchangedRows) {

    public ExchangeOverview {
        Objects.requireNonNull(ownFingerprint, "ownFingerprint");
        Objects.requireNonNull(self, "self");
        peers = List.copyOf(peers);
    }

    public Optional<KnownPeer> peer(UUID ledgerId) {
        return peers.stream().filter(p -> p.ledgerId().equals(ledgerId)).findFirst();
    }
}
