package io.guankou.persistence.bench;

import io.guankou.model.ledger.LedgerEntry;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Loading the whole 100,000-person ledger: the repository (jOOQ-built query) against plain JDBC. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LedgerLoadBenchmark {

    @Benchmark
    public List<LedgerEntry> repositoryLoadEntries(DemoLedgerState s) {
        return s.repository.loadEntries();
    }

    @Benchmark
    public List<LedgerEntry> jdbcBaselineLoad(DemoLedgerState s) throws SQLException {
        return s.jdbcQuery("");
    }
}
