package io.guankou.persistence.exchange;

import io.guankou.model.exchange.EntrySink;
import io.guankou.model.exchange.EntrySource;
import io.guankou.model.exchange.RowSink;
import io.guankou.model.exchange.RowSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A package's entries in memory: written through {@link EntrySink}, read (any number of times) through {@link #source}. */
final class MemoryPackage implements EntrySink {

    /** One entry: its name, columns and rows. */
    record Entry(String name, List<String> columns, List<String[]> rows) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public RowSink entry(String name, List<String> columns) {
        Entry e = new Entry(name, List.copyOf(columns), new ArrayList<>());
        entries.add(e);
        return values -> {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size());
            }
            e.rows().add(values.clone());
        };
    }

    /** Adds an entry of a table in the package layout, with the rows given. */
    MemoryPackage add(String table, String[]... rows) {
        Entry e = new Entry(table, ExchangeTables.named(table).orElseThrow().packageColumns(), new ArrayList<>());
        e.rows().addAll(List.of(rows));
        entries.add(e);
        return this;
    }

    List<Entry> entries() {
        return entries;
    }

    Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    int rows(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).mapToInt(e -> e.rows().size()).sum();
    }

    /** The value of a column in row {@code index} of an entry, for tests that damage one. */
    void set(String entry, int index, String column, String value) {
        Entry e = entry(entry);
        e.rows().get(index)[e.columns().indexOf(column)] = value;
    }

    EntrySource source() {
        Iterator<Entry> it = List.copyOf(entries).iterator();
        return () -> {
            if (!it.hasNext()) {
                return null;
            }
            Entry e = it.next();
            Iterator<String[]> rows = e.rows().iterator();
            return new RowSource() {
                @Override
                public String name() {
                    return e.name();
                }

                @Override
                public List<String> columns() {
                    return e.columns();
                }

                @Override
                public String[] next() {
                    return rows.hasNext() ? rows.next().clone() : null;
                }
            };
        };
    }
}
