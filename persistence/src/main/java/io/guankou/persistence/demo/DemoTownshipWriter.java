package io.guankou.persistence.demo;

import io.guankou.model.tier.TierRules;
import io.guankou.model.tier.TierRulesCodec;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.settings.TierRulesRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Writes a demo township database: a mountain township modelled on Ping'an town (Yunyang county,
 * Chongqing) with villages, grids, facilities, teams, key persons aged 60+, four weeks of contacts
 * ending the evening before {@link DemoOptions#today()} (with symptoms, antigen results and needs) and the referrals the
 * severe contacts opened, at every stage. Deterministic: everything, global ids included, is drawn from
 * {@link Random}s seeded by {@link DemoOptions#seed()}, and every time stamp derives from {@code today}.
 *
 * <p>The file is built beside the target without a rollback journal (fast: a 100,000-person township
 * is several hundred megabytes of pages written once), switched to WAL, and only then moved over the
 * target, so a failed run never leaves a half-written demo behind.
 */
public final class DemoTownshipWriter {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTownshipWriter.class);
    /** China Standard Time: demo time stamps are office hours in the township. */
    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    private static final int CACHE_KIB = 128 * 1024;

    private DemoTownshipWriter() {
    }

    /** Replaces {@code dbFile} with a freshly generated demo township. */
    public static DemoSummary write(Path dbFile, DemoOptions options) {
        Path target = dbFile.toAbsolutePath();
        Path scratch = target.resolveSibling(target.getFileName() + ".writing");
        deleteWithCompanions(scratch);
        long started = System.nanoTime();
        Database.open(scratch).close(); // schema by the same migrations as every other file
        DemoSummary summary;
        try (Connection connection = DriverManager.getConnection(Database.url(scratch), bulkConfig().toProperties())) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
            }
            connection.setAutoCommit(false);
            summary = generate(connection, options);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
        } catch (SQLException | RuntimeException e) {
            deleteWithCompanions(scratch);
            throw new DatabaseException(DatabaseException.Reason.CANNOT_WRITE_DEMO, target,
                    "Cannot write the demo township to " + target + ": " + e.getMessage(), e);
        }
        try {
            long meeting = System.nanoTime();
            DemoMeeting.write(scratch, options); // through the repositories: the figures are computed, not made up
            LOG.info("Demo meeting history written in {} ms", (System.nanoTime() - meeting) / 1_000_000);
        } catch (RuntimeException e) {
            deleteWithCompanions(scratch);
            throw new DatabaseException(DatabaseException.Reason.CANNOT_WRITE_DEMO, target,
                    "Cannot write the demo's meeting history to " + target + ": " + e.getMessage(), e);
        }
        try {
            deleteWithCompanions(target);
            Files.move(scratch, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_WRITE_DEMO, target,
                    "Cannot replace " + target + ": " + e.getMessage(), e);
        }
        LOG.info("Demo township written: {} persons, {} contacts in {} ms", summary.persons(), summary.contacts(),
                (System.nanoTime() - started) / 1_000_000);
        return summary;
    }

    private static DemoSummary generate(Connection connection, DemoOptions options) throws SQLException {
        DemoWords words = DemoWords.load(options);
        TierRules rules = TierRules.defaults();
        String stamp = SqlText.instant(options.today().atTime(LocalTime.of(8, 0)).toInstant(CST));
        String townshipCode = words.word("township.code");
        try (DemoSink sink = new DemoSink(connection, options.seed(), townshipCode, stamp)) {
            Random random = new Random(options.seed());
            sink.insert("township", "code, name", townshipCode, words.word("township.name"));
            writeIdentity(connection, options, townshipCode, words.word("township.name"));
            sink.insert("setting", "key, value, updated_by", TierRulesRepository.KEY, TierRulesCodec.encode(rules),
                    words.clinicians.get(0));
            DemoPlaces places = DemoPlaces.write(sink, words, random, options.persons());
            int contacts = new DemoPeople(sink, words, random, rules, options, places).write();
            DemoTransport.write(sink, words, places, options.seed());
            sink.flush();
            DemoOximeters.write(connection, sink, places, words, options);
            sink.flush();
            DemoBoundaries.write(sink, places);
            sink.flush();
            DemoSupplies.write(connection, sink, places, options);
            sink.flush();
            DemoReturnees.write(connection, sink, options);
            sink.flush();
            return new DemoSummary(options.persons(), places.villages().size(), places.gridCount(), contacts);
        }
    }

    /** The ledger's exchange identity, with the id the seed gives ({@link DemoOptions#ledgerId()}). */
    private static void writeIdentity(Connection connection, DemoOptions options, String code, String name)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO exchange_identity (id, ledger_id, role, code, name) VALUES (1, ?, 'TOWNSHIP', ?, ?)")) {
            ps.setString(1, options.ledgerId().toString());
            ps.setString(2, code);
            ps.setString(3, name);
            ps.executeUpdate();
        }
    }

    /** Foreign keys checked as always; durability traded for speed because the scratch file is thrown away on failure. */
    private static SQLiteConfig bulkConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setCacheSize(-CACHE_KIB);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }

    private static void deleteWithCompanions(Path dbFile) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_WRITE_DEMO, dbFile,
                    "Cannot replace " + dbFile + ": " + e.getMessage(), e);
        }
    }
}
