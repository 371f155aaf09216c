package io.guankou.persistence.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.persistence.Database;
import io.guankou.persistence.Rows;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The derived person_last_contact table: backfilled by the V3 migration, then kept right by triggers. */
class PersonLastContactTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 11, 20, 9, 30, 0);

    @TempDir
    Path dir;

    @Test
    void migrationFromVersionTwoBackfillsTheLastReachedContactOfEachPerson() throws Exception {
        Path file = dir.resolve("v2.db");
        Flyway.configure().dataSource(Database.url(file), null, null).locations("classpath:db/migration")
                .target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            String meta = "'500235124', '2023-01-02T03:04:05.000Z', 1";
            s.execute("INSERT INTO township VALUES (1, 'a0000000-0000-4000-8000-000000000001', " + meta
                    + ", 0, '500235124', '平安镇')");
            s.execute("INSERT INTO village VALUES (1, 'b0000000-0000-4000-8000-000000000001', " + meta
                    + ", 0, '500235124200', '龙洞村', '220', 108.688, 30.935)");
            for (int p = 1; p <= 4; p++) {
                s.execute("INSERT INTO person (id, global_id, township_code, updated_at, revision, deleted, name,"
                        + " resident_id, sex, birth_date, village_id, computed_tier) VALUES (" + p
                        + ", '90000000-0000-4000-8000-00000000000" + p + "', " + meta + ", 0, '冉" + p
                        + "', '5002351938010100" + p + "X', 'FEMALE', '1938-01-01', 1, 'RED')");
            }
            int n = 0;
            // person 1: the later contact was not reached, the latest reached one counts
            n = contact(s, n, 1, "2023-01-01T09:00:00", 1, 0);
            n = contact(s, n, 1, "2023-01-03T10:15:00", 1, 0);
            n = contact(s, n, 1, "2023-01-04T11:00:00", 0, 0);
            // person 2: the latest reached contact was deleted
            n = contact(s, n, 2, "2022-12-30T08:00:00", 1, 0);
            n = contact(s, n, 2, "2023-01-02T08:00:00", 1, 1);
            // person 3: never reached; person 4: no contacts at all
            contact(s, n, 3, "2023-01-02T08:00:00", 0, 0);
        }
        try (Database db = Database.openExisting(file)) {
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2023-01-03T10:15:00");
            assertThat(Rows.lastReached(db, 2)).isEqualTo("2022-12-30T08:00:00");
            assertThat(Rows.lastReached(db, 3)).isEqualTo("null");
            assertThat(Rows.lastReached(db, 4)).isEqualTo("null");
            // the old contacts got the new columns' defaults
            assertThat(TestTownship.query(db, "SELECT symptoms || '|' || antigen || '|' || needs FROM contact"
                    + " WHERE id = 1")).isEqualTo("|NOT_TESTED|");
        }
    }

    @Test
    void triggersFollowInsertsAndChanges() {
        try (Database db = TestTownship.create(dir.resolve("t.db"))) {
            Rows.person(db, 1, "RED", null, false, false);
            Rows.person(db, 2, "RED", null, false, false);

            long first = Rows.contact(db, 1, T, true, false);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-20T09:30:00");
            // an unreached attempt later on does not count
            long attempt = Rows.contact(db, 1, T.plusDays(1), false, false);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-20T09:30:00");
            // an older contact entered late does not move the time back
            long older = Rows.contact(db, 1, T.minusDays(2), true, false);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-20T09:30:00");
            // a deleted contact inserted as such does not count
            Rows.contact(db, 1, T.plusDays(2), true, true);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-20T09:30:00");

            // the attempt corrected to reached moves it forward
            update(db, "UPDATE contact SET reached = 1 WHERE id = " + attempt);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-21T09:30:00");
            // deleting it moves the time back to the next reached one
            update(db, "UPDATE contact SET deleted = 1 WHERE id = " + attempt);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-20T09:30:00");
            // a corrected time
            update(db, "UPDATE contact SET at = '2026-11-19T09:30:00' WHERE id = " + first);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-19T09:30:00");
            // a contact filed under the wrong person and moved
            update(db, "UPDATE contact SET person_id = 2 WHERE id = " + first);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("2026-11-18T09:30:00");
            assertThat(Rows.lastReached(db, 2)).isEqualTo("2026-11-19T09:30:00");
            // nothing reached left
            update(db, "UPDATE contact SET deleted = 1 WHERE id = " + older);
            assertThat(Rows.lastReached(db, 1)).isEqualTo("null");
            // a text change (note) leaves it alone
            update(db, "UPDATE contact SET note = 'x' WHERE id = " + first);
            assertThat(Rows.lastReached(db, 2)).isEqualTo("2026-11-19T09:30:00");
        }
    }

    private static void update(Database db, String sql) {
        db.transaction(dsl -> dsl.execute(sql));
    }

    private static int contact(Statement s, int n, int person, String at, int reached, int deleted)
            throws Exception {
        int id = n + 1;
        s.execute("INSERT INTO contact (id, global_id, township_code, updated_at, revision, deleted, person_id, at,"
                + " made_by, mode, reached) VALUES (" + id + ", 'c0000000-0000-4000-8000-00000000000" + id
                + "', '500235124', '2023-01-05T00:00:00.000Z', 1, " + deleted + ", " + person + ", '" + at
                + "', '王医生', 'PHONE', " + reached + ")");
        return id;
    }
}
