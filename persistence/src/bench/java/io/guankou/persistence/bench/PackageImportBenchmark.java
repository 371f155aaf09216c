package io.guankou.persistence.bench;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.PackageReader;
import io.guankou.model.exchange.container.PayloadReader;
import io.guankou.model.exchange.container.VerifiedPackage;
import io.guankou.persistence.Database;
import io.guankou.persistence.exchange.ImportOutcome;
import io.guankou.persistence.exchange.PackageImporter;
import io.guankou.persistence.exchange.ReceivingDatabase;
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
 * database: Guankou's import from the package file to the committed transaction (verify, decrypt, inflate, parse,
 * {@code PackageImporter}), beside the sqlite3 command-line tool's {@code .import} of the same rows, as CSV in the
 * stored form, into the same tables of a copy of the same empty database, in one transaction. Target: at most 1.5×;
 * {@link BenchMain} prints the ratio. Both at {@code -Xmx512m}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PackageImportBenchmark {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-05T10:00:00Z"), ZoneOffset.UTC);

    /**
     * As {@code guankou import} into a file that does not exist: the package verified (signature over every byte),
     * a new database migrated and made a receiving one, then the payload decrypted, inflated, parsed, merged and
     * committed in one transaction.
     */
    @Benchmark
    public int guankouPackageImport(PackageImportState s) throws IOException, PackageRefused {
        long cpu0 = ImportSheetState.processCpuNanos();
        long t0 = System.nanoTime();
        VerifiedPackage pkg = PackageReader.verify(s.packageFile);
        long t1 = System.nanoTime();
        ImportOutcome outcome;
        long t2;
        try (Database db = Database.open(s.guankouDb)) {
            ReceivingDatabase.prepare(db, pkg.header(), PackageImportState.COUNTY_LEDGER);
            t2 = System.nanoTime();
            try (PayloadReader payload = PayloadReader.open(pkg, s.countyKeys)) {
                outcome = new PackageImporter(db, CLOCK).apply(s.request(pkg), payload, n -> { });
            }
        }
        long t3 = System.nanoTime();
        if (outcome.added() != s.rows) {
            throw new IllegalStateException("added " + outcome.added() + " rows, expected " + s.rows);
        }
        System.out.printf(Locale.ROOT, "guankouPackageImport: %d ms (cpu %d ms; verify %d ms, new database %d ms,"
                        + " payload and merge %d ms), %d rows%n", (t3 - t0) / 1_000_000,
                (ImportSheetState.processCpuNanos() - cpu0) / 1_000_000, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, outcome.added());
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
        long[] before = Sqlite3Tool.childrenCpuTicks();
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
        long[] after = Sqlite3Tool.childrenCpuTicks();
        System.out.printf(Locale.ROOT, "%s: %d ms (cpu %s)%n", name, ms, before == null || after == null ? "unknown"
                : (after[0] + after[1] - before[0] - before[1]) * 10 + " ms");
        return ms;
    }
}
