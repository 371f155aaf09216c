package io.guankou.persistence.exchange;

import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.merge.ConflictKind;
import io.guankou.model.exchange.merge.DerivedColumns;
import io.guankou.model.exchange.merge.FieldSides;
import io.guankou.model.exchange.merge.RowConflict;
import io.guankou.model.exchange.merge.RowDecision;
import io.guankou.model.exchange.merge.RowMerge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of one entry: each checked (shape, kinds, references resolved by global id), then inserted when the
 * ledger does not hold its global id, or merged three-way into the held row (docs/decisions/0007-package-merge.md).
 *
 * <p>Fast path: a table that held no row before the import is never asked whether it holds a row; a new row is one
 * reused INSERT with its row id given (so nothing is read back). Only held rows are read, with their change marks
 * when the table has marks the sender has not seen.
 */
final class TableMerge implements AutoCloseable {

    private static final String DELETED = RowMerge.DELETED;
    /** SQLite's primary result code of a constraint violation. */
    private static final int SQLITE_CONSTRAINT = 19;

    private final PackageMerge ctx;
    private final TableLayout layout;
    private final String name;
    private final List<TableLayout.Column> cols;
    private final int width;
    private final int iGid;
    private final int iTownship;
    private final int iUpdated;
    private final int iRevision;
    private final int iDeleted;
    private final int iChanged;
    /** Where each data column is in a row of the entry. */
    private final int[] at;
    /** The current row's data values (parsed, references as row ids). */
    private final Object[] values;
    /** The current row's changed flags: one per data column, then the tombstone. */
    private final boolean[] changed;
    private final Set<String> derived;
    private final boolean held;
    private final boolean localMarks;
    private final GlobalIdMap ids;
    private final long firstNewId;
    private long nextId;
    private final int entity;
    private final int residentId;
    private final int departure;
    private final PreparedStatement insert;
    private PreparedStatement select;
    private PreparedStatement marks;
    private PreparedStatement duplicate;
    private final Map<String, PreparedStatement> updates = new HashMap<>();
    private int added;
    private int updated;
    private int unchanged;
    private int conflicting;

