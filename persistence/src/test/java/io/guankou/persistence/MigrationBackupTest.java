package io.guankou.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a newer version migrates the ledger on first start and keeps a dated copy of the file as it was
 * before, beside it ({@code <name>.before-v<N>-<yyyyMMdd-HHmmss>.db}, N the version migrated to).
 */
class MigrationBackupTest {

    /** TestTownship.CLOCK: 2026-11-23 02:00 UTC is 10:00:00 in Asia/Shanghai. */
    private static final String STAMP = "20261123-100000";
    private static final String OLDER = "9";

    @TempDir
    Path dir;

    @Test
    void anOlderLedgerIsCopiedAsItWasThenMigrated() throws Exception {
        Path file = dir.resolve("ledger.db");
        olderLedger(file);

        Path backup;
        try (Database db = Database.openExisting(file, TestTownship.CLOCK)) {
            assertThat(db.migrationBackup()).isPresent();
            backup = db.migrationBackup().orElseThrow();
        }

        assertThat(backup).isEqualTo(dir.resolve("ledger.before-v" + latestVersion() + "-" + STAMP + ".db"));
        assertThat(versions(backup)).last().isEqualTo(OLDER);
        assertThat(rows(backup, "SELECT code || ' ' || name FROM township")).containsExactly("500235124 平安镇");
        assertThat(rows(backup, "SELECT name FROM village ORDER BY id")).containsExactly("平安社区", "龙洞村");
        // the boundaries tables of version 10 are not in the copy: it is the file before the migration
        assertThat(rows(backup, "SELECT name FROM sqlite_master WHERE name = 'village_boundary'")).isEmpty();

        assertThat(Database.isAtLatestSchema(file)).isTrue();
        assertThat(Database.isAtLatestSchema(backup)).isFalse();
        assertThat(rows(file, "SELECT name FROM village ORDER BY id")).containsExactly("平安社区", "龙洞村");
        assertThat(siblings()).containsExactlyInAnyOrder("ledger.db", backup.getFileName().toString());
    }

    @Test
    void theCopyHoldsWhatIsStillInTheWriteAheadLog() throws Exception {
        Path file = dir.resolve("ledger.db");
        olderLedger(file);
        // a village written through the WAL and not checkpointed: a raw copy of ledger.db would not have it
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA wal_autocheckpoint=0");
            s.execute("INSERT INTO village (id, global_id, township_code, updated_at, revision, deleted, code, name,"
                    + " urban_rural, longitude, latitude) VALUES (3, 'b0000000-0000-4000-8000-000000000003',"
                    + " '500235124', '2026-11-01T00:00:00.000Z', 1, 0, '500235124201', '石门村', '220', 108.7, 30.9)");
            assertThat(Files.size(dir.resolve("ledger.db-wal"))).isPositive();

            try (Database db = Database.openExisting(file, TestTownship.CLOCK)) {
                Path backup = db.migrationBackup().orElseThrow();
                assertThat(rows(backup, "SELECT name FROM village ORDER BY id"))
                        .containsExactly("平安社区", "龙洞村", "石门村");
                assertThat(versions(backup)).last().isEqualTo(OLDER);
            }
        }
    }

    @Test
    void aLedgerAtTheLatestSchemaIsNotCopied() throws Exception {
        Path file = dir.resolve("ledger.db");
        TestTownship.create(file).close();

        try (Database db = Database.openExisting(file, TestTownship.CLOCK)) {
            assertThat(db.migrationBackup()).isEmpty();
        }
        assertThat(siblings()).containsExactly("ledger.db");
    }

    @Test
    void aNewFileIsNotCopied() throws Exception {
        try (Database db = Database.open(dir.resolve("new.db"), TestTownship.CLOCK)) {
            assertThat(db.migrationBackup()).isEmpty();
        }
        assertThat(siblings()).containsExactly("new.db");
    }

    @Test
    void aSecondCopyInTheSameSecondNeverOverwritesTheFirst() throws Exception {
        Path file = dir.resolve("ledger.db");
        olderLedger(file);
        String first = "ledger.before-v" + latestVersion() + "-" + STAMP + ".db";
        Files.writeString(dir.resolve(first), "an earlier copy");

        try (Database db = Database.openExisting(file, TestTownship.CLOCK)) {
            assertThat(db.migrationBackup()).contains(
                    dir.resolve("ledger.before-v" + latestVersion() + "-" + STAMP + "-2.db"));
        }
        assertThat(Files.readString(dir.resolve(first))).isEqualTo("an earlier copy");
    }

    @Test
    void theNameKeepsTheFileNameAndTellsTheVersionAndTime() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 2, 6, 15, 0);
        assertThat(MigrationBackup.fileName("ledger.db", "11", at)).isEqualTo("ledger.before-v11-20261202-061500.db");
        assertThat(MigrationBackup.fileName("township", "11", at)).isEqualTo("township.before-v11-20261202-061500.db");
    }

    /** A ledger as an older Guankou (schema version 9) left it: a township and two villages. */
    private static void olderLedger(Path file) throws Exception {
        Flyway.configure().dataSource(Database.url(file), null, null).locations("classpath:db/migration")
                .target(OLDER).load().migrate();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            String meta = "'2026-11-01T00:00:00.000Z', 1, 0";
            s.execute("INSERT INTO township (id, global_id, township_code, updated_at, revision, deleted, code, name)"
                    + " VALUES (1, 'a0000000-0000-4000-8000-000000000001', '500235124', " + meta
                    + ", '500235124', '平安镇')");
            s.execute("INSERT INTO village (id, global_id, township_code, updated_at, revision, deleted, code, name,"
                    + " urban_rural, longitude, latitude) VALUES"
                    + " (1, 'b0000000-0000-4000-8000-000000000001', '500235124', " + meta
                    + ", '500235124001', '平安社区', '111', 108.716, 30.912),"
                    + " (2, 'b0000000-0000-4000-8000-000000000002', '500235124', " + meta
                    + ", '500235124200', '龙洞村', '220', 108.688, 30.935)");
        }
        assertThat(versions(file)).last().isEqualTo(OLDER);
    }

    /** The newest migration this build carries, read from the scripts by Flyway, not by the code under test. */
    private static String latestVersion() {
        MigrationInfo[] all = Flyway.configure().locations("classpath:db/migration")
                .dataSource("jdbc:sqlite::memory:", null, null).load().info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private static List<String> versions(Path file) throws Exception {
        return rows(file, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank");
    }

    private static List<String> rows(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The database files in the folder, without SQLite's -wal and -shm companions. */
    private List<String> siblings() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm"))
                    .toList();
        }
    }
}
