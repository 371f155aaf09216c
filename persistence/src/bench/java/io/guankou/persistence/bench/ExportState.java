package io.guankou.persistence.bench;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import io.guankou.persistence.exchange.ExchangeTable;
import io.guankou.persistence.exchange.ExchangeTables;
import io.guankou.persistence.exchange.PackageTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A 100,000-person township with 1,000,000 contacts (the demo's four weeks plus older history), built once under
 * {@code target/bench/} and copied for each trial (an export logs itself and moves the clock), and the sqlite3 script
 * that writes the same rows as CSV: every exchanged table with its references joined to global ids, as a person
 * with the sqlite3 tool would write them.
 */
@State(Scope.Benchmark)
public class ExportState {

    static final int PERSONS = 100_000;
    static final int CONTACTS = 1_000_000;

    Path dir;
    Path db;
    Path packageText;
    Path csv;
    String sqlite3Script;
    Sqlite3Tool sqlite3;
    Database database;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        sqlite3 = Sqlite3Tool.find();
        Path cached = cachedTownship();
        dir = Files.createTempDirectory(Path.of("target", "bench"), "export");
        db = dir.resolve("township.db");
        Files.copy(cached, db, StandardCopyOption.REPLACE_EXISTING);
        packageText = dir.resolve("package.txt");
        csv = dir.resolve("baseline.csv");
        sqlite3Script = csvScript(csv);
        database = Database.openExisting(db);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        database.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Path cachedTownship() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path file = dir.resolve("export-" + PERSONS + "-" + CONTACTS + "-" + OverdueState.TODAY + ".db");
        if (Files.exists(file) && OverdueState.isComplete(file, CONTACTS)) {
            return file;
        }
        Path scratch = dir.resolve(file.getFileName() + ".building");
        OverdueState.deleteWithCompanions(scratch);
        DemoTownshipWriter.write(scratch, new DemoOptions(PERSONS, DemoOptions.DEFAULT_SEED, OverdueState.TODAY));
        OverdueState.addHistory(scratch, CONTACTS);
        OverdueState.deleteWithCompanions(file);
        Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** {@code .mode csv}, one SELECT per table in package order, all into one file. */
    static String csvScript(Path out) {
        StringBuilder script = new StringBuilder(".bail on\n.mode csv\n.output '" + out.toAbsolutePath() + "'\n");
        for (ExchangeTable t : ExchangeTables.ALL) {
            List<String> columns = new ArrayList<>();
            StringBuilder joins = new StringBuilder();
            int alias = 0;
            for (String c : ExchangeTable.META_COLUMNS) {
                columns.add("t." + c);
            }
            for (String c : t.dataColumns()) {
                String ref = t.references().get(c);
                if (ref != null) {
                    String a = "r" + alias++;
                    joins.append(" LEFT JOIN ").append(ref).append(' ').append(a).append(" ON ").append(a)
                            .append(".id = t.").append(c);
                    columns.add(a + ".global_id");
                } else if (t.isReference(c)) {
                    StringBuilder place = new StringBuilder("CASE t.entity");
                    ExchangeTables.PLACE_ENTITY_TABLES.forEach((entity, table) -> place.append(" WHEN '")
                            .append(entity).append("' THEN (SELECT global_id FROM ").append(table)
                            .append(" WHERE id = t.").append(c).append(')'));
                    columns.add(place.append(" END").toString());
                } else {
                    columns.add("t." + c);
                }
            }
            columns.add("'*'");
            script.append("SELECT ").append(String.join(", ", columns)).append(" FROM ").append(t.name())
                    .append(" t").append(joins).append(" ORDER BY t.id;\n");
        }
        return script.append(".output stdout\nSELECT 'done';\n").toString();
    }

    /**
     * The entries as package text (docs/package-format.md: TAB-separated, {@code \N}, backslash escapes, UTF-8) into
     * a file, without compression or encryption: the ledger's half of an export, beside sqlite3 writing CSV.
     */
    static final class TextFileTarget implements PackageTarget {
        private final Path file;
        private final byte[] buffer = new byte[1 << 16];
        private OutputStream out;
        private int used;
        private long written;

        TextFileTarget(Path file) {
            this.file = file;
        }

        @Override
        public EntrySink open(PackageHeader header) throws IOException {
            out = Files.newOutputStream(file);
            return (name, columns) -> values -> {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        put('\t');
                    }
                    if (values[i] == null) {
                        put('\\');
                        put('N');
                    } else {
                        value(values[i]);
                    }
                }
                put('\n');
            };
        }

        private void value(String v) throws IOException {
            int n = v.length();
            for (int k = 0; k < n; k++) {
                char c = v.charAt(k);
                if (c < 0x80) {
                    switch (c) {
                        case '\\' -> escaped('\\');
                        case '\t' -> escaped('t');
                        case '\n' -> escaped('n');
                        case '\r' -> escaped('r');
                        default -> put(c);
                    }
                } else if (c < 0x800) {
                    put(0xC0 | c >> 6);
                    put(0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && k + 1 < n) {
                    int cp = Character.toCodePoint(c, v.charAt(++k));
                    put(0xF0 | cp >> 18);
                    put(0x80 | cp >> 12 & 0x3F);
                    put(0x80 | cp >> 6 & 0x3F);
                    put(0x80 | cp & 0x3F);
                } else {
                    put(0xE0 | c >> 12);
                    put(0x80 | c >> 6 & 0x3F);
                    put(0x80 | c & 0x3F);
                }
            }
        }

        private void escaped(char c) throws IOException {
            put('\\');
            put(c);
        }

        private void put(int b) throws IOException {
            if (used == buffer.length) {
                out.write(buffer, 0, used);
                written += used;
                used = 0;
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public long finish() throws IOException {
            out.write(buffer, 0, used);
            written += used;
            used = 0;
            out.close();
            return written;
        }
    }
}
