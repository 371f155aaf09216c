package io.guankou.persistence.exchange;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.exchange.RowSink;
import io.guankou.persistence.Database;
import io.guankou.model.sync.GlobalIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Test-only stand-in for the ledger's exporter: reads every exchanged table with plain SQL into the package layout
 * (references as global ids), with {@code changed} from the change marks after the tick of the package the recipient
 * last acknowledged, and keeps the books the way the exporter does (a SENT row with the clock tick, the clock moved
 * on, the sequence towards the recipient, what this ledger applied from it).
 */
final class TestExporter {

    static final Instant CREATED = Instant.parse("2026-11-23T01:00:00Z");

    private TestExporter() {
    }

    /** This ledger as a party (its identity, made from the township row when it has none). */
    static ExchangeIdentity identity(Database db) {
        return new IdentityStore(db, java.time.Clock.fixed(CREATED, java.time.ZoneOffset.UTC)).ensure();
    }

    /**
     * Writes a package from {@code db} to the peer into {@code sink}: a delta (rows with a mark after the base) when
     * asked and the peer acknowledged a package, else every row.
     */
    static PackageHeader export(Database db, UUID peer, Party township, boolean delta, EntrySink sink) {
        ExchangeIdentity me = identity(db);
        return db.transaction(dsl -> dsl.connectionResult(c -> {
            Long acknowledgedByPeer = scalar(c, "SELECT max(acknowledges) FROM exchange_package WHERE direction = 'RECEIVED'"
                    + " AND peer_ledger_id = '" + peer + "'");
            Long since = acknowledgedByPeer == null ? null : scalar(c, "SELECT tick FROM exchange_package"
                    + " WHERE direction = 'SENT' AND peer_ledger_id = '" + peer + "' AND sequence = " + acknowledgedByPeer);
            long sinceTick = since == null ? 0 : since;
            boolean isDelta = delta && acknowledgedByPeer != null;
            Long lastSent = scalar(c, "SELECT max(sequence) FROM exchange_package WHERE direction = 'SENT'"
                    + " AND peer_ledger_id = '" + peer + "'");
            long sequence = lastSent == null ? 1 : lastSent + 1;
            Long acknowledges = scalar(c, "SELECT max(sequence) FROM exchange_package WHERE direction = 'RECEIVED'"
                    + " AND peer_ledger_id = '" + peer + "'");
            long tick = scalar(c, "SELECT tick FROM exchange_clock");
            int rows = 0;
            for (ExchangeTable t : ExchangeTables.ALL) {
                rows += table(c, t, sinceTick, isDelta, sink);
            }
            PackageHeader header = new PackageHeader(GlobalIds.standard().next(CREATED),
                    isDelta ? PackageKind.DELTA : PackageKind.FULL, new Party(me.role(), me.code(), me.name()),
                    me.ledgerId(), township, CREATED, sequence, isDelta ? acknowledgedByPeer : null, acknowledges);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_package (package_id, direction,"
                    + " peer_ledger_id, peer_code, township_code, kind, sequence, builds_on, acknowledges, tick,"
                    + " created_at, recorded_at, recorded_by, rows) VALUES (?, 'SENT', ?2, coalesce((SELECT code FROM"
                    + " exchange_peer WHERE ledger_id = ?2), ''), ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?)")) {
                ps.setString(1, header.packageId().toString());
                ps.setString(2, peer.toString());
                ps.setString(3, township.code());
                ps.setString(4, header.kind().name());
                ps.setLong(5, sequence);
                ps.setObject(6, header.buildsOn());
                ps.setObject(7, acknowledges);
                ps.setLong(8, tick);
                ps.setString(9, "2026-11-23T01:00:00.000Z");
                ps.setString(10, "2026-11-23T01:00:00.000Z");
                ps.setLong(11, rows);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_clock SET tick = tick + 1")) {
                ps.executeUpdate();
            }
            return header;
        }));
    }

    /** Every row of a township ledger as a first full package to the county (nothing acknowledged yet). */
    static MemoryPackage all(Database db) {
        MemoryPackage p = new MemoryPackage();
        db.read(dsl -> dsl.connectionResult(c -> {
            for (ExchangeTable t : ExchangeTables.ALL) {
                table(c, t, 0, false, p);
            }
            return null;
        }));
        return p;
    }

    static int table(Connection c, ExchangeTable t, long sinceTick, boolean delta, EntrySink sink)
            throws SQLException {
        Map<Long, Set<String>> marks = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT row_id, field FROM change_mark WHERE tbl = ? AND tick > ?"
                + " ORDER BY row_id, field")) {
            ps.setString(1, t.name());
            ps.setLong(2, sinceTick);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<String> select = new ArrayList<>(List.of("t.id", "t.global_id", "t.township_code", "t.updated_at",
                "t.revision", "t.deleted"));
        for (String col : t.dataColumns()) {
            String ref = t.references().get(col);
            if (ref != null) {
                select.add("(SELECT r.global_id FROM " + ref + " r WHERE r.id = t." + col + ")");
            } else if (t.name().equals("place_change") && col.equals(ExchangeTables.PLACE_CHANGE_PLACE)) {
                select.add("CASE t.entity " + ExchangeTables.PLACE_ENTITY_TABLES.entrySet().stream()
                        .map(e -> "WHEN '" + e.getKey() + "' THEN (SELECT r.global_id FROM " + e.getValue()
                                + " r WHERE r.id = t.place_id)").collect(Collectors.joining(" ")) + " END");
            } else {
                select.add("t." + col);
            }
        }
        RowSink rows;
        try {
            rows = sink.entry(t.name(), t.packageColumns());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", select) + " FROM " + t.name()
                + " t ORDER BY t.id");
             ResultSet rs = ps.executeQuery()) {
            int width = t.packageColumns().size();
            while (rs.next()) {
                Set<String> changed = marks.getOrDefault(rs.getLong(1), Set.of());
                if (delta && changed.isEmpty()) {
                    continue;
                }
                String[] v = new String[width];
                for (int i = 0; i < width - 1; i++) {
                    v[i] = rs.getString(i + 2);
                }
                v[width - 1] = changed.contains("*") ? "*" : changed.stream().map(f -> f.equals("deleted") ? f
                        : ExchangeTable.packageColumn(f)).collect(Collectors.joining(","));
                try {
                    rows.row(v);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n++;
            }
        }
        return n;
    }

    private static Long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }

    /** The party of a township ledger. */
    static Party township(Database db) {
        ExchangeIdentity me = identity(db);
        if (me.role() != PartyRole.TOWNSHIP) {
            throw new IllegalStateException("not a township ledger");
        }
        return new Party(PartyRole.TOWNSHIP, me.code(), me.name());
    }
}
