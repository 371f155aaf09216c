package io.guankou.persistence.exchange;

import io.guankou.model.exchange.EntrySource;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.RowSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

/**
 * Merges the entries of one package, table after table, inside the import's transaction ({@link TableMerge} does
 * the rows). Holds what the tables share: for every table other rows point at, the global id → row id of the rows
 * the package brought ({@link GlobalIdMap}); whether a table held any row before the import (when not, nothing is
 * looked up: every row is new); the conflict list; progress and cancellation.
 */
final class PackageMerge implements AutoCloseable {

    /** Progress is reported, and an interrupt looked for, every this many rows. */
    static final int CHECK_EVERY = 1024;

    /** The tables some column points at: only their rows are remembered by global id. */
    private static final Set<String> REFERENCED = referenced();

    private final Connection c;
    private final PackageHeader header;
    private final long sinceTick;
    private final String incomingBy;
    private final LongConsumer progress;
    private final ConflictRows conflicts;
    private final LocalHistory history;
    private final Map<String, GlobalIdMap> maps = new HashMap<>();
    private final Map<String, Boolean> heldAtStart = new HashMap<>();
    private final Map<String, PreparedStatement> lookups = new HashMap<>();
    private final Map<String, PreparedStatement> globalIds = new HashMap<>();
    private long rows;

    PackageMerge(Connection c, PackageHeader header, long sinceTick, String now, LongConsumer progress)
            throws SQLException {
        this.c = c;
        this.header = header;
        this.sinceTick = sinceTick;
        this.incomingBy = header.sender().name().isBlank() ? header.sender().code()
                : header.sender().name() + " (" + header.sender().code() + ")";
        this.progress = progress;
        this.conflicts = new ConflictRows(c, header.packageId().toString(), now);
        this.history = new LocalHistory(c);
    }

    List<TableCounts> run(EntrySource source) throws IOException, PackageRefused, SQLException {
        List<TableCounts> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        RowSource entry;
        while ((entry = source.next()) != null) {
            checkInterrupt();
            String name = entry.name();
            ExchangeTable table = ExchangeTables.named(name)
                    .orElseThrow(() -> EntryMismatch.of(name, "not a table this version exchanges"));
            if (!seen.add(name)) {
                throw EntryMismatch.of(name, "appears twice in the package");
            }
            try (TableMerge merge = new TableMerge(this, TableLayout.read(c, table), entry.columns())) {
                String[] row;
                long n = 0;
                while ((row = entry.next()) != null) {
                    merge.row(row, ++n);
                    counted();
                }
                out.add(merge.counts());
            }
        }
        progress.accept(rows);
        return out;
    }

    long rows() {
        return rows;
    }

    int conflicts() {
        return conflicts.written();
    }

    Connection connection() {
        return c;
    }

    String township() {
        return header.township().code();
    }

    long sinceTick() {
        return sinceTick;
    }

    String incomingBy() {
        return incomingBy;
    }

    ConflictRows conflictRows() {
        return conflicts;
    }

    LocalHistory history() {
        return history;
    }

    /** The map of a table other rows point at; null for the others. */
    GlobalIdMap map(String table) {
        return REFERENCED.contains(table) ? maps.computeIfAbsent(table, t -> new GlobalIdMap()) : null;
    }

    /** Whether the table held any row before this import wrote to it (asked once per table, before its rows). */
    boolean heldAtStart(String table) throws SQLException {
        Boolean held = heldAtStart.get(table);
        if (held == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + ")");
                 ResultSet rs = ps.executeQuery()) {
                held = rs.next() && rs.getInt(1) != 0;
            }
            heldAtStart.put(table, held);
        }
        return held;
    }

    /**
     * The row id of the row a reference names: brought by this package, or held before it (then of the package's
     * township). Anything else refuses the package.
     */
    long resolve(String table, String globalId, String entry, long row, String column)
            throws PackageRefused, SQLException {
        if (!GlobalIdText.valid(globalId)) {
            throw EntryMismatch.at(entry, row, column, "not a global id");
        }
        GlobalIdMap map = map(table);
        if (map != null) {
            long id = map.get(GlobalIdText.high(globalId), GlobalIdText.low(globalId));
            if (id >= 0) {
                return id;
            }
        }
        if (heldAtStart(table)) {
            PreparedStatement ps = lookups.get(table);
            if (ps == null) {
                ps = c.prepareStatement("SELECT id, township_code FROM " + table + " WHERE global_id = ?");
                lookups.put(table, ps);
            }
            ps.setString(1, globalId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (!township().equals(rs.getString(2))) {
                        throw EntryMismatch.at(entry, row, column, "refers to a " + table + " of another township");
                    }
                    return rs.getLong(1);
                }
            }
        }
        throw EntryMismatch.at(entry, row, column, "refers to a " + table + " neither in the package nor held");
    }

    /** The global id of a held row (for the conflict list, which names references by global id). */
    String globalId(String table, long id) throws SQLException {
        PreparedStatement ps = globalIds.get(table);
        if (ps == null) {
            ps = c.prepareStatement("SELECT global_id FROM " + table + " WHERE id = ?");
            globalIds.put(table, ps);
        }
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void counted() {
        rows++;
        if (rows % CHECK_EVERY == 0) {
            checkInterrupt();
            progress.accept(rows);
        }
    }

    private static void checkInterrupt() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("package import cancelled");
        }
    }

    @Override
    public void close() throws SQLException {
        conflicts.close();
        history.close();
        for (PreparedStatement ps : lookups.values()) {
            ps.close();
        }
        for (PreparedStatement ps : globalIds.values()) {
            ps.close();
        }
    }

    private static Set<String> referenced() {
        Set<String> tables = new HashSet<>(ExchangeTables.PLACE_ENTITY_TABLES.values());
        for (ExchangeTable t : ExchangeTables.ALL) {
            tables.addAll(t.references().values());
        }
        return Set.copyOf(tables);
    }
}
