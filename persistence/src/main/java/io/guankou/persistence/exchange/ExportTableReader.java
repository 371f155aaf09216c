package io.guankou.persistence.exchange;

import io.guankou.model.exchange.RowSink;
import io.guankou.persistence.DatabaseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Reads one exchanged table as a package entry ({@link ExchangeTable#packageColumns()}) in one streaming query, rows in
 * id order: the referenced rows' global ids through LEFT JOINs or held beforehand (below), {@code
 * place_change.place_id} through its {@code entity}. The {@code changed} column comes from the change marks after the
 * base's tick: a delta's query starts from those marks (the tick index finds them) and joins their rows; a full
 * package after a base reads every row and merges in the marks from a second cursor over the marks in primary-key
 * order ({@link MarkCursor}), so neither needs a join against a million marks; a full package without a base reads no
 * marks at all.
 *
 * <p>Why the query gives each row as <em>one</em> text: the SQLite driver costs about 0.1 µs per column fetched
 * (a native call each), which for a million contacts of 18 columns was more than SQLite's own work and twice the
 * sqlite3 tool's time for the same rows as CSV. So SQLite joins a row's values with TAB, the row's id first, and the
 * driver hands over the line's UTF-8 bytes; this class cuts the line apart. The line is one {@code concat_ws} (one
 * allocation for the row; a chain of {@code ||} copied the line so far once per value, and that was most of the
 * read). A column that may be NULL travels as {@code ''} for NULL and {@code '=' || value} otherwise. A reference
 * to a row that is not there travels as one TAB, so that every surprise <em>adds</em> fields: a value that holds a
 * TAB itself, a dangling reference, or both in one row (which could cancel out if a dangling reference dropped a
 * field instead) all give the line too many fields, and that row is read again column by column
 * ({@link #readOne}), which names a dangling reference. A REAL column is written as SQLite's own text of it (15
 * significant digits) when that reads back as the same number, else with 17 significant digits, so the number
 * arrives exactly.
 *
 * <p>A table read in full that has at least as many rows as a table it points into (a million contacts, a hundred
 * thousand persons) does not have SQLite look the reference up row by row, which was over a third of SQLite's time for
 * the contacts: the query gives the local id, and the referenced table's global ids, read beforehand in one pass
 * ({@link ReferencedGlobalIds}, at most {@value #HELD_ROWS} rows), give the value. A local id not among them is a
 * dangling reference, and that row too is read again column by column. A delta (few rows) and a county's package
 * (one township's rows of many) look their references up in the query.
 */
final class ExportTableReader {

    private static final String TAB = "'\t'";
    /** What a reference to a row that is not there gives in the line: one field more (see the class comment). */
    private static final String DANGLING = "char(9)";
    /** At most this many rows of a referenced table are held in memory (some 80 bytes each; see {@link #held}). */
    static final long HELD_ROWS = 500_000;
    /** A REAL as SQLite's text (15 digits) if that reads back as the same number, else with 17; others as they are. */
    private static final String REAL_TEXT = "CASE WHEN typeof(%1$s) <> 'real' THEN %1$s"
            + " WHEN CAST(CAST(%1$s AS TEXT) AS REAL) = %1$s THEN CAST(%1$s AS TEXT) ELSE printf('%%!.17g', %1$s) END";

    private final Connection connection;
    private final ExchangeTable table;
    private final boolean onlyMarked;
    private final Long sinceTick;
    private final String townshipCode;
    private final List<Part> parts = new ArrayList<>();
    /** Every reference's join, for {@link #readOne}. */
    private final StringBuilder joins = new StringBuilder();
    /** The joins of the references the streaming query resolves itself (the others are {@link Part#held}). */
    private final StringBuilder streamingJoins = new StringBuilder();
    /** Per part, when its reference is resolved here ({@link Part#held}): the referenced table's global ids. */
    private final ReferencedGlobalIds[] held;
    private final Map<String, String> changedTexts = new HashMap<>();
    private PreparedStatement one;

    /**
     * One column of the entry as the query computes it.
     *
     * @param held a reference the streaming query gives as the local id, which this class resolves through the
     *             referenced table's global ids read beforehand ({@link ReferencedGlobalIds})
     */
    private record Part(String column, String expression, boolean nullable, String localId, String refersTo,
                        boolean held) {

        Part(String column, String expression, boolean nullable) {
            this(column, expression, nullable, null, null, false);
        }
    }

    /**
     * @param onlyMarked   a delta: only rows with a mark after {@code sinceTick}
     * @param sinceTick    the base's tick; null: no base, every row is new to the recipient ({@code *})
     * @param townshipCode when not null, only the rows of this township
     */
    ExportTableReader(Connection connection, ExchangeTable table, boolean onlyMarked, Long sinceTick,
                      String townshipCode) throws SQLException {
        if (onlyMarked && sinceTick == null) {
            throw new IllegalArgumentException("a delta reads the marks after its base's tick");
        }
        this.connection = connection;
        this.table = table;
        this.onlyMarked = onlyMarked;
        this.sinceTick = sinceTick;
        this.townshipCode = townshipCode;
        Map<String, Boolean> notNull = notNullColumns();
        Map<String, String> types = declaredTypes();
        for (String c : ExchangeTable.META_COLUMNS) {
            parts.add(new Part(c, "t." + c, !notNull.get(c)));
        }
        // a delta reads few rows, a county's package one township's: both look their references up as they go
        long rows = onlyMarked || townshipCode != null ? 0 : ReferencedGlobalIds.highestId(connection, table.name());
        int alias = 0;
        for (String c : table.dataColumns()) {
            Boolean required = notNull.get(c);
            if (required == null) {
                throw new IllegalStateException(table.name() + " has no column " + c);
            }
            String ref = table.references().get(c);
            if (ref != null) {
                String j = "j" + alias++;
                String join = " LEFT JOIN " + ref + " " + j + " ON " + j + ".id = t." + c;
                joins.append(join);
                boolean hold = rows > 0 && worthHolding(ref, rows);
                if (!hold) {
                    streamingJoins.append(join);
                }
                parts.add(new Part(c, j + ".global_id", !required, "t." + c, ref, hold));
            } else if (table.name().equals("place_change") && c.equals(ExchangeTables.PLACE_CHANGE_PLACE)) {
                parts.add(new Part(c, placeGlobalId(), !required, "t." + c, "entity", false));
            } else if (types.get(c).contains("DOUBLE") || types.get(c).contains("REAL")
                    || types.get(c).contains("FLOA")) {
                parts.add(new Part(c, String.format(Locale.ROOT, REAL_TEXT, "t." + c), !required));
            } else {
                parts.add(new Part(c, "t." + c, !required));
            }
        }
        held = new ReferencedGlobalIds[parts.size()];
    }

    /**
     * Whether the global ids of {@code referenced} are worth reading beforehand for a table of at most {@code rows}
     * rows: when it has no more rows than this one points from (reading one costs less than SQLite's lookup of one),
     * and at most {@link #HELD_ROWS}, which bounds the memory.
     */
    private boolean worthHolding(String referenced, long rows) throws SQLException {
        long theirs = ReferencedGlobalIds.highestId(connection, referenced);
        return theirs <= rows && theirs <= HELD_ROWS;
    }

    /**
     * Streams the rows into {@code sink}.
     *
     * @param every {@code tick} is called with the rows done after every so many rows (it may throw to stop)
     * @return the rows written
     */
    long read(RowSink sink, LongConsumer tick, int every) throws SQLException, IOException {
        Map<String, ReferencedGlobalIds> read = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            String referenced = parts.get(p).refersTo();
            if (parts.get(p).held()) {
                ReferencedGlobalIds ids = read.get(referenced);
                if (ids == null) {
                    ids = ReferencedGlobalIds.read(connection, referenced);
                    read.put(referenced, ids);
                }
                held[p] = ids;
            }
        }
        long n = 0;
        try (PreparedStatement ps = connection.prepareStatement(streamingSql());
             MarkCursor marks = mergedMarks() ? new MarkCursor() : null) {
            int i = 1;
            if (onlyMarked) {
                i = bindMarks(ps, i);
            }
            if (townshipCode != null) {
                ps.setString(i, townshipCode);
            }
            ps.setFetchSize(every);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] line = rs.getBytes(1);
                    String[] values = split(line);
                    long id = rowId(line);
                    if (values == null) {
                        values = readOne(id);
                    }
                    if (marks != null) {
                        values[parts.size()] = changed(marks.fieldsOf(id));
                    }
                    sink.row(values);
                    if (++n % every == 0) {
                        tick.accept(n);
                    }
                }
            }
        } finally {
            if (one != null) {
                one.close();
            }
        }
        return n;
    }

    /** A delta reads the marks in its query; a full package after a base merges them in from a cursor of their own. */
    private boolean mergedMarks() {
        return !onlyMarked && sinceTick != null;
    }

    /** The main query: one text per row, the row id first (see the class comment). */
    String streamingSql() {
        StringBuilder line = new StringBuilder("concat_ws(").append(TAB).append(", t.id");
        for (Part p : parts) {
            line.append(", ");
            if (p.held()) {
                // the local id, never empty: '' is NULL
                line.append(p.nullable() ? "coalesce(" + p.localId() + ", '')" : p.localId());
            } else if (p.localId() == null) {
                // a NOT NULL column is never NULL; a NULL travels as '' beside '=' || value
                line.append(p.nullable() ? "coalesce('=' || " + p.expression() + ", '')" : p.expression());
            } else if (!p.nullable()) {
                line.append("coalesce(").append(p.expression()).append(", ").append(DANGLING).append(')');
            } else {
                line.append("CASE WHEN ").append(p.localId()).append(" IS NULL THEN '' ELSE coalesce('=' || ")
                        .append(p.expression()).append(", ").append(DANGLING).append(") END");
            }
        }
        if (onlyMarked) {
            line.append(", m.f");
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(line).append(')');
        if (onlyMarked) {
            // few marks are newer than a delta's base: find them by tick, then their rows
            sql.append(" FROM (SELECT row_id, group_concat(field) AS f FROM change_mark INDEXED BY change_mark_tick")
                    .append(" WHERE tbl = ? AND tick > ? GROUP BY row_id) m CROSS JOIN ").append(table.name())
                    .append(" t ON t.id = m.row_id");
        } else {
            sql.append(" FROM ").append(table.name()).append(" t");
        }
        sql.append(streamingJoins);
        if (townshipCode != null) {
            sql.append(" WHERE t.township_code = ?");
        }
        return sql.append(" ORDER BY t.id").toString();
    }

    private int bindMarks(PreparedStatement ps, int first) throws SQLException {
        ps.setString(first, table.name());
        ps.setLong(first + 1, sinceTick);
        return first + 2;
    }

    /**
     * The marks after the base of every row of the table, in row id order as the primary key holds them (the
     * {@code +} keeps SQLite off the tick index, which would not give that order), one text per row: streamed beside
     * the rows, so a full package after a base costs one pass over the marks and no join.
     */
    private final class MarkCursor implements AutoCloseable {
        private final PreparedStatement statement;
        private final ResultSet marks;
        private long markedId = -1;
        private String fields;
        private boolean done;

        MarkCursor() throws SQLException {
            statement = connection.prepareStatement("SELECT row_id || " + TAB + " || group_concat(field)"
                    + " FROM change_mark WHERE tbl = ? AND +tick > ? GROUP BY row_id ORDER BY row_id");
            bindMarks(statement, 1);
            statement.setFetchSize(PackageExporter.CHECK_EVERY);
            marks = statement.executeQuery();
        }

        /** The marks of row {@code id} ({@code group_concat} of the fields), empty for none; ids come in order. */
        String fieldsOf(long id) throws SQLException {
            while (!done && markedId < id) {
                if (!marks.next()) {
                    done = true;
                    break;
                }
                byte[] mark = marks.getBytes(1);
                markedId = rowId(mark);
                int tab = 0;
                while (mark[tab] != '\t') {
                    tab++;
                }
                fields = text(mark, tab + 1, mark.length);
            }
            return !done && markedId == id ? fields : "";
        }

        @Override
        public void close() throws SQLException {
            try {
                marks.close();
            } finally {
                statement.close();
            }
        }
    }

    /**
     * Cuts a line (UTF-8, as SQLite made it: a TAB byte is never part of another character) into the entry's
     * values: the id, then one field per part, then the marks when read. Returns null when the field count is off (a
     * value holds a TAB, or a reference is dangling). Each value is decoded on its own, so a field of ASCII (ids,
     * codes, times) never passes through UTF-16.
     */
    private String[] split(byte[] line) {
        int width = parts.size() + 1;
        String[] values = new String[width];
        int expected = onlyMarked ? parts.size() + 2 : parts.size() + 1;
        int field = 0;
        int start = 0;
        int length = line.length;
        for (int i = 0; i <= length; i++) {
            if (i < length && line[i] != '\t') {
                continue;
            }
            if (field == expected) {
                return null;
            }
            if (field > 0) {
                int index = field - 1;
                if (index >= parts.size()) {
                    values[width - 1] = changed(text(line, start, i));
                } else if (held[index] != null) {
                    if (i > start) {
                        long local = localId(line, start, i);
                        values[index] = local < 0 ? null : held[index].get(local);
                        if (values[index] == null) {
                            return null; // a reference to a row that is not there: readOne names it
                        }
                    } else if (!parts.get(index).nullable()) {
                        return null;
                    }
                } else {
                    values[index] = parts.get(index).nullable()
                            ? (i == start ? null : text(line, start + 1, i))
                            : text(line, start, i);
                }
            }
            field++;
            start = i + 1;
        }
        if (field != expected) {
            return null;
        }
        if (sinceTick == null) {
            values[width - 1] = "*";
        }
        return values;
    }

    private static String text(byte[] line, int from, int to) {
        return new String(line, from, to - from, StandardCharsets.UTF_8);
    }

    /** The local id in {@code line[from, to)}: digits only, else -1. */
    private static long localId(byte[] line, int from, int to) {
        if (to - from > 18) {
            return -1;
        }
        long id = 0;
        for (int i = from; i < to; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            id = id * 10 + digit;
        }
        return id;
    }

    /** The row id a line (or a mark line) starts with. */
    private static long rowId(byte[] line) {
        long id = 0;
        for (int i = 0; i < line.length && line[i] != '\t'; i++) {
            id = id * 10 + (line[i] - '0');
        }
        return id;
    }

    /** One row column by column: a row whose line could not be cut, or that points at a row that is not there. */
    private String[] readOne(long id) throws SQLException {
        if (one == null) {
            one = connection.prepareStatement(oneRowSql());
        }
        int i = 1;
        if (onlyMarked) {
            i = bindMarks(one, i);
        }
        one.setLong(i, id);
        try (ResultSet rs = one.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException(table.name() + " row " + id + " vanished while read");
            }
            String[] values = new String[parts.size() + 1];
            int column = 1;
            for (int p = 0; p < parts.size(); p++) {
                values[p] = rs.getString(column++);
            }
            for (int p = 0; p < parts.size(); p++) {
                Part part = parts.get(p);
                if (part.localId() == null) {
                    continue;
                }
                String local = rs.getString(column++);
                if (local != null && values[p] == null) {
                    throw new DatabaseException(DatabaseException.Reason.CANNOT_READ_LEDGER, table.name() + " "
                            + values[0], "Row " + values[0] + " of " + table.name() + " points at a "
                            + part.refersTo() + " row that is not there (" + part.column() + " = " + local + ")");
                }
            }
            String marks = rs.getString(column);
            values[parts.size()] = sinceTick == null ? "*" : onlyMarked ? changed(nullToEmpty(marks)) : null;
            return values;
        }
    }

    private String oneRowSql() {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (Part p : parts) {
            sql.append(p.expression()).append(", ");
        }
        for (Part p : parts) {
            if (p.localId() != null) {
                sql.append(p.localId()).append(", ");
            }
        }
        // the primary key (tbl, row_id) finds one row's marks; "+" keeps SQLite off the tick index
        sql.append(onlyMarked ? "(SELECT group_concat(field) FROM change_mark WHERE tbl = ? AND +tick > ?"
                + " AND row_id = t.id)" : "NULL");
        return sql.append(" FROM ").append(table.name()).append(" t").append(joins).append(" WHERE t.id = ?")
                .toString();
    }

    /**
     * The {@code changed} value for the marks a row has after the base: {@code *} when it is new since (or a mark
     * names a field this version does not know), otherwise the changed fields under their package names in entry
     * order, empty for none.
     */
    private String changed(String marks) {
        if (marks.isEmpty()) {
            return "";
        }
        return changedTexts.computeIfAbsent(marks, m -> {
            Set<String> fields = new HashSet<>(List.of(m.split(",")));
            Map<String, String> known = new LinkedHashMap<>();
            known.put("deleted", "deleted");
            for (String c : table.dataColumns()) {
                known.put(c, table.packageName(c));
            }
            if (fields.contains("*") || !known.keySet().containsAll(fields)) {
                return "*";
            }
            List<String> names = new ArrayList<>();
            known.forEach((stored, named) -> {
                if (fields.contains(stored)) {
                    names.add(named);
                }
            });
            return String.join(",", names);
        });
    }

    /** {@code place_change.place_id} as the global id of the row its {@code entity} names. */
    private static String placeGlobalId() {
        StringBuilder sql = new StringBuilder("CASE t.entity");
        ExchangeTables.PLACE_ENTITY_TABLES.forEach((entity, placeTable) -> sql.append(" WHEN '").append(entity)
                .append("' THEN (SELECT global_id FROM ").append(placeTable).append(" WHERE id = t.")
                .append(ExchangeTables.PLACE_CHANGE_PLACE).append(')'));
        return sql.append(" END").toString();
    }

    private Map<String, Boolean> notNullColumns() throws SQLException {
        Map<String, Boolean> columns = new HashMap<>();
        tableInfo((name, rs) -> columns.put(name, rs.getInt("notnull") != 0));
        return columns;
    }

    private Map<String, String> declaredTypes() throws SQLException {
        Map<String, String> columns = new HashMap<>();
        tableInfo((name, rs) -> columns.put(name, rs.getString("type").toUpperCase(Locale.ROOT)));
        return columns;
    }

    private interface ColumnInfo {
        void accept(String name, ResultSet rs) throws SQLException;
    }

    private void tableInfo(ColumnInfo each) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM pragma_table_info(?)")) {
            ps.setString(1, table.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs.getString("name"), rs);
                }
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
