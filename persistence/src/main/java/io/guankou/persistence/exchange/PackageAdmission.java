package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PartyRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The checks a verified package passes before anything of it is merged (docs/decisions/0007-package-merge.md), in
 * this order: the sender's keys (registered, or confirmed by the user for a new sender), the township, the sequence
 * (a replay is refused, a gap is a warning) and a delta's base, each within the sender's series the package counts in
 * ({@link RecipientMode}). Also finds the clock tick that tells a local change the sender has seen from one it has
 * not. Runs inside the import's transaction, through the same identity store, peer registry and package log as the
 * export.
 */
final class PackageAdmission {

    /**
     * A package that may be merged.
     *
     * @param register the sender is new and its fingerprint confirmed: register it in the import's transaction
     * @param sinceTick local change marks after this tick are unseen by the sender (0: all of them)
     */
    record Admitted(ExchangeIdentity identity, boolean register, long sinceTick, List<ImportWarning> warnings) {
    }

    private final IdentityStore identities;
    private final PeerRegistry peers;
    private final PackageLog log;

    PackageAdmission(IdentityStore identities, PeerRegistry peers, PackageLog log) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.peers = Objects.requireNonNull(peers, "peers");
        this.log = Objects.requireNonNull(log, "log");
    }

    Admitted admit(ImportRequest request) throws PackageRefused {
        PackageHeader h = request.header();
        ExchangeIdentity me = identities.findOrFromTownship().orElseThrow(() -> new IllegalStateException(
                "the database holds no ledger: prepare a new file with ReceivingDatabase.prepare first"));
        boolean register = checkKeys(request, me);
        checkTownship(h, me);
        OptionalLong last = log.lastReceivedSequence(h.senderLedgerId(), request.mode());
        if (last.isPresent() && h.sequence() <= last.getAsLong()) {
            throw new PackageRefused(PackageRefused.Reason.REPLAYED, "sequence " + h.sequence() + " from this sender"
                    + " (" + request.mode() + "), which already sent " + last.getAsLong());
        }
        if (h.kind() == PackageKind.DELTA && h.buildsOn() > last.orElse(0)) {
            throw new PackageRefused(PackageRefused.Reason.UNKNOWN_BASE, "a delta on sequence " + h.buildsOn()
                    + ", but the last package applied from this sender (" + request.mode() + ") is "
                    + (last.isPresent() ? String.valueOf(last.getAsLong()) : "none"));
        }
        List<ImportWarning> warnings = new ArrayList<>();
        long expected = last.orElse(0) + 1;
        if (h.sequence() > expected) {
            warnings.add(new ImportWarning(ImportWarning.Kind.SEQUENCE_SKIPPED, expected, h.sequence()));
        }
        return new Admitted(me, register, sinceTick(request, warnings), warnings);
    }

    /**
     * The tick of this ledger's package (to the sender's keys) that the incoming one acknowledges. A package under a
     * passphrase acknowledges nothing (its sender writes none, having no known recipient; one that names a number
     * anyway is not trusted with it): every local change counts as unseen, which can only raise conflicts.
     */
    private long sinceTick(ImportRequest request, List<ImportWarning> warnings) {
        PackageHeader h = request.header();
        if (h.acknowledges() == null || request.mode() != RecipientMode.KEYS) {
            return 0;
        }
        OptionalLong tick = log.sentTick(h.senderLedgerId(), h.acknowledges());
        if (tick.isPresent()) {
            return tick.getAsLong();
        }
        warnings.add(new ImportWarning(ImportWarning.Kind.UNKNOWN_ACKNOWLEDGEMENT,
                log.lastSentSequence(h.senderLedgerId()).orElse(0), h.acknowledges()));
        return 0;
    }

    /** Returns whether the sender is to be registered. */
    private boolean checkKeys(ImportRequest request, ExchangeIdentity me) throws PackageRefused {
        PackageHeader h = request.header();
        if (h.senderLedgerId().equals(me.ledgerId())) {
            throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY, "a package made by this ledger itself");
        }
        Optional<Peer> peer = peers.find(h.senderLedgerId());
        if (peer.isPresent()) {
            Peer p = peer.get();
            if (!p.hasKeys(request.signerSigningKey(), request.signerEncryptionKey())) {
                throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY,
                        "signed by keys other than those registered for the sending ledger");
            }
            if (p.code().isEmpty()) {
                // registered from a public key file that named no party (a county's keys made on their own): the
                // first package signed with exactly those keys says who it is, unless another peer is that party
                peers.learnParty(h.senderLedgerId(), h.sender());
                return false;
            }
            if (p.role() != h.sender().role() || !p.code().equals(h.sender().code())) {
                throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY,
                        "the sending ledger is registered for " + p.role() + " " + p.code() + ", the package says "
                        + h.sender().role() + " " + h.sender().code());
            }
            return false;
        }
        if (!peers.withCode(h.sender().role(), h.sender().code()).isEmpty()) {
            throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY, h.sender().role() + " "
                    + h.sender().code() + " is registered with another ledger and other keys");
        }
        if (!Fingerprints.confirms(request.confirmedFingerprint(), request.signerFingerprint())) {
            throw new PackageRefused(PackageRefused.Reason.KEY_NOT_CONFIRMED, "the sender " + h.sender().role() + " "
                    + h.sender().code() + " is not registered: confirm its fingerprint");
        }
        return true;
    }

    private static void checkTownship(PackageHeader h, ExchangeIdentity me) throws PackageRefused {
        String township = h.township().code();
        boolean ours = h.township().role() == PartyRole.TOWNSHIP
                && (me.role() == PartyRole.TOWNSHIP ? township.equals(me.code()) : township.startsWith(me.code()));
        if (!ours) {
            throw new PackageRefused(PackageRefused.Reason.FOREIGN_TOWNSHIP, "data of " + h.township().role() + " "
                    + township + " for the " + me.role() + " ledger of " + me.code());
        }
        // the sender may only speak for the data it owns: a township for itself, a county for its own townships.
        // Otherwise a township registered at the county could rewrite a neighbour's rows under its own signature.
        boolean entitled = h.sender().role() == PartyRole.TOWNSHIP ? h.sender().code().equals(township)
                : township.startsWith(h.sender().code()) && h.sender().code().length() == 6;
        if (!entitled) {
            throw new PackageRefused(PackageRefused.Reason.FOREIGN_TOWNSHIP, "the " + h.sender().role() + " "
                    + h.sender().code() + " sent data of township " + township);
        }
    }

    /** Registers a new sender whose fingerprint the user confirmed, in the import's transaction. */
    void register(ImportRequest request, Instant now) throws PackageRefused {
        PackageHeader h = request.header();
        peers.register(new Peer(h.senderLedgerId(), h.sender().role(), h.sender().code(), h.sender().name(),
                request.signerSigningKey(), request.signerEncryptionKey(), request.signerFingerprint(), now,
                request.recordedBy()));
    }
}
