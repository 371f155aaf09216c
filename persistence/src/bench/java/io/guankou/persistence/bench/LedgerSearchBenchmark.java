package io.guankou.persistence.bench;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.ledger.LedgerQuery;
import io.guankou.model.person.Tier;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Search as the user types, over 100,000 persons: the in-memory {@link io.guankou.model.ledger.LedgerSearch}
 * against asking SQLite each time with LIKE.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LedgerSearchBenchmark {

    /** A given-name fragment shared by a few percent of the demo's women. */
    static final String NAME = "\u6842\u5170"; // benchmark data: the given-name fragment Guilan
    /** Four digits from the middle of many resident IDs (birth year 1948). */
    static final String ID = "1948";
    static final String TEXT_WHERE = " AND (p.name LIKE ? OR p.resident_id LIKE ? OR p.phone LIKE ?)";

    @Benchmark
    public List<LedgerEntry> searchName(DemoLedgerState s) {
        return s.search.filter(LedgerQuery.all().withText(NAME));
    }

    @Benchmark
    public List<LedgerEntry> jdbcBaselineName(DemoLedgerState s) throws SQLException {
        String like = "%" + NAME + "%";
        return s.jdbcQuery(TEXT_WHERE, like, like, like);
    }

    @Benchmark
    public List<LedgerEntry> searchId(DemoLedgerState s) {
        return s.search.filter(LedgerQuery.all().withText(ID));
    }

    @Benchmark
    public List<LedgerEntry> jdbcBaselineId(DemoLedgerState s) throws SQLException {
        String like = "%" + ID + "%";
        return s.jdbcQuery(TEXT_WHERE, like, like, like);
    }

    @Benchmark
    public List<LedgerEntry> searchVillageAndTier(DemoLedgerState s) {
        return s.search.filter(LedgerQuery.all().withVillageId(s.villageId).withTier(Tier.RED));
    }

    @Benchmark
    public List<LedgerEntry> jdbcBaselineVillageAndTier(DemoLedgerState s) throws SQLException {
        return s.jdbcQuery(" AND p.village_id = ? AND coalesce(p.override_tier, p.computed_tier) = ?",
                s.villageId, Tier.RED.name());
    }
}
