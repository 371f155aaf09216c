package io.guankou.persistence;

import java.time.LocalDateTime;

/** Plain-SQL rows for tests that need exact tiers, times and flags without going through a repository. */
public final class Rows {

    private static final String META = "'2026-11-01T00:00:00.000Z', 1";

    private Rows() {
    }

    /** A person in village 1, grid 1 with the tiers given (override may be null). */
    public static void person(Database db, long id, String computedTier, String overrideTier, boolean departed,
                              boolean deleted) {
        db.read(dsl -> dsl.execute("INSERT INTO person (id, global_id, township_code, updated_at, revision, deleted,"
                + " name, resident_id, sex, birth_date, phone, village_id, grid_id, computed_tier, override_tier,"
                + " departure_reason, departure_date) VALUES (?, ?, ?, " + META + ", ?, ?, ?, 'FEMALE', '1948-03-14',"
                + " '10012345678', 1, 1, ?, ?, ?, ?)",
                id, String.format("90000000-0000-4000-8000-%012d", id), TestTownship.CODE, deleted,
                "测试" + id, String.format("50023519480314%04d", id), computedTier, overrideTier,
                departed ? "MOVED_AWAY" : null, departed ? "2026-11-20" : null));
    }

    /** A contact row; returns its id. */
    public static long contact(Database db, long personId, LocalDateTime at, boolean reached, boolean deleted) {
        return db.transaction(dsl -> {
            dsl.execute("INSERT INTO contact (global_id, township_code, updated_at, revision, deleted, person_id, at,"
                    + " made_by, mode, reached) VALUES (?, ?, " + META + ", ?, ?, ?, '王医生', 'PHONE', ?)",
                    java.util.UUID.randomUUID().toString(), TestTownship.CODE, deleted, personId,
                    SqlText.dateTime(at), reached);
            return ((Number) dsl.fetchValue("SELECT last_insert_rowid()")).longValue();
        });
    }

    /** An infection episode row. */
    public static void episode(Database db, long personId, String start, boolean home, String end) {
        db.read(dsl -> dsl.execute("INSERT INTO infection_episode (global_id, township_code, updated_at, revision,"
                + " deleted, person_id, start_date, home_treatment, end_date) VALUES (?, ?, " + META + ", 0, ?, ?, ?,"
                + " ?)", java.util.UUID.randomUUID().toString(), TestTownship.CODE, personId, start, home, end));
    }

    /** The stored last reached time of a person, or "null". */
    public static String lastReached(Database db, long personId) {
        return TestTownship.query(db, "SELECT last_reached_at FROM person_last_contact WHERE person_id = " + personId);
    }
}
