package io.guankou.persistence.exchange;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.EntrySource;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.RowSink;
import io.guankou.model.exchange.RowSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A package's entries as a plain text file in the entry encoding of docs/package-format.md (one row per line, TAB
 * between fields, {@code \N} for NULL, backslash escapes), each entry after a line {@code #entry name col,col,...}:
 * what the container holds once decrypted and inflated, without the container. For the import benchmark, whose
 * Guankou side reads the rows from it as the container's reader would.
 */
public final class PackageTextFile {

    private PackageTextFile() {
    }

    /** A sink writing the entries into a file. */
    static final class Writing implements EntrySink, Closeable {
        private final Writer out;

        Writing(Path file) throws IOException {
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public RowSink entry(String name, List<String> columns) throws IOException {
            out.write("#entry " + name + " " + String.join(",", columns) + "\n");
            return values -> {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.write('\t');
                    }
                    escape(values[i]);
                }
                out.write('\n');
            };
        }

        private void escape(String v) throws IOException {
            if (v == null) {
                out.write("\\N");
                return;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The entries of a file written by {@link Writing}, streamed. */
    public static EntrySource read(Path file) throws IOException {
        BufferedReader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16);
        String[] pending = {in.readLine()};
        return () -> {
            while (pending[0] != null && !pending[0].startsWith("#entry ")) {
                pending[0] = in.readLine();
            }
            if (pending[0] == null) {
                in.close();
                return null;
            }
            String[] head = pending[0].split(" ");
            String name = head[1];
            List<String> columns = List.of(head[2].split(","));
            pending[0] = in.readLine();
            return new RowSource() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public List<String> columns() {
                    return columns;
                }

                @Override
                public String[] next() throws IOException, PackageRefused {
                    String line = pending[0];
                    if (line == null || line.startsWith("#entry ")) {
                        return null;
                    }
                    pending[0] = in.readLine();
                    return fields(line, columns.size());
                }
            };
        };
    }

    static String[] fields(String line, int width) throws PackageRefused {
        String[] out = new String[width];
        int field = 0;
        int start = 0;
        int n = line.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || line.charAt(i) == '\t') {
                if (field == width) {
                    throw new PackageRefused(PackageRefused.Reason.ENTRY_MISMATCH, "too many fields");
                }
                out[field++] = unescape(line, start, i);
                start = i + 1;
            }
        }
        if (field != width) {
            throw new PackageRefused(PackageRefused.Reason.ENTRY_MISMATCH, "too few fields");
        }
        return out;
    }

    private static String unescape(String line, int from, int to) throws PackageRefused {
        if (to - from == 2 && line.charAt(from) == '\\' && line.charAt(from + 1) == 'N') {
            return null;
        }
        int slash = line.indexOf('\\', from);
        if (slash < 0 || slash >= to) {
            return line.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (++i == to) {
                throw new PackageRefused(PackageRefused.Reason.ENTRY_MISMATCH, "bad escape");
            }
            switch (line.charAt(i)) {
                case '\\' -> b.append('\\');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                default -> throw new PackageRefused(PackageRefused.Reason.ENTRY_MISMATCH, "bad escape");
            }
        }
        return b.toString();
    }

    /** Every row of a ledger as a first full package (all rows {@code *}) into a file. */
    public static void write(io.guankou.persistence.Database db, Path file) throws IOException {
        try (Writing w = new Writing(file)) {
            write(db, w);
        }
    }

    /** Every row of a ledger as the entries of a first full package (all rows {@code *}) into {@code sink}. */
    public static void write(io.guankou.persistence.Database db, EntrySink sink) {
        db.read(dsl -> dsl.connectionResult(c -> {
            for (ExchangeTable t : ExchangeTables.ALL) {
                TestExporter.table(c, t, 0, false, sink);
            }
            return null;
        }));
    }

    static List<String> names(EntrySource s) throws IOException, PackageRefused {
        List<String> names = new ArrayList<>();
        RowSource r;
        while ((r = s.next()) != null) {
            names.add(r.name());
        }
        return names;
    }
}
