package io.guankou.persistence.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The sqlite3 command-line tool (Debian/Ubuntu package {@code sqlite3}), run as a process: the CSV import
 * baseline. Found on the {@code PATH}; when it is missing, {@link #find} says so and how to install it.
 */
record Sqlite3Tool(String command, String version) {

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
     * @return the rows the table holds afterwards
     * @throws IllegalStateException when sqlite3 reports an error
     */
    long importCsv(Path db, Path csv, String table) throws IOException, InterruptedException {
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
        return Long.parseLong(out);
    }
}
