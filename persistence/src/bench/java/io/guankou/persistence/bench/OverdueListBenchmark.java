package io.guankou.persistence.bench;

import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.persistence.followup.FollowUpRepository;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The overdue list of 100,000 persons with 5,000,000 contacts in the file: the naive SQL (one GROUP BY over all
 * contacts) beside the list from the in-memory follow-up index, recording one contact and listing again, and
 * the index's first load from the database for information.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OverdueListBenchmark {

    /** Baseline: what it costs to ask the database each time the list is shown. */
    @Benchmark
    public List<OverdueState.BaselineRow> sqlBaselineOverdue(OverdueState s) throws SQLException {
        return s.baseline();
    }

    /** The list as the overdue view shows it, grouped by village, from the index loaded at start-up. */
    @Benchmark
    public List<OverdueGroup> indexOverdueList(OverdueState s) {
        return s.overdueList(s.index);
    }

    /** A contact recorded for the next overdue person, then the whole list again: no database, no reload. */
    @Benchmark
    public List<OverdueGroup> recordContactThenList(OverdueState s) {
        s.recordIndex.reached(s.nextToRecord(), OverdueState.NOW);
        return s.overdueList(s.recordIndex);
    }

    /** The first load after start-up (once per session), for information. */
    @Benchmark
    public FollowUpIndex firstLoadIndex(OverdueState s) {
        return new FollowUpRepository(s.db).loadIndex(s.targets, OverdueState.NOW);
    }
}