    TableMerge(PackageMerge ctx, TableLayout layout, List<String> columns) throws PackageRefused, SQLException {
        this.ctx = ctx;
        this.layout = layout;
        this.name = layout.name();
        this.cols = layout.columns();
        List<String> expected = layout.table().packageColumns();
        if (columns.size() != expected.size() || !new HashSet<>(columns).equals(new HashSet<>(expected))) {
            throw EntryMismatch.of(name, "its columns are not this version's: " + String.join(",", columns));
        }
        this.width = columns.size();
        this.iGid = columns.indexOf("global_id");
        this.iTownship = columns.indexOf("township_code");
        this.iUpdated = columns.indexOf("updated_at");
        this.iRevision = columns.indexOf("revision");
        this.iDeleted = columns.indexOf("deleted");
        this.iChanged = columns.indexOf(ExchangeTable.CHANGED_COLUMN);
        this.at = new int[cols.size()];
        for (int k = 0; k < cols.size(); k++) {
            at[k] = columns.indexOf(cols.get(k).packageName());
        }
        this.values = new Object[cols.size()];
        this.changed = new boolean[cols.size() + 1];
        this.derived = DerivedColumns.of(name);
        this.entity = layout.index("entity");
        this.residentId = name.equals("person") ? layout.index("resident_id") : -1;
        this.departure = name.equals("person") ? layout.index("departure_reason") : -1;
        Connection c = ctx.connection();
        this.held = ctx.heldAtStart(name);
        this.localMarks = held && marksAfter(c, name, ctx.sinceTick());
        this.ids = ctx.map(name);
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM " + name);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            this.firstNewId = rs.getLong(1);
        }
        this.nextId = firstNewId;
        String data = cols.stream().map(TableLayout.Column::stored).collect(Collectors.joining(", "));
        this.insert = c.prepareStatement("INSERT INTO " + name + " (id, global_id, township_code, updated_at, revision,"
                + " deleted, " + data + ") VALUES (?, ?, ?, ?, ?, ?" + ", ?".repeat(cols.size()) + ")");
    }

    void row(String[] v, long n) throws PackageRefused, SQLException {
        if (v.length != width) {
            throw EntryMismatch.at(name, n, null, "has " + v.length + " fields where the entry has " + width);
        }
        String gid = v[iGid];
        if (!GlobalIdText.valid(gid)) {
            throw EntryMismatch.at(name, n, "global_id", "not a global id");
        }
        long high = GlobalIdText.high(gid);
        long low = GlobalIdText.low(gid);
        String township = v[iTownship];
        if (!ctx.township().equals(township)) {
            throw EntryMismatch.at(name, n, "township_code", "not the township whose data the package carries");
        }
        String updatedAt = v[iUpdated];
        if (!InstantText.valid(updatedAt)) {
            throw EntryMismatch.at(name, n, "updated_at", "not an instant");
        }
        long revision = (Long) meta(ColumnKind.INTEGER, v[iRevision], n, "revision");
        boolean deleted = (Long) meta(ColumnKind.BOOLEAN, v[iDeleted], n, "deleted") != 0;
        for (int k = 0; k < cols.size(); k++) {
            values[k] = value(k, v[at[k]], n);
        }
        readChanged(v[iChanged], n);
        if (ids != null && ids.get(high, low) >= 0) {
            throw EntryMismatch.at(name, n, "global_id", "the same row twice in the entry");
        }
        Held local = held ? held(gid) : null;
        if (local == null) {
            long id = insert(gid, township, updatedAt, revision, deleted, n);
            if (ids != null) {
                ids.put(high, low, id);
            }
            if (duplicateOfHeldPerson(gid, deleted, updatedAt)) {
                conflicting++;
            } else {
                added++;
            }
        } else {
            merge(local, v, gid, township, updatedAt, revision, deleted, n);
            if (ids != null) {
                ids.put(high, low, local.id());
            }
        }
    }

    TableCounts counts() {
        return new TableCounts(name, added, updated, unchanged, conflicting);
    }

    private Object meta(ColumnKind kind, String text, long n, String column) throws PackageRefused {
        if (text == null) {
            throw EntryMismatch.at(name, n, column, "empty where a value is required");
        }
        try {
            return kind.parse(text);
        } catch (IllegalArgumentException e) {
            throw EntryMismatch.at(name, n, column, e.getMessage());
        }
    }

    private Object value(int k, String text, long n) throws PackageRefused, SQLException {
        TableLayout.Column col = cols.get(k);
        if (text == null) {
            if (col.notNull()) {
                throw EntryMismatch.at(name, n, col.packageName(), "empty where a value is required");
            }
            return null;
        }
        if (col.isPlace()) {
            String table = ExchangeTables.PLACE_ENTITY_TABLES.get((String) values[entity]);
            if (table == null) {
                throw EntryMismatch.at(name, n, "entity", "not a kind of place");
            }
            return ctx.resolve(table, text, name, n, col.packageName());
        }
        if (col.isReference()) {
            return ctx.resolve(col.references(), text, name, n, col.packageName());
        }
        try {
            return col.kind().parse(text);
        } catch (IllegalArgumentException e) {
            throw EntryMismatch.at(name, n, col.packageName(), e.getMessage());
        }
    }

    /** Which fields the sender changed: {@code *} all (a new row), empty none, else column names. */
    private void readChanged(String text, long n) throws PackageRefused {
        boolean all = "*".equals(text);
        Arrays.fill(changed, all);
        if (all || text == null || text.isEmpty()) {
            return;
        }
        for (String field : text.split(",")) {
            String f = field.strip();
            if (f.isEmpty()) {
                continue;
            }
            if (f.equals(DELETED)) {
                changed[cols.size()] = true;
                continue;
            }
            int k = layout.index(f);
            if (k < 0) {
                throw EntryMismatch.at(name, n, ExchangeTable.CHANGED_COLUMN, "names a column the entry does not have");
            }
            changed[k] = true;
        }
    }

    private long insert(String gid, String township, String updatedAt, long revision, boolean deleted, long n)
            throws PackageRefused, SQLException {
        long id = nextId++;
        insert.setLong(1, id);
        insert.setString(2, gid);
        insert.setString(3, township);
        insert.setString(4, updatedAt);
        insert.setLong(5, revision);
        insert.setInt(6, deleted ? 1 : 0);
        for (int k = 0; k < cols.size(); k++) {
            cols.get(k).kind().bind(insert, 7 + k, values[k]);
        }
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            throw refusedIfConstraint(e, n);
        }
        return id;
    }

    /** One row of the table as held, by global id; null when not held. */
    private Held held(String gid) throws SQLException {
        if (select == null) {
            String data = cols.stream().map(TableLayout.Column::stored).collect(Collectors.joining(", "));
            select = ctx.connection().prepareStatement("SELECT id, township_code, updated_at, revision, deleted, "
                    + data + " FROM " + name + " WHERE global_id = ?");
        }
        select.setString(1, gid);
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Object[] stored = new Object[cols.size()];
            for (int k = 0; k < cols.size(); k++) {
                stored[k] = cols.get(k).kind().read(rs, 6 + k);
            }
            return new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5) != 0,
                    stored);
        }
    }

    private void merge(Held local, String[] v, String gid, String township, String updatedAt, long revision,
                       boolean deleted, long n) throws PackageRefused, SQLException {
        if (!local.township().equals(township)) {
            throw EntryMismatch.at(name, n, "township_code", "the row is held for another township");
        }
        Set<String> unseen = localMarks ? unseenMarks(local.id()) : Set.of();
        boolean allHere = unseen.contains("*");
        List<FieldSides> sides = new ArrayList<>(cols.size() + 1);
        for (int k = 0; k < cols.size(); k++) {
            String field = cols.get(k).stored();
            sides.add(new FieldSides(field, Objects.equals(local.values()[k], values[k]), changed[k],
                    allHere || unseen.contains(field)));
        }
        sides.add(new FieldSides(DELETED, local.deleted() == deleted, changed[cols.size()],
                allHere || unseen.contains(DELETED)));
        RowDecision decision = RowMerge.decide(local.deleted(), deleted, sides, derived);
        List<String> taken = decision.taken();
        if (!taken.isEmpty()) {
            update(local, taken, updatedAt, revision, deleted, n);
        }
        for (RowConflict conflict : decision.conflicts()) {
            conflict(local, v, gid, conflict, updatedAt, deleted);
        }
        if (decision.hasConflict()) {
            conflicting++;
        } else if (taken.isEmpty()) {
            unchanged++;
        } else {
            updated++;
        }
    }

    private void update(Held local, List<String> taken, String updatedAt, long revision, boolean deleted, long n)
            throws PackageRefused, SQLException {
        String key = String.join(",", taken);
        PreparedStatement ps = updates.get(key);
        if (ps == null) {
            ps = ctx.connection().prepareStatement("UPDATE " + name + " SET "
                    + taken.stream().map(f -> f + " = ?").collect(Collectors.joining(", "))
                    + ", updated_at = ?, revision = ? WHERE id = ?");
            updates.put(key, ps);
        }
        int i = 1;
        for (String field : taken) {
            if (field.equals(DELETED)) {
                ps.setInt(i++, deleted ? 1 : 0);
            } else {
                int k = layout.index(field);
                cols.get(k).kind().bind(ps, i++, values[k]);
            }
        }
        ps.setString(i++, updatedAt.compareTo(local.updatedAt()) > 0 ? updatedAt : local.updatedAt());
        ps.setLong(i++, Math.max(revision, local.revision()));
        ps.setLong(i, local.id());
        try {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw refusedIfConstraint(e, n);
        }
    }

    private void conflict(Held local, String[] v, String gid, RowConflict conflict, String updatedAt, boolean deleted)
            throws SQLException {
        String field = conflict.field();
        String localText;
        String incomingText;
        if (field.equals(DELETED)) {
            localText = local.deleted() ? "1" : "0";
            incomingText = deleted ? "1" : "0";
        } else {
            int k = layout.index(field);
            localText = localText(cols.get(k), local.values()[k], local);
            incomingText = v[at[k]];
        }
        LocalHistory.Change change = ctx.history().of(name, local.id(), field, local.updatedAt());
        ctx.conflictRows().write(new ConflictRows.Detected(name, gid, field, conflict.kind(), localText, incomingText,
                change.by(), change.at(), ctx.incomingBy(), updatedAt, null));
    }

    /** A local value as the package would carry it: a reference as the referenced row's global id. */
    private String localText(TableLayout.Column col, Object value, Held local) throws SQLException {
        if (value == null || !col.isReference()) {
            return ColumnKind.text(value);
        }
        String table = col.isPlace() ? ExchangeTables.PLACE_ENTITY_TABLES.get((String) local.values()[entity])
                : col.references();
        return table == null ? ColumnKind.text(value) : ctx.globalId(table, (Long) value);
    }

    /**
     * A live new person whose resident ID a live person held before the import (of the same township, under another
     * global id) carries: both stay, and the conflict list offers to merge them.
     */
    private boolean duplicateOfHeldPerson(String gid, boolean deleted, String updatedAt) throws SQLException {
        if (residentId < 0 || !held || deleted || values[departure] != null) {
            return false;
        }
        if (duplicate == null) {
            duplicate = ctx.connection().prepareStatement("SELECT id, global_id, updated_at FROM person"
                    + " WHERE resident_id = ? AND township_code = ? AND deleted = 0 AND departure_reason IS NULL"
                    + " AND id < ? ORDER BY id LIMIT 1");
        }
        String id = (String) values[residentId];
        duplicate.setString(1, id);
        duplicate.setString(2, ctx.township());
        duplicate.setLong(3, firstNewId);
        long localId;
        String localGid;
        String localUpdated;
        try (ResultSet rs = duplicate.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            localId = rs.getLong(1);
            localGid = rs.getString(2);
            localUpdated = rs.getString(3);
        }
        LocalHistory.Change change = ctx.history().of(name, localId, "resident_id", localUpdated);
        ctx.conflictRows().write(new ConflictRows.Detected(name, gid, "resident_id", ConflictKind.DUPLICATE_PERSON,
                id, id, change.by(), change.at(), ctx.incomingBy(), updatedAt, localGid));
        return true;
    }

    private Set<String> unseenMarks(long rowId) throws SQLException {
        if (marks == null) {
            marks = ctx.connection().prepareStatement(
                    "SELECT field FROM change_mark WHERE tbl = ? AND row_id = ? AND tick > ?");
        }
        marks.setString(1, name);
        marks.setLong(2, rowId);
        marks.setLong(3, ctx.sinceTick());
        Set<String> fields = new HashSet<>();
        try (ResultSet rs = marks.executeQuery()) {
            while (rs.next()) {
                fields.add(rs.getString(1));
            }
        }
        return fields;
    }

    private static boolean marksAfter(Connection c, String table, long tick) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM change_mark WHERE tbl = ? AND tick > ?)")) {
            ps.setString(1, table);
            ps.setLong(2, tick);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }

    private PackageRefused refusedIfConstraint(SQLException e, long n) throws SQLException {
        if ((e.getErrorCode() & 0xff) != SQLITE_CONSTRAINT) {
            throw e;
        }
        // SQLite names the constraint and its columns, never the values
        String why = e.getMessage() == null ? "a constraint" : e.getMessage().lines().findFirst().orElse("").strip();
        return EntryMismatch.at(name, n, null, "breaks a rule of the table: " + why);
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        for (PreparedStatement ps : new PreparedStatement[] {select, marks, duplicate}) {
            if (ps != null) {
                ps.close();
            }
        }
        for (PreparedStatement ps : updates.values()) {
            ps.close();
        }
    }

    /** A held row: its exchange columns and data values as stored. */
    private record Held(long id, String township, String updatedAt, long revision, boolean deleted,
                        Object[] values) {
    }
}
