package io.guankou.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void connectionRunsInWalModeWithForeignKeysOnAndABusyTimeout() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            assertThat(TestTownship.query(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(TestTownship.query(db, "PRAGMA foreign_keys")).hasToString("1");
            assertThat(Integer.parseInt(TestTownship.query(db, "PRAGMA busy_timeout")))
                    .isPositive();
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = TestTownship.create(dir.resolve("t.db"))) {
            assertThatThrownBy(() -> db.transaction(dsl -> dsl.execute(
                    "INSERT INTO grid (global_id, township_code, updated_at, village_id, name)"
                            + " VALUES ('x', '500235124', '2026-11-01T00:00:00.000Z', 999, 'g')")))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = TestTownship.create(dir.resolve("t.db"))) {
            assertThatThrownBy(() -> db.transaction(dsl -> {
                dsl.execute("UPDATE village SET name = 'changed' WHERE id = 1");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(TestTownship.query(db, "SELECT name FROM village WHERE id = 1")).isEqualTo("平安社区");
        }
    }

    @Test
    void openExistingRefusesAMissingFile() {
        Path missing = dir.resolve("missing.db");
        assertThatThrownBy(() -> Database.openExisting(missing))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Database file not found")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((DatabaseException) e).reason())
                        .isEqualTo(DatabaseException.Reason.FILE_NOT_FOUND));
        assertThat(missing).doesNotExist();
    }

    @Test
    void openExistingRefusesAFileThatIsNotSqlite() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "name,id\n张三,500235\n");
        assertThatThrownBy(() -> Database.openExisting(text))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Not a SQLite database")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((DatabaseException) e).reason())
                        .isEqualTo(DatabaseException.Reason.NOT_SQLITE));
        assertThat(Files.readString(text)).startsWith("name,id");
    }

    @Test
    void openExistingRefusesAnotherApplicationsSqliteFile() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection(Database.url(other)); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
        }
        assertThatThrownBy(() -> Database.openExisting(other))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Not a Guankou database");
    }

    @Test
    void openExistingRefusesASchemaWithoutTownship() {
        Path empty = dir.resolve("empty.db");
        Database.open(empty).close();
        assertThatThrownBy(() -> Database.openExisting(empty))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Not a Guankou database");
    }

    @Test
    void openExistingOpensATownshipDatabase() {
        Path file = dir.resolve("t.db");
        TestTownship.create(file).close();
        try (Database db = Database.openExisting(file)) {
            assertThat(db.file()).isEqualTo(file.toAbsolutePath());
            assertThat(TestTownship.query(db, "SELECT code FROM township")).isEqualTo("500235124");
        }
    }

    @Test
    void aClosedDatabaseSaysSo() {
        Database db = Database.open(dir.resolve("t.db"));
        db.close();
        assertThatThrownBy(() -> TestTownship.query(db, "SELECT 1"))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("closed");
    }
}
