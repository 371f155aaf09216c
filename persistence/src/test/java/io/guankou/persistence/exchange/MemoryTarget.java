package io.guankou.persistence.exchange;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.RowSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A package target in memory: the header, and every entry with its columns and rows (each row copied). It can be
 * told to fail when opened, at a given row, or when finished, or to interrupt its thread at a given row.
 */
final class MemoryTarget implements PackageTarget {

    /** One entry as written. */
    record Entry(String name, List<String> columns, List<String[]> rows) {

        /** The value of {@code column} in every row, in row order. */
        List<String> column(String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(name + " has no column " + column);
            }
            return rows.stream().map(r -> r[i]).toList();
        }

        /** The row whose global id is {@code globalId}. */
        Optional<Map<String, String>> row(String globalId) {
            return rows.stream().filter(r -> r[0].equals(globalId)).findFirst().map(this::asMap);
        }

        List<Map<String, String>> maps() {
            return rows.stream().map(this::asMap).toList();
        }

        private Map<String, String> asMap(String[] r) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), r[i]);
            }
            return m;
        }
    }

    PackageHeader header;
    final Map<String, Entry> entries = new LinkedHashMap<>();
    boolean finished;
    boolean failOnOpen;
    boolean failOnFinish;
    long failAtRow = -1;
    long interruptAtRow = -1;
    private long rowsSeen;

    @Override
    public EntrySink open(PackageHeader h) throws IOException {
        if (failOnOpen) {
            throw new IOException("stick pulled out");
        }
        this.header = h;
        return (name, columns) -> {
            if (entries.containsKey(name)) {
                throw new IllegalStateException("entry twice: " + name);
            }
            Entry e = new Entry(name, List.copyOf(columns), new ArrayList<>());
            entries.put(name, e);
            return rowSink(e);
        };
    }

    private RowSink rowSink(Entry e) {
        return values -> {
            if (values.length != e.columns().size()) {
                throw new IllegalStateException(e.name() + ": " + values.length + " values for " + e.columns().size()
                        + " columns");
            }
            rowsSeen++;
            if (rowsSeen == failAtRow) {
                throw new IOException("disk full");
            }
            if (rowsSeen == interruptAtRow) {
                Thread.currentThread().interrupt();
            }
            e.rows().add(values.clone());
        };
    }

    @Override
    public long finish() throws IOException {
        if (failOnFinish) {
            throw new IOException("cannot flush");
        }
        finished = true;
        return 4096 + rowsSeen;
    }

    Entry entry(String name) {
        return entries.get(name);
    }

    /** What was written, as a package to apply ({@link MemoryPackage#source}). */
    MemoryPackage written() throws IOException {
        MemoryPackage p = new MemoryPackage();
        for (Entry e : entries.values()) {
            RowSink sink = p.entry(e.name(), e.columns());
            for (String[] row : e.rows()) {
                sink.row(row);
            }
        }
        return p;
    }
}
