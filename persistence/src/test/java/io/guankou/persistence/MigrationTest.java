package io.guankou.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Tier;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileToTheLatestSchema() throws Exception {
        Path file = dir.resolve("new.db");
        Database.open(file).close();
        assertThat(versions(file)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
        assertThat(tables(file)).contains("place_change", "export_log", "referral", "person_last_contact", "township", "village", "grid", "household", "person", "comorbidity",
                "infection_episode", "facility", "family_doctor_team", "responsibility_team", "team_member",
                "contact", "person_change", "setting");
    }

    @Test
    void everyExchangeableTableCarriesTheSixExchangeColumns() throws Exception {
        Path file = dir.resolve("new.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            for (String table : tables(file)) {
                // person_last_contact is derived from the contacts, the exchange bookkeeping is this file's own:
                // neither is exchanged
                if (table.equals("flyway_schema_history") || table.equals("person_last_contact")
                        || table.equals("change_mark") || table.startsWith("exchange_")) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                assertThat(columns).as(table)
                        .contains("id", "global_id", "township_code", "updated_at", "revision", "deleted");
            }
        }
    }

    @Test
    void upgradesAVersionOneFileInPlaceKeepingItsData() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource(Database.url(file), null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            String meta = "'2023-01-02T03:04:05.000Z', 3, 0";
            s.execute("INSERT INTO township VALUES (1, 'a0000000-0000-4000-8000-000000000001', '500235124', "
                    + meta + ", '500235124', '平安镇')");
            s.execute("INSERT INTO village VALUES (1, 'b0000000-0000-4000-8000-000000000001', '500235124', "
                    + meta + ", '500235124200', '龙洞村', '220', 108.688, 30.935)");
            s.execute("INSERT INTO grid VALUES (1, 'd0000000-0000-4000-8000-000000000001', '500235124', "
                    + meta + ", 1, '第一网格')");
            s.execute("INSERT INTO person (id, global_id, township_code, updated_at, revision, deleted, name,"
                    + " resident_id, sex, birth_date, village_id, grid_id, vaccination, computed_tier, override_tier,"
                    + " override_by, override_at, override_reason) VALUES (7, '90000000-0000-4000-8000-000000000007',"
                    + " '500235124', " + meta + ", '冉桂兰', '50023519380101002X', 'FEMALE', '1938-01-01', 1, 1,"
                    + " 'NONE', 'RED', 'YELLOW', '谭文华', '2023-01-02T03:04:05.000Z', '子女返乡照护')");
            s.execute("INSERT INTO comorbidity VALUES (1, 'c0000000-0000-4000-8000-000000000001', '500235124', "
                    + meta + ", 7, 'COPD', 'UNSTABLE')");
        }
        assertThat(versions(file)).containsExactly("1");

        try (Database db = Database.openExisting(file)) {
            assertThat(versions(file)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
            List<LedgerEntry> entries = new LedgerRepository(db, TestTownship.CLOCK).loadEntries();
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.personId()).isEqualTo(7);
                assertThat(e.name()).isEqualTo("冉桂兰");
                assertThat(e.villageName()).isEqualTo("龙洞村");
                assertThat(e.gridName()).isEqualTo("第一网格");
                assertThat(e.computedTier()).isEqualTo(Tier.RED);
                assertThat(e.overrideTier()).isEqualTo(Tier.YELLOW);
                assertThat(e.comorbidityCount()).isEqualTo(1);
                assertThat(e.anyUnstable()).isTrue();
            });
            // version 2 tables are there and usable on the old data
            assertThat(new LedgerRepository(db, TestTownship.CLOCK).history(7)).isEmpty();
            assertThat(new TierRulesRepository(db, TestTownship.CLOCK).save(
                    io.guankou.model.tier.TierRules.defaults(), "测试").persons()).isEqualTo(1);
            assertThat(TestTownship.query(db, "SELECT revision FROM person WHERE id = 7")).hasToString("3");
        }
    }

    @Test
    void versionSevenTellsThePackagesUnderAPassphraseSentBeforeFromThoseForKeys() throws Exception {
        Path file = dir.resolve("v6.db");
        Flyway.configure().dataSource(Database.url(file), null, null).locations("classpath:db/migration")
                .target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            String rest = "'500235124', 'FULL', 1, NULL, NULL, 1, '2026-11-23T01:00:00.000Z',"
                    + " '2026-11-23T01:00:00.000Z', 'u', NULL, NULL, 10, 0, 0, 0, 0)";
            s.execute("INSERT INTO exchange_package VALUES (1, 'p1', 'SENT', 'county', '500235', " + rest);
            s.execute("INSERT INTO exchange_package VALUES (2, 'p2', 'SENT', NULL, NULL, " + rest);
            s.execute("INSERT INTO exchange_package VALUES (3, 'p3', 'RECEIVED', 'county', '500235', " + rest);
        }

        Database.open(file).close();

        assertThat(versions(file)).containsSequence("6", "7"); // and every later version after them
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT package_id, recipient_mode FROM exchange_package ORDER BY id")) {
            List<String> modes = new ArrayList<>();
            while (rs.next()) {
                modes.add(rs.getString(1) + " " + rs.getString(2));
            }
            assertThat(modes).containsExactly("p1 KEYS", "p2 PASSPHRASE", "p3 KEYS");
        }
    }

    @Test
    void refusesAFileFromANewerGuankou() throws Exception {
        Path file = dir.resolve("newer.db");
        TestTownship.create(file).close();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, '', "
                    + " '2030-01-01 00:00:00', 1, 1)");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.openExisting(file))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer version of Guankou");
    }

    private static List<String> versions(Path file) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1"
                     + " AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static List<String> tables(Path file) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
