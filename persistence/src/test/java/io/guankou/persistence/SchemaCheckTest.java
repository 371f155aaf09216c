package io.guankou.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, the window's start: a ledger already at this build's schema is opened without Flyway; every other
 * ledger still goes through Flyway (migrated with its backup, or refused), so the quick check must say "up to date"
 * only when Flyway would have found nothing to do.
 */
class SchemaCheckTest {

    @TempDir
    Path dir;

    @Test
    void theScriptsAreTheOnesFlywayFindsWithFlywaysChecksums() {
        // the oracle is Flyway's own scan of the same folder
        Map<String, Integer> flyways = new HashMap<>();
        for (MigrationInfo m : Flyway.configure().locations("classpath:db/migration")
                .dataSource("jdbc:sqlite::memory:", null, null).load().info().all()) {
            flyways.put(m.getVersion().getVersion(), m.getChecksum());
        }

        assertThat(SchemaCheck.scripts()).contains(flyways);
    }

    @Test
    void theChecksumIsCrc32OverTheLinesWithoutLineBreaksOrByteOrderMark() throws Exception {
        CRC32 crc = new CRC32();
        crc.update("CREATE TABLE a (x);".getBytes(StandardCharsets.UTF_8));
        crc.update("-- 乡镇".getBytes(StandardCharsets.UTF_8));
        int expected = (int) crc.getValue();

        String withBomAndCrLf = "\uFEFFCREATE TABLE a (x);\r\n-- 乡镇\r\n";
        assertThat(SchemaCheck.checksum(new ByteArrayInputStream(withBomAndCrLf.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(expected);
    }

    @Test
    void aLedgerJustMigratedIsUpToDate() {
        Path file = dir.resolve("ledger.db");
        TestTownship.create(file).close();

        assertThat(SchemaCheck.upToDate(file)).isTrue();
    }

    @Test
    void aLedgerWithAScriptStillToApplyIsNot() {
        Path file = dir.resolve("older.db");
        Flyway.configure().dataSource(Database.url(file), null, null).locations("classpath:db/migration")
                .target("9").load().migrate();

        assertThat(SchemaCheck.upToDate(file)).isFalse();
    }

    @Test
    void aLedgerWithAVersionFromANewerGuankouIsNotAndStillIsRefused() throws Exception {
        Path file = dir.resolve("newer.db");
        TestTownship.create(file).close();
        sql(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, installed_on, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                + " 'V99__from_the_future.sql', 0, '', '2030-01-01 00:00:00', 1, 1)");

        assertThat(SchemaCheck.upToDate(file)).isFalse();
        assertThatThrownBy(() -> Database.openExisting(file)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer version of Guankou");
    }

    @Test
    void aLedgerWhoseNewestScriptFailedIsNot() throws Exception {
        Path file = dir.resolve("failed.db");
        TestTownship.create(file).close();
        sql(file, "UPDATE flyway_schema_history SET success = 0 WHERE installed_rank ="
                + " (SELECT max(installed_rank) FROM flyway_schema_history)");

        assertThat(SchemaCheck.upToDate(file)).isFalse();
    }

    @Test
    void aScriptChangedSinceItWasAppliedIsLeftToFlywaysValidation() throws Exception {
        Path file = dir.resolve("changed.db");
        TestTownship.create(file).close();
        sql(file, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");

        assertThat(SchemaCheck.upToDate(file)).isFalse();
        // Flyway then refuses the file as it did before the quick check existed
        assertThatThrownBy(() -> Database.openExisting(file)).isInstanceOf(DatabaseException.class)
                .extracting(e -> ((DatabaseException) e).reason()).isEqualTo(DatabaseException.Reason.CANNOT_MIGRATE);
    }

    @Test
    void aFileWithoutAHistoryOrNoFileAtAllIsNot() throws Exception {
        Path plain = dir.resolve("plain.db");
        sql(plain, "CREATE TABLE township (id INTEGER)");

        assertThat(SchemaCheck.upToDate(plain)).isFalse();
        assertThat(SchemaCheck.upToDate(dir.resolve("missing.db"))).isFalse();
        assertThat(Files.exists(dir.resolve("missing.db"))).isFalse();
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
