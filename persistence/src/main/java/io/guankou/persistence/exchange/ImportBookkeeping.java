package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The exchange bookkeeping an import reads and writes (V6: {@code exchange_identity}, {@code exchange_peer},
 * {@code exchange_package}), as plain SQL on the import's connection, inside its transaction.
 *
 * <p>Interim: the ledger side's shared classes (the identity store, the peer registry, the package log) do the same
 * for the export; once they are on main, these methods become calls to them. Kept in one class so that the switch
 * touches nothing else.
 */
final class ImportBookkeeping {

    /** {@code exchange_package.direction} of a package this ledger made. */
    static final String SENT = "SENT";
    /** {@code exchange_package.direction} of a package this ledger applied. */
    static final String RECEIVED = "RECEIVED";

    /** This ledger as a party of exchanges. */
    record Identity(UUID ledgerId, PartyRole role, String code, String name) {
    }

    /** A ledger this one exchanges with, and the keys registered for it. */
    record Peer(UUID ledgerId, PartyRole role, String code, String signingKey, String encryptionKey,
                String fingerprint) {
    }

    /** What the log keeps of an applied package. */
    record Received(PackageHeader header, String recordedBy, Instant recordedAt, String fileName, long bytes,
                    long rows, long added, long updated, long unchanged, long conflicts) {
    }

    private final Connection c;

    ImportBookkeeping(Connection c) {
        this.c = c;
    }

    Optional<Identity> identity() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ledger_id, role, code, name FROM exchange_identity WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Identity(UUID.fromString(rs.getString(1)), PartyRole.valueOf(rs.getString(2)),
                    rs.getString(3), rs.getString(4)));
        }
    }

    /**
     * This ledger's identity; a township ledger that has none yet gets one from its township row (a new ledger
     * id). Empty for a file with neither (a new receiving database not prepared by {@link ReceivingDatabase}).
     */
    Optional<Identity> identityOrTownship(Instant now) throws SQLException {
        Optional<Identity> stored = identity();
        if (stored.isPresent()) {
            return stored;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, name FROM township WHERE deleted = 0 ORDER BY id LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Identity made = new Identity(GlobalIds.standard().next(now), PartyRole.TOWNSHIP, rs.getString(1),
                    rs.getString(2));
            writeIdentity(made);
            return Optional.of(made);
        }
    }

    void writeIdentity(Identity identity) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO exchange_identity (id, ledger_id, role, code, name) VALUES (1, ?, ?, ?, ?)")) {
            ps.setString(1, identity.ledgerId().toString());
            ps.setString(2, identity.role().name());
            ps.setString(3, identity.code());
            ps.setString(4, identity.name());
            ps.executeUpdate();
        }
    }

    boolean hasTownship() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM township)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    /** Whether a package with this id was made or applied here. */
    boolean known(UUID packageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM exchange_package WHERE package_id = ?)")) {
            ps.setString(1, packageId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }

    /** The highest sequence applied from a sender. */
    OptionalLong lastReceived(UUID senderLedgerId) throws SQLException {
        return maxSequence(RECEIVED, senderLedgerId);
    }

    /** The highest sequence this ledger sent a peer. */
    OptionalLong lastSent(UUID peerLedgerId) throws SQLException {
        return maxSequence(SENT, peerLedgerId);
    }

    /** The clock tick this ledger's package {@code sequence} to a peer was read at. */
    OptionalLong sentTick(UUID peerLedgerId, long sequence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT tick FROM exchange_package WHERE direction = ?"
                + " AND peer_ledger_id = ? AND sequence = ? AND tick IS NOT NULL ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, SENT);
            ps.setString(2, peerLedgerId.toString());
            ps.setLong(3, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    Optional<Peer> peer(UUID ledgerId) throws SQLException {
        return peerWhere("ledger_id = ?", ledgerId.toString(), null);
    }

    /** A peer registered for the same party (role and code) under any ledger id. */
    Optional<Peer> peerOfParty(PartyRole role, String code) throws SQLException {
        return peerWhere("role = ? AND code = ?", role.name(), code);
    }

    void registerPeer(PackageHeader header, String signingKey, String encryptionKey, String fingerprint,
                      String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_peer (ledger_id, role, code, name,"
                + " signing_key, encryption_key, fingerprint, registered_at, registered_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, header.senderLedgerId().toString());
            ps.setString(2, header.sender().role().name());
            ps.setString(3, header.sender().code());
            ps.setString(4, header.sender().name());
            ps.setString(5, signingKey);
            ps.setString(6, encryptionKey);
            ps.setString(7, fingerprint);
            ps.setString(8, SqlText.instant(at));
            ps.setString(9, by);
            ps.executeUpdate();
        }
    }

    /** Names the party of a peer registered without one (its keys came in a file that named none). */
    void learnParty(UUID ledgerId, PartyRole role, String code, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE exchange_peer SET role = ?, code = ?, name = ? WHERE ledger_id = ? AND code = ''")) {
            ps.setString(1, role.name());
            ps.setString(2, code);
            ps.setString(3, name);
            ps.setString(4, ledgerId.toString());
            ps.executeUpdate();
        }
    }

    void logReceived(Received r) throws SQLException {
        PackageHeader h = r.header();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_package (package_id, direction,"
                + " peer_ledger_id, peer_code, township_code, kind, sequence, builds_on, acknowledges, tick, created_at,"
                + " recorded_at, recorded_by, file_name, bytes, rows, added, updated, unchanged, conflicts)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setString(i++, h.packageId().toString());
            ps.setString(i++, RECEIVED);
            ps.setString(i++, h.senderLedgerId().toString());
            ps.setString(i++, h.sender().code());
            ps.setString(i++, h.township().code());
            ps.setString(i++, h.kind().name());
            ps.setLong(i++, h.sequence());
            setLong(ps, i++, h.buildsOn());
            setLong(ps, i++, h.acknowledges());
            ps.setString(i++, SqlText.instant(h.createdAt()));
            ps.setString(i++, SqlText.instant(r.recordedAt()));
            ps.setString(i++, r.recordedBy());
            ps.setString(i++, r.fileName());
            ps.setLong(i++, r.bytes());
            ps.setLong(i++, r.rows());
            ps.setLong(i++, r.added());
            ps.setLong(i++, r.updated());
            ps.setLong(i++, r.unchanged());
            ps.setLong(i, r.conflicts());
            ps.executeUpdate();
        }
    }

    private OptionalLong maxSequence(String direction, UUID peer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(sequence) FROM exchange_package"
                + " WHERE direction = ? AND peer_ledger_id = ?")) {
            ps.setString(1, direction);
            ps.setString(2, peer.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long v = rs.getLong(1);
                    if (!rs.wasNull()) {
                        return OptionalLong.of(v);
                    }
                }
                return OptionalLong.empty();
            }
        }
    }

    private Optional<Peer> peerWhere(String where, String first, String second) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ledger_id, role, code, signing_key, encryption_key,"
                + " fingerprint FROM exchange_peer WHERE " + where + " ORDER BY id LIMIT 1")) {
            ps.setString(1, first);
            if (second != null) {
                ps.setString(2, second);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Peer(UUID.fromString(rs.getString(1)), PartyRole.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
