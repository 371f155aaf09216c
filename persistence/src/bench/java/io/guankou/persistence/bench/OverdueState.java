package io.guankou.persistence.bench;

import io.guankou.model.followup.ContactTarget;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpGroup;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueList;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sqlite.SQLiteConfig;

/**
 * A 100,000-person township whose contact table holds 5,000,000 rows: the demo's four weeks of contacts
 * plus about eleven months of older history, as a township has after a year of follow-up. Built once and
 * kept under {@code target/bench/} (several minutes to write; {@code mvn clean} removes it).
 *
 * <p>The setup loads the ledger and the follow-up index as the app does after start-up, and checks once that
 * the SQL baseline and the index find the same overdue red and yellow persons, so the two benchmarks are
 * known to answer the same question.
 */
@State(Scope.Benchmark)
public class OverdueState {

    static final int PERSONS = 100_000;
    static final int CONTACTS = 5_000_000;
    static final LocalDate TODAY = LocalDate.of(2023, 1, 5);
    /** Evening, after the demo's office-hours contacts of today: none of them lies in the future. */
    static final LocalDateTime NOW = TODAY.atTime(18, 0);
    /** The older history ends before the demo's own four weeks begin, so the current picture is the demo's. */
    static final int HISTORY_FROM_DAYS = 365;
    static final int HISTORY_TO_DAYS = 29;
    static final String MARKER = "bench.contacts";

    /**
     * The naive answer in one statement: one GROUP BY over every reached contact gives each person's last
     * reached time and the number in the last 7 days; joined to the active red and yellow persons (those never
     * reached come in through the LEFT JOIN) and kept where a default target is broken. Written for speed: the
     * grouping reads only the covering contact_at index (at, person_id, reached, deleted), never the table.
     *
     * <p>The rules are continuous time and contact times are stored to the second, so the cut-offs are exactly
     * {@code now} minus the interval and minus 7 days: last reached at or before the first is overdue, reached
     * after the second counts in the rolling week. (An earlier version rounded both cut-offs up to the last second
     * of their minute, believing the index kept minutes; it counted a person last reached at 10:00:57 against a
     * boundary of 10:00:00 as overdue, which the index rightly does not.)
     */
    static final String BASELINE_SQL = "SELECT p.id, coalesce(p.override_tier, p.computed_tier) AS tier,"
            + " a.last_reached, coalesce(a.last_7_days, 0)"
            + " FROM person p LEFT JOIN ("
            + "   SELECT person_id, max(at) AS last_reached, sum(at > ?) AS last_7_days"
            + "   FROM contact INDEXED BY contact_at WHERE reached <> 0 AND deleted = 0 GROUP BY person_id"
            + " ) a ON a.person_id = p.id"
            + " WHERE p.deleted = 0 AND p.departure_reason IS NULL"
            + " AND coalesce(p.override_tier, p.computed_tier) IN ('RED', 'YELLOW')"
            + " AND (a.last_reached IS NULL"
            + " OR (coalesce(p.override_tier, p.computed_tier) = 'RED' AND (a.last_reached <= ? OR a.last_7_days < ?))"
            + " OR (coalesce(p.override_tier, p.computed_tier) = 'YELLOW'"
            + " AND (a.last_reached <= ? OR a.last_7_days < ?)))";

    /** What one row of the baseline gives the office. */
    record BaselineRow(long personId, Tier tier, String lastReached, int last7Days) {
    }

    Database db;
    Connection jdbc;
    ContactTargets targets;
    List<LedgerEntry> entries;
    /** As the overdue view keeps them: by person id, built once after the load. */
    Map<Long, LedgerEntry> entriesById;
    FollowUpIndex index;
    /** A second index for the recording benchmark, so that its updates never touch the list benchmark's. */
    FollowUpIndex recordIndex;
    long[] toRecord;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path file = cachedTownship();
        db = Database.openExisting(file);
        jdbc = DriverManager.getConnection(Database.url(file));
        targets = ContactTargets.defaults();
        Clock clock = Clock.fixed(NOW.atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        entries = new LedgerRepository(db, clock).loadEntries();
        entriesById = OverdueList.byId(entries);
        FollowUpRepository repository = new FollowUpRepository(db);
        index = repository.loadIndex(targets, NOW);
        recordIndex = repository.loadIndex(targets, NOW);
        List<OverdueRow> rows = OverdueList.rows(overdueList(index));
        toRecord = rows.stream().mapToLong(r -> r.person().personId()).toArray();
        checkBaselineAgrees(rows);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        jdbc.close();
        db.close();
    }

