package io.guankou.persistence.bench;

import io.guankou.model.sheet.HeaderDetection;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.RowProblem;
import io.guankou.persistence.ledger.ImportResult;
import io.guankou.persistence.ledger.ImportSession;
import io.guankou.persistence.ledger.LedgerImporter;
import io.guankou.persistence.ledger.PreparedImport;
import io.guankou.persistence.ledger.SheetImports;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.ImportMappingRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a 20,000- and a 100,000-row ledger sheet (issue 4): Guankou's streaming path from the file to
 * the committed transaction, the same without writing (what {@code excel-import --dry-run} and the preview
 * do), and beside them the naive baseline of loading the workbook with POI's user model and reading every cell
 * (no conversion, no database). Each invocation prints its peak heap; all run with the same {@code -Xmx}, and a
 * baseline that runs out of memory reports that instead of a time.
 *
 * <p>The same persons as a CSV file (issue 10): Guankou's import of it beside the sqlite3 command-line tool's
 * {@code .import} into a plain table; {@link BenchMain} prints the ratio at the end of the run. The baseline needs
 * the sqlite3 tool ({@code apt-get install sqlite3}); without it the baseline's setup fails and says so.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ExcelImportBenchmark {

    /** File to committed transaction: layout, streamed read and conversion, match and plan, apply. */
    @Benchmark
    public ImportResult guankouImport(ImportSheetState s) {
        return importFile(s, s.sheet, ImportSheetState.HEADER_ROW, "guankouImport");
    }

    /** The same persons from a CSV file (header in line 1), file to committed transaction as the app does it. */
    @Benchmark
    public ImportResult guankouCsvImport(ImportSheetState s) {
        return importFile(s, s.csv, 1, "guankouCsvImport");
    }

    /**
     * Baseline for the CSV import: the sqlite3 command-line tool, as a process, {@code .import}s the same CSV file
     * into a plain table of a fresh database file (no conversion, no checks, no indexes, no history).
     */
    @Benchmark
    public long sqlite3CsvImport(ImportSheetState s) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Sqlite3Tool.Imported imported = s.sqlite3.importCsv(s.sqliteDb, s.csv, "ledger");
        long t1 = System.nanoTime();
        if (imported.rows() != s.rows) {
            throw new IllegalStateException("sqlite3 imported " + imported.rows() + " rows, expected " + s.rows);
        }
        s.recordPeak("sqlite3CsvImport", String.format(Locale.ROOT, "%d ms (cpu %s), %d rows", ms(t1 - t0),
                imported.cpuMillis() < 0 ? "unknown" : imported.cpuMillis() + " ms", imported.rows()));
        return imported.rows();
    }

    /**
     * As the window and {@code excel-import} do it: one {@link ImportSession} opens the file and reads its layout,
     * reads and converts every row with the detected mapping and matches them with the ledger, plans with the
     * initial choices, applies the plan in one transaction (and remembers the mapping).
     */
    private static ImportResult importFile(ImportSheetState s, Path file, int headerRow, String benchmark) {
        long cpu0 = ImportSheetState.processCpuNanos();
        long t0 = System.nanoTime();
        try (ImportSession session = imports(s).open(file, null)) {
            PreparedImport prepared = read(session, headerRow);
            long t1 = System.nanoTime();
            ImportPlan plan = prepared.plan(session.initialChoices());
            long t2 = System.nanoTime();
            ImportResult result = session.apply(prepared, plan, f -> { }, () -> false).result();
            long t3 = System.nanoTime();
            long cpu = ImportSheetState.processCpuNanos() - cpu0;
            s.recordPeak(benchmark, String.format(Locale.ROOT,
                    "%d ms (cpu %d ms): read %d ms, plan %d ms, apply %d ms; %d added, %d rejected", ms(t3 - t0),
                    ms(cpu), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), result.added(), plan.count(RowAction.REJECTED)));
            return result;
        }
    }

    /** The preview: read and plan, nothing written. */
    @Benchmark
    public ImportPlan guankouDryRun(ImportSheetState s) {
        long t0 = System.nanoTime();
        try (ImportSession session = imports(s).open(s.sheet, null)) {
            PreparedImport prepared = read(session, ImportSheetState.HEADER_ROW);
            long t1 = System.nanoTime();
            ImportPlan plan = prepared.plan(session.initialChoices());
            long t2 = System.nanoTime();
            s.recordPeak("guankouDryRun", String.format(Locale.ROOT, "read %d ms, plan %d ms; %s; rejected by %s",
                    ms(t1 - t0), ms(t2 - t1), plan.counts(), problemKinds(plan)));
            return plan;
        }
    }

    /** Baseline: the whole workbook as POI's object model (read-only package), every cell formatted. */
    @Benchmark
    public long poiUserModelBaseline(ImportSheetState s) throws IOException, InvalidFormatException {
        long t0 = System.nanoTime();
        try (OPCPackage pkg = OPCPackage.open(s.sheet.toFile(), PackageAccess.READ)) {
            long chars = 0;
            int rows = 0;
            try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                DataFormatter formatter = new DataFormatter(Locale.ROOT);
                for (Row r : wb.getSheetAt(0)) {
                    rows++;
                    for (Cell c : r) {
                        chars += formatter.formatCellValue(c).length();
                    }
                }
            } catch (OutOfMemoryError e) {
                s.recordPeak("poiUserModelBaseline", String.format(Locale.ROOT,
                        "OutOfMemoryError after %d ms", ms(System.nanoTime() - t0)));
                return -1;
            } finally {
                pkg.revert();
            }
            s.recordPeak("poiUserModelBaseline", String.format(Locale.ROOT, "%d ms, %d rows, %d characters",
                    ms(System.nanoTime() - t0), rows, chars));
            return chars;
        }
    }

    private static SheetImports imports(ImportSheetState s) {
        return new SheetImports(new LedgerImporter(s.db, ImportSheetState.CLOCK),
                new ImportMappingRepository(s.db, ImportSheetState.CLOCK), new PlaceRepository(s.db),
                ImportSheetState.CLOCK, "bench");
    }

    /** Reads with the mapping detected from the header, which must be in {@code headerRow}. */
    private static PreparedImport read(ImportSession session, int headerRow) {
        HeaderDetection header = session.layout().header()
                .orElseThrow(() -> new IllegalStateException("no header found"));
        if (header.rowNumber() != headerRow) {
            throw new IllegalStateException("header found in row " + header.rowNumber());
        }
        return session.read(header.rowNumber(), header.mapping(), f -> { }, () -> false);
    }

    /** Why rows were rejected, by column and kind: the generated sheet rejects only its damaged IDs. */
    private static Map<String, Integer> problemKinds(ImportPlan plan) {
        Map<String, Integer> m = new TreeMap<>();
        for (PlannedRow r : plan.rows(RowAction.REJECTED)) {
            for (RowProblem p : r.problems()) {
                m.merge(p.column() + "/" + p.kind() + (p.detail() == null ? "" : "/" + p.detail()), 1, Integer::sum);
            }
        }
        return m;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000L;
    }
}
