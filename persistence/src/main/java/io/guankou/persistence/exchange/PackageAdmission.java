package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.PartyRole;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The checks a verified package passes before anything of it is merged (docs/decisions/0007-package-merge.md), in
 * this order: the sender's keys (registered, or confirmed by the user for a new sender), the township, the sequence
 * (a replay is refused, a gap is a warning) and a delta's base. Also finds the clock tick that tells a local change
 * the sender has seen from one it has not.
 */
final class PackageAdmission {

    /**
     * A package that may be merged.
     *
     * @param register the sender is new and its fingerprint confirmed: register it in the import's transaction
     * @param sinceTick local change marks after this tick are unseen by the sender (0: all of them)
     */
    record Admitted(ImportBookkeeping.Identity identity, boolean register, long sinceTick,
                    List<ImportWarning> warnings) {
    }

    private PackageAdmission() {
    }

    static Admitted admit(ImportBookkeeping book, ImportRequest request, Instant now)
            throws PackageRefused, SQLException {
        PackageHeader h = request.header();
        ImportBookkeeping.Identity me = book.identityOrTownship(now).orElseThrow(() -> new IllegalStateException(
                "the database holds no ledger: prepare a new file with ReceivingDatabase.prepare first"));
        boolean register = checkKeys(book, request, me);
        checkTownship(h, me);
        OptionalLong last = book.lastReceived(h.senderLedgerId());
        if (last.isPresent() && h.sequence() <= last.getAsLong()) {
            throw new PackageRefused(PackageRefused.Reason.REPLAYED, "sequence " + h.sequence()
                    + " from this sender, which already sent " + last.getAsLong());
        }
        if (h.kind() == PackageKind.DELTA && h.buildsOn() > last.orElse(0)) {
            throw new PackageRefused(PackageRefused.Reason.UNKNOWN_BASE, "a delta on sequence " + h.buildsOn()
                    + ", but the last package applied from this sender is "
                    + (last.isPresent() ? String.valueOf(last.getAsLong()) : "none"));
        }
        List<ImportWarning> warnings = new ArrayList<>();
        long expected = last.orElse(0) + 1;
        if (h.sequence() > expected) {
            warnings.add(new ImportWarning(ImportWarning.Kind.SEQUENCE_SKIPPED, expected, h.sequence()));
        }
        long since = 0;
        if (h.acknowledges() != null) {
            OptionalLong tick = book.sentTick(h.senderLedgerId(), h.acknowledges());
            if (tick.isPresent()) {
                since = tick.getAsLong();
            } else {
                warnings.add(new ImportWarning(ImportWarning.Kind.UNKNOWN_ACKNOWLEDGEMENT,
                        book.lastSent(h.senderLedgerId()).orElse(0), h.acknowledges()));
            }
        }
        return new Admitted(me, register, since, warnings);
    }

    /** Returns whether the sender is to be registered. */
    private static boolean checkKeys(ImportBookkeeping book, ImportRequest request, ImportBookkeeping.Identity me)
            throws PackageRefused, SQLException {
        PackageHeader h = request.header();
        if (h.senderLedgerId().equals(me.ledgerId())) {
            throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY, "a package made by this ledger itself");
        }
        Optional<ImportBookkeeping.Peer> peer = book.peer(h.senderLedgerId());
        if (peer.isPresent()) {
            ImportBookkeeping.Peer p = peer.get();
            if (!p.signingKey().equals(request.signerSigningKey())
                    || !p.encryptionKey().equals(request.signerEncryptionKey())) {
                throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY,
                        "signed by keys other than those registered for the sending ledger");
            }
            if (p.code().isEmpty()) {
                // registered from a public key file that named no party (a county's keys made on their own): the
                // first package signed with exactly those keys says who it is
                book.learnParty(h.senderLedgerId(), h.sender().role(), h.sender().code(), h.sender().name());
                return false;
            }
            if (p.role() != h.sender().role() || !p.code().equals(h.sender().code())) {
                throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY,
                        "the sending ledger is registered for " + p.role() + " " + p.code() + ", the package says "
                        + h.sender().role() + " " + h.sender().code());
            }
            return false;
        }
        if (book.peerOfParty(h.sender().role(), h.sender().code()).isPresent()) {
            throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY, h.sender().role() + " "
                    + h.sender().code() + " is registered with another ledger and other keys");
        }
        boolean confirmed = request.confirmedFingerprint()
                .map(f -> normal(f).equals(normal(request.signerFingerprint()))).orElse(false);
        if (!confirmed) {
            throw new PackageRefused(PackageRefused.Reason.KEY_NOT_CONFIRMED, "the sender " + h.sender().role() + " "
                    + h.sender().code() + " is not registered: confirm its fingerprint");
        }
        return true;
    }

    private static void checkTownship(PackageHeader h, ImportBookkeeping.Identity me) throws PackageRefused {
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

    private static String normal(String fingerprint) {
        return fingerprint.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
