package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.Party;
import io.guankou.model.exchange.PartyRole;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Parties, keys, headers and requests for the import tests; and a dump of a database's whole content. */
final class Exchanges {

    static final Party TOWNSHIP = new Party(PartyRole.TOWNSHIP, TestTownship.CODE, "平安镇");
    static final Party COUNTY = new Party(PartyRole.COUNTY, TestTownship.CODE.substring(0, 6), "");
    static final String USER = "数据员";

    private Exchanges() {
    }

    /** The signing key of a ledger in these tests (any text stands for the base64 DER of a real one). */
    static String signingKey(UUID ledger) {
        return Base64.getEncoder().encodeToString(("signing " + ledger).getBytes(StandardCharsets.UTF_8));
    }

    static String encryptionKey(UUID ledger) {
        return Base64.getEncoder().encodeToString(("encryption " + ledger).getBytes(StandardCharsets.UTF_8));
    }

    static String fingerprint(UUID ledger) {
        String hex = ledger.toString().replace("-", "").toUpperCase().substring(0, 20);
        return String.join(" ", hex.split("(?<=\\G.{4})"));
    }

    /** The request for a package signed by its sender's keys; confirmed: the user confirmed the fingerprint. */
    static ImportRequest request(PackageHeader h, boolean confirmed) {
        return request(h, RecipientMode.KEYS, confirmed);
    }

    /** As {@link #request(PackageHeader, boolean)}, for a package encrypted for keys or under a passphrase. */
    static ImportRequest request(PackageHeader h, RecipientMode mode, boolean confirmed) {
        UUID s = h.senderLedgerId();
        return new ImportRequest(h, mode, fingerprint(s), signingKey(s), encryptionKey(s),
                confirmed ? Optional.of(fingerprint(s)) : Optional.empty(), USER, Optional.of("pkg.gkpkg"), 1234);
    }

    /** A peer with the keys {@link #request} signs with, as a ledger registers it from a public key file. */
    static Peer peer(UUID ledger, Party party) {
        return new Peer(ledger, party.role(), party.code(), party.name(), signingKey(ledger), encryptionKey(ledger),
                fingerprint(ledger), TestExporter.CREATED, USER);
    }

    /** A full package header from a township ledger to the county. */
    static PackageHeader full(UUID sender, Party township, long sequence, Long acknowledges) {
        return new PackageHeader(GlobalIds.standard().next(TestExporter.CREATED), PackageKind.FULL, township, sender,
                township, TestExporter.CREATED, sequence, null, acknowledges);
    }

    static PackageHeader delta(UUID sender, Party township, long sequence, long buildsOn) {
        return new PackageHeader(GlobalIds.standard().next(TestExporter.CREATED), PackageKind.DELTA, township,
                sender, township, TestExporter.CREATED, sequence, buildsOn, null);
    }

    static ImportOutcome apply(Database db, PackageHeader h, MemoryPackage p, boolean confirmed)
            throws PackageRefused {
        return apply(db, h, p, confirmed, TestTownship.CLOCK);
    }

    static ImportOutcome apply(Database db, PackageHeader h, MemoryPackage p, boolean confirmed, Clock clock)
            throws PackageRefused {
        return new PackageImporter(db, clock).apply(request(h, confirmed), p.source(), n -> { });
    }

    /** A new receiving database for the package: prepared, then the package applied (sender confirmed). */
    static Database receive(Path file, PackageHeader h, MemoryPackage p) throws PackageRefused {
        Database db = Database.open(file);
        ReceivingDatabase.prepare(db, h, GlobalIds.standard().next(Instant.now()));
        apply(db, h, p, true);
        return db;
    }

    /** Every row of every table (and the schema), in a fixed order: two equal dumps are equal databases. */
    static List<String> content(Database db) {
        return db.read(dsl -> dsl.connectionResult(c -> {
            List<String> out = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    out.add("schema " + rs.getString(1) + ": " + rs.getString(2));
                    if (rs.getString(2) != null && rs.getString(2).startsWith("CREATE TABLE")) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            for (String t : tables) {
                dump(c, t, out);
            }
            return out;
        }));
    }

    private static void dump(Connection c, String table, List<String> out) throws java.sql.SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder(table).append(':');
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(' ').append(rs.getString(i));
                }
                rows.add(b.toString());
            }
        }
        rows.sort(null);
        out.addAll(rows);
    }

    static byte[] bytes(Path file) throws java.io.IOException {
        return Files.readAllBytes(file);
    }

    static String query(Database db, String sql) {
        return TestTownship.query(db, sql);
    }
}
