package io.guankou.persistence.bench;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.ledger.LedgerSearch;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.ledger.LedgerRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A 100,000-person demo township written once per trial into a temp file, opened both ways. */
@State(Scope.Benchmark)
public class DemoLedgerState {

    static final int PERSONS = 100_000;
    static final LocalDate TODAY = LocalDate.of(2023, 1, 5);

    /** The ledger join written out by hand: what the plain-JDBC baselines run. */
    static final String LEDGER_SQL = "SELECT p.id, p.name, p.resident_id, p.sex, p.birth_date, p.phone,"
            + " p.village_id, v.name, p.grid_id, g.name, p.responsibility_team_id, t.name,"
            + " p.computed_tier, p.override_tier,"
            + " (SELECT count(*) FROM comorbidity c WHERE c.person_id = p.id AND c.deleted = 0),"
            + " EXISTS (SELECT 1 FROM comorbidity c WHERE c.person_id = p.id AND c.deleted = 0"
            + " AND c.control = 'UNSTABLE'),"
            + " p.vaccination"
            + " FROM person p JOIN village v ON v.id = p.village_id"
            + " LEFT JOIN grid g ON g.id = p.grid_id"
            + " LEFT JOIN responsibility_team t ON t.id = p.responsibility_team_id"
            + " WHERE p.deleted = 0 AND p.departure_reason IS NULL";

    Path dir;
    Database db;
    LedgerRepository repository;
    LedgerSearch search;
    Connection jdbc;
    long villageId;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("guankou-bench");
        Path file = dir.resolve("demo-100k.db");
        DemoTownshipWriter.write(file, new DemoOptions(PERSONS, DemoOptions.DEFAULT_SEED, TODAY));
        db = Database.openExisting(file);
        repository = new LedgerRepository(db,
                Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                        ZoneId.of("Asia/Shanghai")));
        List<LedgerEntry> entries = repository.loadEntries();
        search = new LedgerSearch(entries);
        villageId = entries.get(entries.size() / 2).villageId();
        jdbc = DriverManager.getConnection(Database.url(file));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        jdbc.close();
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs the hand-written ledger SQL plus {@code where} and maps rows the obvious way. */
    List<LedgerEntry> jdbcQuery(String where, Object... params) throws SQLException {
        List<LedgerEntry> result = new ArrayList<>();
        try (PreparedStatement ps = jdbc.prepareStatement(LEDGER_SQL + where + " ORDER BY p.id")) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long grid = rs.getLong(9);
                    boolean noGrid = rs.wasNull();
                    long team = rs.getLong(11);
                    boolean noTeam = rs.wasNull();
                    String override = rs.getString(14);
                    result.add(new LedgerEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Sex.valueOf(rs.getString(4)), LocalDate.parse(rs.getString(5)), rs.getString(6),
                            rs.getLong(7), rs.getString(8), noGrid ? null : grid, rs.getString(10),
                            noTeam ? null : team, rs.getString(12), Tier.valueOf(rs.getString(13)),
                            override == null ? null : Tier.valueOf(override), rs.getInt(15), rs.getInt(16) != 0,
                            Vaccination.valueOf(rs.getString(17))));
                }
            }
        }
        return result;
    }
}
