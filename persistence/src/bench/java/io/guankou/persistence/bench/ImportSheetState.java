package io.guankou.persistence.bench;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.place.Village;
import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.place.PlaceRepository;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A township ledger sheet as an office keeps it (two merged title rows, 22 Chinese columns, IDs as text, dates
 * as date cells and as typed text, free-text diseases, a few IDs that Excel turned into numbers), with
 * {@link #rows} persons of the demo township's villages, and a township database that has those villages but
 * none of the persons; for the CSV benchmarks the same persons as a CSV file (header in line 1, see
 * {@link #writeCsv}). They are written once under {@code target/bench/} and reused ({@code mvn clean}
 * removes them); every invocation imports into a fresh copy of the database (the sqlite3 baseline into a new,
 * empty database file).
 *
 * <p>Heap is measured around each invocation: the heap pools' peak usage is reset after a full GC, so the
 * reported peak is what the invocation needed on top of the state (the sheet and database paths only);
 * a sampler thread also records the highest used heap it sees every 2 ms.
 */
@State(Scope.Benchmark)
public class ImportSheetState {

    static final LocalDate TODAY = LocalDate.of(2025, 1, 6);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    /** Bumped when the generated sheet changes, so a stale cache is not reused. */
    static final int SHEET_VERSION = 2;
    /** Sheet rows above the header: a merged title and a merged "reported by" line. */
    static final int HEADER_ROW = 3;
    /** One row in this many has an ID Excel stored as a number: rejected as damaged. */
    static final int DAMAGED_EVERY = 500;

    /** The sheet's Chinese texts, kept in a word file beside the test resources. */
    private static final Map<String, List<String>> WORDS = words();

    static final List<String> HEADERS = WORDS.get("headers");

    private static final String[] SURNAMES = array("surnames");
    private static final String[] GIVEN = array("given");
    private static final String[] LIVING = array("living");
    private static final String[] MOBILITY = array("mobility");
    private static final String[] DISEASES = array("diseases");
    private static final String[] CONTROL = array("control");
    private static final String[] VACCINE = array("vaccine");
    private static final String[] INFECTION = array("infection");
    private static final String[] CONTRACT = array("contract");
    private static final String[] TIER = array("tier");
    private static final DateTimeFormatter[] TYPED_DATES = {DateTimeFormatter.ofPattern("yyyy/M/d"),
        DateTimeFormatter.ofPattern(word("typedDate")), DateTimeFormatter.ofPattern("yyyyMMdd"),
        DateTimeFormatter.ISO_LOCAL_DATE};

    @Param({"20000", "100000"})
    public int rows;

    /** The generated .xlsx sheet (for the .xlsx benchmarks). */
    Path sheet;
    /** The same persons as a CSV file, header in line 1 (for the CSV benchmarks). */
    Path csv;
    /** The sqlite3 baseline's database, deleted before every invocation. */
    Path sqliteDb;
    /** The sqlite3 command-line tool, found for the sqlite3 baseline only. */
    Sqlite3Tool sqlite3;
    Path templateDb;
    List<Village> villages;
    Path runDb;
    Database db;

    private Sampler sampler;
    private final List<String> report = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        templateDb = dir.resolve("import-township-" + TODAY + ".db");
        if (!Files.exists(templateDb)) {
            Path scratch = dir.resolve(templateDb.getFileName() + ".building");
            deleteWithCompanions(scratch);
            DemoTownshipWriter.write(scratch, new DemoOptions(1, DemoOptions.DEFAULT_SEED, TODAY));
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path from = scratch.resolveSibling(scratch.getFileName() + suffix);
                if (Files.exists(from)) {
                    Files.move(from, templateDb.resolveSibling(templateDb.getFileName() + suffix),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (Database d = Database.openExisting(templateDb)) {
            villages = new PlaceRepository(d).villages();
        }
        sheet = dir.resolve("ledger-" + rows + "-v" + SHEET_VERSION + ".xlsx");
        csv = dir.resolve("ledger-" + rows + "-v" + SHEET_VERSION + ".csv");
        boolean csvBenchmark = params.getBenchmark().contains("Csv");
        Path file = csvBenchmark ? csv : sheet;
        if (!Files.exists(file)) {
            long started = System.nanoTime();
            Path scratch = dir.resolve(file.getFileName() + ".building");
            if (csvBenchmark) {
                writeCsv(scratch, rows, villages);
            } else {
                writeSheet(scratch, rows, villages);
            }
            Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("%nWrote %s (%d rows, %.1f MB) in %d s%n", file, rows, Files.size(file) / 1e6,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
        runDb = dir.resolve("import-run-" + rows + ".db");
        sqliteDb = dir.resolve("sqlite3-import-" + rows + ".db");
        if (params.getBenchmark().endsWith("sqlite3CsvImport")) {
            sqlite3 = Sqlite3Tool.find();
            System.out.printf("%nBaseline tool: %s%n", sqlite3.version());
        }
        System.out.printf("%nSheet %s: %.1f MB; heap max %d MB%n", file.getFileName(), Files.size(file) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A fresh copy of the township database, a full GC, heap peaks reset. */
    @Setup(Level.Invocation)
    public void beforeInvocation() throws IOException {
        if (db != null) {
            db.close();
        }
        deleteWithCompanions(runDb);
        deleteWithCompanions(sqliteDb);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path from = templateDb.resolveSibling(templateDb.getFileName() + suffix);
            if (Files.exists(from)) {
                Files.copy(from, runDb.resolveSibling(runDb.getFileName() + suffix),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        db = Database.openExisting(runDb);
        System.gc();
        System.gc();
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
        sampler = new Sampler();
        sampler.start();
    }

    /** Prints and records the invocation's heap peaks. */
    void recordPeak(String benchmark, String outcome) {
        sampler.stopSampling();
        long poolPeaks = 0;
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            long peak = pool.getPeakUsage().getUsed();
            poolPeaks += peak;
            if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                oldPeak = peak;
            }
        }
        String line = String.format(Locale.ROOT,
                "%-22s rows=%-6d peak heap: sampled used %4d MB, sum of pool peaks %4d MB, old gen peak %4d MB"
                        + " (-Xmx %d MB) %s",
                benchmark, rows, sampler.max.get() >> 20, poolPeaks >> 20, oldPeak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, outcome);
        System.out.println();
        System.out.println(line);
        report.add(line);
    }

    @TearDown(Level.Invocation)
    public void afterInvocation() {
        sampler.stopSampling();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (db != null) {
            db.close();
            db = null;
        }
        deleteWithCompanions(runDb);
        deleteWithCompanions(sqliteDb);
        System.out.println();
        System.out.println("Heap peaks of this trial:");
        report.forEach(System.out::println);
        Path summary = Path.of("target", "bench", "import-memory.txt");
        Files.write(summary, report, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** CPU time of this JVM, all threads (JIT and GC included), in nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Samples the used heap every 2 ms: the pools' peaks may come at different times, this one is real. */
    private static final class Sampler extends Thread {
        final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;

        Sampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                long used = memory.getHeapMemoryUsage().getUsed();
                max.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }
    }

    /** Writes the sheet with POI's streaming writer and a shared-strings table, as Excel saves a ledger. */
    static void writeSheet(Path file, int rows, List<Village> villages) throws IOException {
        LedgerRows data = new LedgerRows(rows, villages);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            CreationHelper helper = wb.getCreationHelper();
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet s = wb.createSheet(word("sheet"));
            s.createRow(0).createCell(0).setCellValue(word("title"));
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            s.createRow(1).createCell(0).setCellValue(word("reporter"));
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
            Row h = s.createRow(HEADER_ROW - 1);
            for (int c = 0; c < HEADERS.size(); c++) {
                h.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(HEADER_ROW + i);
                List<Object> cells = data.next(i);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    Cell cell = r.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /**
     * Writes the same persons as {@link #writeSheet} as the CSV file Excel saves from such a sheet ("CSV UTF-8",
     * here without the byte-order mark so that any CSV tool reads it): the header in the first line, no title
     * rows, every cell as Excel displays it (date cells {@code yyyy-MM-dd}, an ID Excel turned into a number
     * {@code 5.00235E+17}), RFC 4180 quoting, CRLF line ends.
     */
    static void writeCsv(Path file, int rows, List<Village> villages) throws IOException {
        LedgerRows data = new LedgerRows(rows, villages);
        DataFormatter general = new DataFormatter(Locale.US);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 64 * 1024)) {
            csvLine(out, HEADERS);
            List<String> texts = new ArrayList<>(HEADERS.size());
            for (int i = 0; i < rows; i++) {
                texts.clear();
                for (Object v : data.next(i)) {
                    if (v instanceof LocalDate d) {
                        texts.add(d.toString());
                    } else if (v instanceof Double d) {
                        texts.add(general.formatRawCellContents(d, 0, "General"));
                    } else {
                        texts.add(v.toString());
                    }
                }
                csvLine(out, texts);
            }
        }
    }

    private static void csvLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write("\r\n");
    }

    /**
     * The generated persons, one row of cells at a time in header order: a {@code String}, an {@code Integer}
     * (row number, age), a {@code Double} (an ID Excel turned into a number) or a {@code LocalDate} (a date cell).
     * The same seed gives the same rows whichever file they are written to.
     */
    private static final class LedgerRows {
        private final Random random;
        private final List<Village> villages;
        private final Set<String> ids = new HashSet<>();

        LedgerRows(int rows, List<Village> villages) {
            this.random = new Random(20250106L + rows);
            this.villages = villages;
        }

        List<Object> next(int i) {
            List<Object> r = new ArrayList<>(HEADERS.size());
            // a key-population ledger: everyone is 60 or older on TODAY (the rows a form save would accept)
            LocalDate birth = LocalDate.of(1925, 1, 1).plusDays(random.nextInt(365 * 40));
            String id;
            do {
                id = ResidentIds.withCheckCharacter("500235" + birth.toString().replace("-", "")
                        + String.format("%03d", random.nextInt(1000)));
            } while (!ids.add(id));
            boolean male = (id.charAt(16) - '0') % 2 == 1;
            Village v = villages.get(random.nextInt(villages.size()));
            r.add(i + 1);
            r.add(name(random));
            r.add(WORDS.get("sex").get(male ? 0 : 1));
            if (i % DAMAGED_EVERY == DAMAGED_EVERY - 1) {
                r.add(Double.parseDouble(id.substring(0, 17) + "0"));
            } else {
                r.add(i % 97 == 0 ? id.toLowerCase(Locale.ROOT) : id);
            }
            if (random.nextInt(10) < 6) {
                r.add(birth);
            } else {
                r.add(birth.format(TYPED_DATES[random.nextInt(TYPED_DATES.length)]));
            }
            r.add(birth.until(TODAY).getYears());
            r.add(phone(random));
            r.add(name(random));
            r.add(phone(random));
            r.add(v.name());
            r.add(String.format(word("grid"), 1 + random.nextInt(4)));
            r.add(String.format(word("address"), v.name(), 1 + random.nextInt(12), 1 + random.nextInt(80)));
            r.add(pick(random, LIVING));
            r.add(pick(random, MOBILITY));
            r.add(pick(random, DISEASES));
            r.add(pick(random, CONTROL));
            r.add(pick(random, VACCINE));
            String infection = pick(random, INFECTION);
            r.add(infection);
            r.add(infection.equals(word("infection.withDate"))
                    ? TODAY.minusDays(1 + random.nextInt(10)).toString() : "");
            r.add(pick(random, CONTRACT));
            r.add(pick(random, TIER));
            r.add(random.nextInt(20) == 0 ? word("note") : "");
            return r;
        }
    }

    private static String name(Random random) {
        String n = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        return random.nextBoolean() ? n + GIVEN[random.nextInt(GIVEN.length)] : n;
    }

    private static String phone(Random random) {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static void deleteWithCompanions(Path dbFile) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + suffix));
        }
    }

    private static Map<String, List<String>> words() {
        String name = "import-sheet-words.txt";
        try (InputStream in = ImportSheetState.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Map<String, List<String>> m = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (String v : line.substring(eq + 1).split("\\|", -1)) {
                    String t = v.strip();
                    values.add(t.equals("_") ? "" : t);
                }
                m.put(line.substring(0, eq).strip(), List.copyOf(values));
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String word(String key) {
        return WORDS.get(key).get(0);
    }

    private static String[] array(String key) {
        return WORDS.get(key).toArray(String[]::new);
    }
}
