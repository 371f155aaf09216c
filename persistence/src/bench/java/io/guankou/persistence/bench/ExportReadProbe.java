package io.guankou.persistence.bench;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageKind;
import io.guankou.model.exchange.RowSink;
import io.guankou.persistence.Database;
import io.guankou.persistence.exchange.ExportOutcome;
import io.guankou.persistence.exchange.ExportRequest;
import io.guankou.persistence.exchange.PackageExporter;
import io.guankou.persistence.exchange.PackageTarget;
import io.guankou.model.exchange.container.PackageOptions;
import io.guankou.model.exchange.container.Recipient;
import io.guankou.model.exchange.keys.LedgerKeys;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A quick, repeatable measurement of the ledger side of an export alone, not a JMH benchmark: {@link PackageExporter}
 * reading every table of {@link ExportState}'s 100,000-person, 1,000,000-contact township into rows that go nowhere
 * (a sink that only counts them), so what it measures is the read thread's own work. Each round prints the wall time
 * and the CPU time of the reading thread (the critical path of a real export, whose container hashes, compresses and
 * seals on worker threads beside it).
 *
 * <pre>
 * ./mvnw -q -B -ntp -o -P bench -pl persistence -am test-compile
 * java -Xmx512m -cp model/target/classes:persistence/target/classes:persistence/target/test-classes:DEPENDENCIES \
 *     io.guankou.persistence.bench.ExportReadProbe [read|digest|package|sqlite3] [rounds] [deflate level]
 * </pre>
 * {@code package} writes the real container instead (signed, encrypted, DEFLATE 6 unless told), {@code sqlite3}
 * runs the baseline of {@link ExportBenchmark} (the sqlite3 tool writing the same rows as CSV), {@code digest} reads
 * and prints a hash of every value (two versions of the reader must agree).
 * (run from {@code persistence/}, where {@code target/bench/} holds the township once built).
 */
public final class ExportReadProbe {

    private ExportReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "read";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int level = args.length > 2 ? Integer.parseInt(args[2]) : PackageOptions.DEFAULT_DEFLATE_LEVEL;
        Path cached = ExportState.cachedTownship();
        Path dir = Files.createTempDirectory(Path.of("target", "bench"), "probe");
        Path db = dir.resolve("township.db");
        Files.copy(cached, db, StandardCopyOption.REPLACE_EXISTING);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ExportState state = new ExportState();
        state.sqlite3 = Sqlite3Tool.find();
        state.db = db;
        state.csv = dir.resolve("baseline.csv");
        state.sqlite3Script = ExportState.csvScript(state.csv);
        SecureRandom random = new SecureRandom();
        LedgerKeys township = LedgerKeys.generate(random);
        List<Recipient> county = List.of(Recipient.key(LedgerKeys.generate(random).publicKeys()));
        ThreadCpu sampler = new ThreadCpu(threads);
        sampler.start();
        try (Database database = Database.openExisting(db)) {
            for (int r = 1; r <= rounds; r++) {
                long[] bytes = {0, 0};
                long cpu0 = threads.getCurrentThreadCpuTime();
                long process0 = ImportSheetState.processCpuNanos();
                long[] children0 = Sqlite3Tool.childrenCpuTicks();
                long t0 = System.nanoTime();
                long rows;
                if (mode.equals("sqlite3")) {
                    state.runSqlite3();
                    rows = 0;
                    bytes[0] = Files.size(state.csv);
                } else {
                    PackageTarget target = mode.equals("package")
                            ? new ExportState.ContainerTarget(dir.resolve("p.gkpkg"), township, county,
                            PackageOptions.defaults().withDeflateLevel(level))
                            : new CountingTarget(bytes, mode.equals("digest"));
                    ExportOutcome outcome = new PackageExporter(database, Clock.systemUTC()).export(
                            new ExportRequest(PackageKind.FULL, Optional.empty(), "probe", Optional.empty()),
                            target, n -> { });
                    rows = outcome.totalRows();
                    if (mode.equals("package")) {
                        bytes[0] = outcome.bytes();
                    }
                }
                long t1 = System.nanoTime();
                long cpu1 = threads.getCurrentThreadCpuTime();
                String workers = sampler.takeWorkers();
                long process1 = ImportSheetState.processCpuNanos();
                long[] children1 = Sqlite3Tool.childrenCpuTicks();
                long children = children0 == null || children1 == null ? -1
                        : (children1[0] + children1[1] - children0[0] - children0[1]) * 10;
                String what = mode.equals("package") ? mode + " (level " + level + ")" : mode;
                System.out.printf(Locale.ROOT, "%s round %d: %d ms wall, cpu %d ms reading thread, %d ms process,"
                                + " %d ms children; %d rows, %d chars/bytes%n", what, r, (t1 - t0) / 1_000_000,
                        (cpu1 - cpu0) / 1_000_000, (process1 - process0) / 1_000_000, children, rows, bytes[0]);
                if (mode.equals("digest")) {
                    System.out.println("    digest of every value: " + Long.toHexString(bytes[1]));
                }
                if (!workers.isEmpty()) {
                    System.out.println("    worker threads (cpu): " + workers);
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Samples the CPU time of the container's worker threads ({@code package-*}) every 20 ms while they live, as
     * a thread's time can no longer be asked for once it has ended.
     */
    private static final class ThreadCpu extends Thread {
        private final ThreadMXBean threads;
        private final Map<Long, String> names = new TreeMap<>();
        private final Map<Long, Long> cpu = new TreeMap<>();

        ThreadCpu(ThreadMXBean threads) {
            super("probe-thread-cpu");
            this.threads = threads;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                    if (t != null && t.getThreadName().startsWith("package-")) {
                        long time = threads.getThreadCpuTime(t.getThreadId());
                        synchronized (this) {
                            names.put(t.getThreadId(), t.getThreadName());
                            cpu.merge(t.getThreadId(), time, Math::max);
                        }
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** The workers seen since the last call, with their CPU time (the last sample: up to 20 ms short). */
        synchronized String takeWorkers() {
            StringBuilder out = new StringBuilder();
            cpu.forEach((id, time) -> out.append(out.length() == 0 ? "" : ", ").append(names.get(id)).append(' ')
                    .append(time / 1_000_000).append(" ms"));
            names.clear();
            cpu.clear();
            return out.toString();
        }
    }

    /**
     * Counts the chars of the values (so that the JIT cannot drop the reading), writes nothing; with {@code digest},
     * also a hash of every value in order ({@code chars[1]}), so two versions of the reader can be compared.
     */
    private static final class CountingTarget implements PackageTarget {
        private final long[] chars;
        private final boolean digest;

        CountingTarget(long[] chars, boolean digest) {
            this.chars = chars;
            this.digest = digest;
        }

        @Override
        public EntrySink open(PackageHeader header) {
            return (name, columns) -> (RowSink) values -> {
                for (String v : values) {
                    if (v != null) {
                        chars[0] += v.length();
                    }
                    if (digest) {
                        chars[1] = chars[1] * 1_000_003 + (v == null ? 7 : v.hashCode());
                    }
                }
            };
        }

        @Override
        public long finish() {
            return chars[0];
        }
    }
}
