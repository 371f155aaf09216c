package io.guankou.persistence.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sqlite3 command-line tool (Debian/Ubuntu package {@code sqlite3}), run as a process: the CSV import
 * baseline. Found on the {@code PATH}; when it is missing, {@link #find} says so and how to install it.
 */
record Sqlite3Tool(String command, String version) {

    /** Linux's USER_HZ, the unit of the times in /proc. */
    private static final long TICKS_PER_SECOND = 100;

    static final String INSTALL_HINT = "the sqlite3CsvImport baseline needs the sqlite3 command-line tool on the PATH"
            + " (Debian/Ubuntu: apt-get install sqlite3)";

    /** The tool on the PATH, with its version line. */
    static Sqlite3Tool find() {
        String command = "sqlite3";
        try {
            Process p = new ProcessBuilder(command, "-version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("'sqlite3 -version' failed (" + out + "): " + INSTALL_HINT);
            }
            return new Sqlite3Tool(command, "sqlite3 " + out);
        } catch (IOException e) {
            throw new IllegalStateException("sqlite3 not found: " + INSTALL_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for sqlite3", e);
        }
    }

    /**
     * {@code sqlite3 DB} with {@code .mode csv} and {@code .import CSV TABLE} on its standard input: the table does
     * not exist, so sqlite3 creates it as a plain table (one TEXT column per header field, no keys, no indexes)
     * and inserts every later line in one transaction. Stops at the first error ({@code .bail on}).
     *
     * @return the rows the table holds afterwards, and the CPU time sqlite3 used
     * @throws IllegalStateException when sqlite3 reports an error
     */
    Imported importCsv(Path db, Path csv, String table) throws IOException, InterruptedException {
        long[] children = childrenCpuTicks();
        Process p = new ProcessBuilder(List.of(command, db.toAbsolutePath().toString()))
                .redirectErrorStream(true).start();
        String script = ".bail on\n.mode csv\n.import '" + csv.toAbsolutePath() + "' " + table + "\n"
                + ".mode list\nSELECT count(*) FROM " + table + ";\n";
        try (OutputStream in = p.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = p.waitFor();
        if (exit != 0 || !out.matches("\\d+")) {
            throw new IllegalStateException("sqlite3 .import failed (exit " + exit + "): " + out);
        }
        long[] after = childrenCpuTicks();
        long cpu = children == null || after == null ? -1
                : (after[0] + after[1] - children[0] - children[1]) * 1000 / TICKS_PER_SECOND;
        return new Imported(Long.parseLong(out), cpu);
    }

    /**
     * What an import did.
     *
     * @param rows      rows in the table afterwards
     * @param cpuMillis sqlite3's user and system CPU time (10 ms steps), -1 when the system does not tell
     */
    record Imported(long rows, long cpuMillis) {
    }

    /**
     * The user and system CPU time of this JVM's finished (waited-for) child processes, in clock ticks, from
     * {@code /proc/self/stat} (fields 16 and 17); {@code null} when that cannot be read (not Linux).
     */
    static long[] childrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
