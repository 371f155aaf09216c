package io.guankou.persistence.exchange;

import static io.guankou.persistence.jooq.Tables.EXCHANGE_PEER;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.ExchangePeerRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The peers this ledger exchanges with, by ledger id, each with the public keys registered for it. A peer's keys are
 * never replaced: registering other keys for a known ledger id is refused ({@code UNREGISTERED_KEY}), so a package
 * signed by a stranger who claims a known ledger id cannot slip in a key of its own. Every method joins the caller's
 * transaction.
 */
public final class PeerRegistry {

    private final Database db;

    public PeerRegistry(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Optional<Peer> find(UUID ledgerId) {
        Objects.requireNonNull(ledgerId, "ledgerId");
        return db.read(dsl -> find(dsl, ledgerId));
    }

    /** The peers of a party (a township may have been set up twice, so there can be more than one), oldest first. */
    public List<Peer> withCode(PartyRole role, String code) {
        return db.read(dsl -> dsl.selectFrom(EXCHANGE_PEER)
                .where(EXCHANGE_PEER.ROLE.eq(role.name())).and(EXCHANGE_PEER.CODE.eq(code))
                .orderBy(EXCHANGE_PEER.ID).fetch(PeerRegistry::toPeer));
    }

    /** Every registered peer, by role and code. */
    public List<Peer> list() {
        return db.read(dsl -> dsl.selectFrom(EXCHANGE_PEER)
                .orderBy(EXCHANGE_PEER.ROLE, EXCHANGE_PEER.CODE, EXCHANGE_PEER.ID).fetch(PeerRegistry::toPeer));
    }

    /**
     * Registers a peer, or confirms one registered with the same keys (then the stored peer is returned unchanged,
     * with its first registration's time and user).
     *
     * @throws PackageRefused {@code UNREGISTERED_KEY} when the ledger id is registered with other keys (nothing is
     *                        written)
     */
    public Peer register(Peer peer) throws PackageRefused {
        Objects.requireNonNull(peer, "peer");
        Optional<Peer> stored = db.transaction(dsl -> {
            Optional<Peer> known = find(dsl, peer.ledgerId());
            if (known.isEmpty()) {
                insert(dsl, peer);
            }
            return known;
        });
        if (stored.isEmpty()) {
            return peer;
        }
        if (!stored.get().hasKeys(peer.signingKey(), peer.encryptionKey())) {
            throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY, "ledger " + peer.ledgerId()
                    + " is registered with other keys (fingerprint " + stored.get().fingerprint() + ", offered "
                    + peer.fingerprint() + ")");
        }
        return stored.get();
    }

    /**
     * Names the party of a peer registered without one (its keys came in a public key file that named none, e.g. a
     * county's keys made on their own): the first package signed with exactly those keys says who it is.
     *
     * @throws PackageRefused {@code UNREGISTERED_KEY} when another peer is registered for that party already (a
     *                        second ledger cannot take over a party by naming it; nothing is written)
     */
    public void learnParty(UUID ledgerId, Party party) throws PackageRefused {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(party, "party");
        boolean taken = db.transaction(dsl -> {
            if (dsl.fetchExists(EXCHANGE_PEER, EXCHANGE_PEER.ROLE.eq(party.role().name())
                    .and(EXCHANGE_PEER.CODE.eq(party.code())).and(EXCHANGE_PEER.LEDGER_ID.ne(ledgerId.toString())))) {
                return true;
            }
            dsl.update(EXCHANGE_PEER).set(EXCHANGE_PEER.ROLE, party.role().name())
                    .set(EXCHANGE_PEER.CODE, party.code()).set(EXCHANGE_PEER.NAME, party.name())
                    .where(EXCHANGE_PEER.LEDGER_ID.eq(ledgerId.toString())).and(EXCHANGE_PEER.CODE.eq(""))
                    .execute();
            return false;
        });
        if (taken) {
            throw new PackageRefused(PackageRefused.Reason.UNREGISTERED_KEY, party.role() + " " + party.code()
                    + " is registered with another ledger and other keys");
        }
    }

    private static Optional<Peer> find(DSLContext dsl, UUID ledgerId) {
        return dsl.selectFrom(EXCHANGE_PEER).where(EXCHANGE_PEER.LEDGER_ID.eq(ledgerId.toString()))
                .fetchOptional(PeerRegistry::toPeer);
    }

    private static void insert(DSLContext dsl, Peer peer) {
        ExchangePeerRecord r = dsl.newRecord(EXCHANGE_PEER);
        r.setLedgerId(peer.ledgerId().toString());
        r.setRole(peer.role().name());
        r.setCode(peer.code());
        r.setName(peer.name());
        r.setSigningKey(peer.signingKey());
        r.setEncryptionKey(peer.encryptionKey());
        r.setFingerprint(peer.fingerprint());
        r.setRegisteredAt(SqlText.instant(peer.registeredAt()));
        r.setRegisteredBy(peer.registeredBy());
        r.insert();
    }

    private static Peer toPeer(ExchangePeerRecord r) {
        return new Peer(UUID.fromString(r.getLedgerId()), PartyRole.valueOf(r.getRole()), r.getCode(), r.getName(),
                r.getSigningKey(), r.getEncryptionKey(), r.getFingerprint(), SqlText.instant(r.getRegisteredAt()),
                r.getRegisteredBy());
    }
}