    List<OverdueGroup> overdueList(FollowUpIndex i) {
        return OverdueList.build(entriesById, i, NOW, Grouping.VILLAGE, EnumSet.allOf(Tier.class));
    }

    /** The next overdue person, in list order, as the office works down the list. */
    long nextToRecord() {
        long person = toRecord[next];
        next = (next + 1) % toRecord.length;
        return person;
    }

    List<BaselineRow> baseline() throws SQLException {
        ContactTarget red = targets.target(FollowUpGroup.RED);
        ContactTarget yellow = targets.target(FollowUpGroup.YELLOW);
        List<BaselineRow> result = new ArrayList<>();
        try (PreparedStatement ps = jdbc.prepareStatement(BASELINE_SQL)) {
            ps.setString(1, SqlText.dateTime(NOW.minusDays(7)));
            ps.setString(2, SqlText.dateTime(NOW.minusHours(red.intervalHours())));
            ps.setInt(3, red.perWeek());
            ps.setString(4, SqlText.dateTime(NOW.minusHours(yellow.intervalHours())));
            ps.setInt(5, yellow.perWeek());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new BaselineRow(rs.getLong(1), Tier.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getInt(4)));
                }
            }
        }
        return result;
    }

    /**
     * The index holds red and yellow persons in home treatment to the infected-at-home target as well (every
     * 72 hours from the episode's start); the baseline SQL knows tiers only. Extra rules can only make a
     * person overdue earlier, never later, so: outside home treatment both must find exactly the same persons;
     * inside it, everyone the baseline finds must be on the index's list too. Anything else means the two
     * benchmarks answer different questions, and the run stops here.
     */
    private void checkBaselineAgrees(List<OverdueRow> rows) throws SQLException {
        Map<Long, FollowUpStatus> fromIndex = new HashMap<>();
        for (OverdueRow r : rows) {
            if (r.status().tier() != Tier.GREEN) {
                fromIndex.put(r.person().personId(), r.status());
            }
        }
        Set<Long> fromSql = new HashSet<>();
        for (BaselineRow b : baseline()) {
            fromSql.add(b.personId());
        }
        int indexOutsideHome = 0;
        int sqlOutsideHome = 0;
        List<Long> disagree = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (e.tier() == Tier.GREEN) {
                continue;
            }
            long id = e.personId();
            boolean home = index.status(id, NOW).infectedAtHome();
            boolean inIndex = fromIndex.containsKey(id);
            boolean inSql = fromSql.contains(id);
            if (!home) {
                indexOutsideHome += inIndex ? 1 : 0;
                sqlOutsideHome += inSql ? 1 : 0;
            }
            if (home ? inSql && !inIndex : inSql != inIndex) {
                disagree.add(id);
            }
        }
        if (!disagree.isEmpty() || indexOutsideHome != sqlOutsideHome) {
            throw new IllegalStateException("SQL baseline and follow-up index disagree: index " + fromIndex.size()
                    + " overdue red/yellow (" + indexOutsideHome + " outside home treatment), SQL " + fromSql.size()
                    + " (" + sqlOutsideHome + "); first persons that differ: "
                    + disagree.subList(0, Math.min(10, disagree.size())));
        }
        System.out.printf("%nOverdue red/yellow at %s: index %d, SQL baseline %d; outside home treatment both %d"
                        + " (the rest are infected at home, also held to the 72-hour rule)%n",
                NOW, fromIndex.size(), fromSql.size(), indexOutsideHome);
    }

    /** The cached township, built when missing or when it cannot be opened with today's migrations. */
    static Path cachedTownship() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path file = dir.resolve("overdue-" + PERSONS + "-" + CONTACTS + "-" + TODAY + ".db");
        if (Files.exists(file) && isComplete(file, CONTACTS)) {
            return file;
        }
        Path scratch = dir.resolve(file.getFileName() + ".building");
        deleteWithCompanions(scratch);
        long started = System.nanoTime();
        DemoTownshipWriter.write(scratch, new DemoOptions(PERSONS, DemoOptions.DEFAULT_SEED, TODAY));
        addHistory(scratch, CONTACTS);
        deleteWithCompanions(file);
        Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("%nBuilt %s in %d s%n", file, (System.nanoTime() - started) / 1_000_000_000L);
        return file;
    }

    /** Whether the cached file opens and was completed with {@code contacts} contacts. */
    static boolean isComplete(Path file, int contacts) {
        try (Database d = Database.openExisting(file);
             Connection c = DriverManager.getConnection(Database.url(file));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM setting WHERE key = '" + MARKER + "'")) {
            return rs.next() && rs.getString(1).equals(String.valueOf(contacts));
        } catch (Exception e) {
            System.out.println("Cached bench township unusable, rebuilding: " + e.getMessage());
            return false;
        }
    }

    /**
     * Adds reached and unreached contacts, day by day over the eleven months before the demo's four weeks, until
     * the contact table holds {@code contacts} rows ({@link #CONTACTS} here): one transaction, one batched prepared
     * statement. Persons are drawn at random (red and yellow ones more often, as their targets are higher); times
     * fall in office hours, in time order within a day.
     */
    static void addHistory(Path file, int contacts) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setCacheSize(-1024 * 1024); // 1 GiB: all of the contact indexes stay in memory while they grow
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try (Connection c = DriverManager.getConnection(Database.url(file), config.toProperties())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
            }
            long[] weighted = weightedPersons(c);
            long firstId;
            int existing;
            String township;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0), count(*),"
                         + " (SELECT code FROM township LIMIT 1) FROM contact")) {
                rs.next();
                firstId = rs.getLong(1) + 1;
                existing = rs.getInt(2);
                township = rs.getString(3);
            }
            int toAdd = contacts - existing;
            c.setAutoCommit(false);
            Random random = new Random(DemoOptions.DEFAULT_SEED ^ 0xB3_4C_11L);
            String updatedAt = SqlText.instant(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
            long uuidTime = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 400L * 86_400_000L;
            int days = HISTORY_FROM_DAYS - HISTORY_TO_DAYS + 1;
            String[] modes = {"PHONE", "PHONE", "PHONE", "WECHAT", "VIDEO", "HOME_VISIT"};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (id, global_id, township_code,"
                    + " updated_at, revision, deleted, person_id, at, made_by, mode, reached) VALUES"
                    + " (?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?)")) {
                long id = firstId;
                int added = 0;
                for (int d = 0; d < days; d++) {
                    LocalDate day = TODAY.minusDays(HISTORY_FROM_DAYS - d);
                    int perDay = (int) ((long) toAdd * (d + 1) / days) - added;
                    int[] seconds = new int[perDay];
                    for (int i = 0; i < perDay; i++) {
                        seconds[i] = 8 * 3600 + random.nextInt(10 * 3600);
                    }
                    Arrays.sort(seconds);
                    for (int second : seconds) {
                        // time-ordered (version 7 layout) ids keep the unique global-id index append-only
                        long msb = ((uuidTime + id) << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
                        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
                        ps.setLong(1, id++);
                        ps.setString(2, new UUID(msb, lsb).toString());
                        ps.setString(3, township);
                        ps.setString(4, updatedAt);
                        ps.setLong(5, weighted[random.nextInt(weighted.length)]);
                        ps.setString(6, SqlText.dateTime(day.atStartOfDay().plusSeconds(second)));
                        ps.setString(7, "bench");
                        ps.setString(8, modes[random.nextInt(modes.length)]);
                        ps.setBoolean(9, random.nextInt(100) < 90);
                        ps.addBatch();
                        if (++added % 10_000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (global_id, township_code, updated_at,"
                    + " revision, deleted, key, value, updated_by) VALUES (?, ?, ?, 1, 0, ?, ?, 'bench')")) {
                ps.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
                ps.setString(2, township);
                ps.setString(3, updatedAt);
                ps.setString(4, MARKER);
                ps.setString(5, String.valueOf(contacts));
                ps.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
        }
    }

    /**
     * Person ids, red ones four times and yellow ones three times over: a draw from it favours them. In id
     * order, so that the seeded draws pick the same persons in every build.
     */
    private static long[] weightedPersons(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT id, coalesce(override_tier, computed_tier) FROM person ORDER BY id")) {
            while (rs.next()) {
                int times = switch (Tier.valueOf(rs.getString(2))) {
                    case RED -> 4;
                    case YELLOW -> 3;
                    case GREEN -> 1;
                };
                for (int i = 0; i < times; i++) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    static void deleteWithCompanions(Path dbFile) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + suffix));
        }
    }
}
