package io.guankou.persistence.bench;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.persistence.exchange.ImportOutcome;
import io.guankou.persistence.exchange.PackageImporter;
import io.guankou.persistence.exchange.PackageTextFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a first full package of 100,000 persons and 1,000,000 contacts (issue 11) into a new receiving
 * database: Guankou's import from the decoded entries to the committed transaction ({@code PackageImporter}),
 * beside the sqlite3 command-line tool's {@code .import} of the same rows, as CSV in the stored form, into the same
 * tables of a copy of the same empty database, in one transaction. Target: at most 1.5×; {@link BenchMain} prints
 * the ratio. Both at {@code -Xmx512m}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PackageImportBenchmark {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-05T10:00:00Z"), ZoneOffset.UTC);

    /** The entries read from the decoded package text (as the container's reader hands them on), merged, committed. */
    @Benchmark
    public int guankouPackageImport(PackageImportState s) throws IOException, PackageRefused {
        long t0 = System.nanoTime();
        ImportOutcome outcome = new PackageImporter(s.db, CLOCK).apply(s.request, PackageTextFile.read(s.packageFile),
                n -> { });
        s.db.close();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (outcome.added() != s.rows) {
            throw new IllegalStateException("added " + outcome.added() + " rows, expected " + s.rows);
        }
        System.out.printf(Locale.ROOT, "guankouPackageImport: %d ms, %d rows%n", ms, outcome.added());
        return outcome.added();
    }

    /** Baseline: sqlite3 {@code .import}s every table's CSV into the same schema, in one transaction. */
    @Benchmark
    public long sqlite3PackageImport(PackageImportState s) throws IOException, InterruptedException {
        return sqlite3(s, "", "sqlite3PackageImport");
    }

    /**
     * The same with the sqlite3 tool's statement journals in memory, as Guankou's import keeps them (the tool's
     * default, a temporary file, makes it about three times slower): the stronger baseline.
     */
    @Benchmark
    public long sqlite3PackageImportMemoryTemp(PackageImportState s) throws IOException, InterruptedException {
        return sqlite3(s, "PRAGMA temp_store = MEMORY;\n", "sqlite3PackageImportMemoryTemp");
    }

    private static long sqlite3(PackageImportState s, String pragmas, String name)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of(s.sqlite3.command(), s.sqliteDb.toString()))
                .redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((pragmas + s.importScript()).getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = p.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (exit != 0 || !out.equals(String.valueOf(PackageImportState.PERSONS + PackageImportState.CONTACTS))) {
            throw new IllegalStateException("sqlite3 .import failed (exit " + exit + "): " + out);
        }
        System.out.printf(Locale.ROOT, "%s: %d ms%n", name, ms);
        return ms;
    }
}
