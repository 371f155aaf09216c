package io.guankou.persistence.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * JMH's command line ({@link Main}), and after the run the ratios that compare two benchmarks of that run: the
 * CSV import against the sqlite3 tool's {@code .import} of the same file (issue 10: within 20×), the package
 * export against the sqlite3 tool writing the same rows as CSV (issue 11: within 2×, and the package within 1.2× of
 * the gzip of that CSV, as the export trials recorded it), and the package import
 * against the tool's {@code .import} of the same rows (issue 11: within 1.5×).
 */
public final class BenchMain {

    private static final String CSV = "ExcelImportBenchmark.guankouCsvImport";
    private static final String SQLITE = "ExcelImportBenchmark.sqlite3CsvImport";
    /** The target for the CSV import: at most this many times the sqlite3 tool's time. */
    private static final double CSV_TARGET = 20;
    private static final String EXPORT = "ExportBenchmark.guankouExport";
    private static final String EXPORT_SQLITE = "ExportBenchmark.sqlite3Csv";
    /** The target for making a package: at most this many times the sqlite3 tool's CSV output. */
    private static final double EXPORT_TARGET = 2;
    /** The target for the package import (issue 11). */
    private static final double PACKAGE_TARGET = 1.5;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            Main.main(args); // prints JMH's own message
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            Main.main(args);
            return;
        }
        Files.deleteIfExists(ExportState.SIZES); // the export trials of this run add their lines
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (NoBenchmarksException e) {
            System.err.println("No matching benchmarks. Miss-spelled regexp?");
            System.exit(1);
            return;
        } catch (RunnerException e) {
            System.err.print("ERROR: ");
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }
        printCsvRatios(results);
        printExportRatio(results);
        printPackageRatios(results);
    }

    /** Issue 11: making a package within 2x of the sqlite3 tool's CSV, per DEFLATE level; then the package sizes. */
    private static void printExportRatio(Collection<RunResult> results) throws IOException {
        Map<String, Statistics> export = new TreeMap<>();
        Map<String, Statistics> sqlite = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String level = r.getParams().getParam("deflateLevel");
            if (name.endsWith(EXPORT)) {
                export.put(level, r.getPrimaryResult().getStatistics());
            } else if (name.endsWith(EXPORT_SQLITE)) {
                sqlite.put(level, r.getPrimaryResult().getStatistics());
            }
        }
        if (export.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Package export against the sqlite3 tool writing the same rows as CSV, in this run:");
        for (Map.Entry<String, Statistics> e : export.entrySet()) {
            Statistics g = e.getValue();
            Statistics base = sqlite.get(e.getKey());
            if (base == null) {
                System.out.printf(Locale.ROOT, "  deflateLevel=%s: Guankou %.0f ms (%.0f-%.0f); no sqlite3 baseline%n",
                        e.getKey(), g.getMean(), g.getMin(), g.getMax());
                continue;
            }
            double ratio = g.getMean() / base.getMean();
            System.out.printf(Locale.ROOT, "  deflateLevel=%s: Guankou %.0f ms (%.0f-%.0f), sqlite3 %.0f ms (%.0f-%.0f):"
                            + " %.2fx (target at most %.0fx: %s)%n", e.getKey(), g.getMean(), g.getMin(), g.getMax(),
                    base.getMean(), base.getMin(), base.getMax(), ratio, EXPORT_TARGET,
                    ratio <= EXPORT_TARGET ? "met" : "NOT met");
        }
        if (Files.exists(ExportState.SIZES)) {
            System.out.println("Package size against the gzip of the same rows as CSV (issue 11):");
            for (String line : Files.readAllLines(ExportState.SIZES)) {
                System.out.println("  " + line);
            }
        }
    }

    /** Issue 11: the package import within 1.5x of the sqlite3 tool's .import of the same rows. */
    private static void printPackageRatios(Collection<RunResult> results) {
        Statistics guankou = null;
        Map<String, Statistics> baselines = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            if (name.endsWith("PackageImportBenchmark.guankouPackageImport")) {
                guankou = r.getPrimaryResult().getStatistics();
            } else if (name.contains("PackageImportBenchmark.sqlite3")) {
                baselines.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getStatistics());
            }
        }
        if (guankou == null || baselines.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Package import (100,000 persons, 1,000,000 contacts) against the sqlite3 tool, in this run:");
        for (Map.Entry<String, Statistics> e : baselines.entrySet()) {
            Statistics base = e.getValue();
            double ratio = guankou.getMean() / base.getMean();
            System.out.printf(Locale.ROOT, "  %s: Guankou %.0f ms (%.0f-%.0f), sqlite3 %.0f ms (%.0f-%.0f): %.2fx"
                            + " (target at most %.1fx: %s)%n", e.getKey(), guankou.getMean(), guankou.getMin(),
                    guankou.getMax(), base.getMean(), base.getMin(), base.getMax(), ratio, PACKAGE_TARGET,
                    ratio <= PACKAGE_TARGET ? "met" : "NOT met");
        }
    }

    private static void printCsvRatios(Collection<RunResult> results) {
        Map<String, Statistics> csv = new TreeMap<>();
        Map<String, Statistics> sqlite = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String rows = r.getParams().getParam("rows");
            if (name.endsWith(CSV)) {
                csv.put(rows, r.getPrimaryResult().getStatistics());
            } else if (name.endsWith(SQLITE)) {
                sqlite.put(rows, r.getPrimaryResult().getStatistics());
            }
        }
        if (csv.isEmpty() && sqlite.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("CSV import against the sqlite3 tool's .import of the same file, in this run:");
        for (Map.Entry<String, Statistics> e : csv.entrySet()) {
            Statistics base = sqlite.get(e.getKey());
            Statistics g = e.getValue();
            if (base == null) {
                System.out.printf(Locale.ROOT, "  rows=%s: Guankou %.0f ms; no sqlite3 baseline in this run%n",
                        e.getKey(), g.getMean());
                continue;
            }
            double ratio = g.getMean() / base.getMean();
            System.out.printf(Locale.ROOT,
                    "  rows=%s: Guankou %.0f ms (%.0f-%.0f), sqlite3 %.0f ms (%.0f-%.0f): %.1fx"
                            + " (each shot %.1fx-%.1fx; target at most %.0fx: %s)%n",
                    e.getKey(), g.getMean(), g.getMin(), g.getMax(), base.getMean(), base.getMin(), base.getMax(),
                    ratio, g.getMin() / base.getMax(), g.getMax() / base.getMin(), CSV_TARGET,
                    ratio <= CSV_TARGET ? "met" : "NOT met");
        }
        for (String rows : sqlite.keySet()) {
            if (!csv.containsKey(rows)) {
                System.out.printf(Locale.ROOT, "  rows=%s: sqlite3 %.0f ms; no Guankou CSV import in this run%n",
                        rows, sqlite.get(rows).getMean());
            }
        }
    }
}
