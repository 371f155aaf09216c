package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageRefused;
import java.util.Objects;
import java.util.Optional;

/**
 * A recipient named by its public key file (not picked from the registered peers): its ledger id, party and keys as
 * the file gives them ({@code keys}, registered by the user who exports), and the fingerprint the user confirmed after
 * reading it to the recipient by phone. A recipient registered with the same keys needs no confirmation; one not
 * registered yet is registered with the export, in its transaction, only when the confirmed fingerprint is the keys'
 * own; a ledger id registered with other keys is refused (a swapped or forged key file).
 *
 * @param confirmedFingerprint what the user confirmed (spaces and case do not matter); empty for none
 */
public record OfferedRecipient(Peer keys, Optional<String> confirmedFingerprint) {

    public OfferedRecipient {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(confirmedFingerprint, "confirmedFingerprint");
    }

    /**
     * The peer registered with these keys, or empty when its ledger id is new and the user confirmed the keys'
     * fingerprint (then the export registers it). Writes nothing.
     *
     * @throws PackageExporter.Refused {@code OTHER_KEYS_REGISTERED} when other keys are registered for the ledger id;
     *                                 {@code RECIPIENT_NOT_CONFIRMED} when it is new and its fingerprint was not
     *                                 confirmed (or another one was)
     */
    public Optional<Peer> registered(PeerRegistry peers) throws PackageExporter.Refused {
        Optional<Peer> known = peers.find(keys.ledgerId());
        if (known.isPresent()) {
            if (!known.get().hasKeys(keys.signingKey(), keys.encryptionKey())) {
                throw new PackageExporter.Refused(PackageExporter.Refused.Reason.OTHER_KEYS_REGISTERED, "ledger "
                        + keys.ledgerId() + " is registered with the keys of fingerprint " + known.get().fingerprint()
                        + ", the key file has " + keys.fingerprint());
            }
            return known;
        }
        if (!Fingerprints.confirms(confirmedFingerprint, keys.fingerprint())) {
            throw new PackageExporter.Refused(PackageExporter.Refused.Reason.RECIPIENT_NOT_CONFIRMED, "the recipient "
                    + keys.ledgerId() + " is not registered: confirm its fingerprint " + keys.fingerprint());
        }
        return Optional.empty();
    }

    /**
     * The registered peer for these keys: as stored when registered already, else registered now (joining the
     * caller's transaction).
     *
     * @throws PackageExporter.Refused as {@link #registered}
     */
    Peer register(PeerRegistry peers) throws PackageExporter.Refused {
        Optional<Peer> known = registered(peers);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return peers.register(keys);
        } catch (PackageRefused e) {
            throw new PackageExporter.Refused(PackageExporter.Refused.Reason.OTHER_KEYS_REGISTERED, e.getMessage());
        }
    }
}
