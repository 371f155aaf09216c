package io.guankou.persistence.demo;

import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Batched plain-JDBC inserts for the demo writer: one prepared statement per table, explicit row ids
 * (so no generated keys are read back), the six exchange columns filled the same way for every row.
 * Global ids come from their own seeded {@link Random}, so the data stays the same from run to run.
 */
final class DemoSink implements AutoCloseable {

    private static final int BATCH = 5_000;

    private final Connection connection;
    private final Random uuids;
    private final String townshipCode;
    private final String updatedAt;
    private final long epochMillis;
    private long sequence;
    private final Map<String, Table> tables = new HashMap<>();

    DemoSink(Connection connection, long seed, String townshipCode, String updatedAt) {
        this.connection = connection;
        this.uuids = new Random(seed ^ 0x5DEECE66DL);
        this.townshipCode = townshipCode;
        this.updatedAt = updatedAt;
        this.epochMillis = SqlText.instant(updatedAt).toEpochMilli();
    }

    /** Inserts one row: id and exchange columns first, then {@code values} in the column order given. */
    long insert(String table, String columns, Object... values) throws SQLException {
        Table t = tables.get(table);
        if (t == null) {
            t = new Table(table, columns, values.length);
            tables.put(table, t);
        }
        long id = ++t.lastId;
        PreparedStatement ps = t.statement;
        ps.setLong(1, id);
        ps.setString(2, uuid().toString());
        ps.setString(3, townshipCode);
        ps.setString(4, updatedAt);
        for (int i = 0; i < values.length; i++) {
            ps.setObject(5 + i, values[i]);
        }
        ps.addBatch();
        if (++t.pending == BATCH) {
            flushUpTo(t);
        }
        return id;
    }

    int count(String table) {
        Table t = tables.get(table);
        return t == null ? 0 : (int) t.lastId;
    }

    void flush() throws SQLException {
        for (Table t : orderedTables()) {
            execute(t);
        }
    }

    /**
     * Executes the batches of every table first used before {@code last}, then its own. Tables are first
     * used in foreign-key order (parents first), so each row finds its parent already stored; a child
     * stored before its parent would make SQLite search the child tables on every later parent insert.
     */
    private void flushUpTo(Table last) throws SQLException {
        for (Table t : orderedTables()) {
            if (t.order <= last.order) {
                execute(t);
            }
        }
    }

    private static void execute(Table t) throws SQLException {
        if (t.pending > 0) {
            t.statement.executeBatch();
            t.pending = 0;
        }
    }

    private java.util.List<Table> orderedTables() {
        return tables.values().stream().sorted(java.util.Comparator.comparingInt(t -> t.order)).toList();
    }

    /**
     * A time-ordered id in the {@link GlobalIds#layout version 7 layout}: the demo's time stamp plus a running
     * count in the time field, the random bits from the seeded generator, so the same seed gives the same ids.
     * Ids that grow with insertion order keep the unique global-id indexes append-only, which makes bulk
     * writing several times faster than random ids would.
     */
    UUID uuid() {
        return GlobalIds.layout(epochMillis + sequence++, uuids.nextInt(), uuids.nextLong());
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Table t : tables.values()) {
            try {
                t.statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private final class Table {
        final String name;
        final PreparedStatement statement;
        final int order;
        long lastId;
        int pending;

        Table(String name, String columns, int valueCount) throws SQLException {
            this.name = name;
            this.order = tables.size();
            String marks = "?, ?, ?, ?, 1, 0" + ", ?".repeat(valueCount);
            this.statement = connection.prepareStatement("INSERT INTO " + name
                    + " (id, global_id, township_code, updated_at, revision, deleted, " + columns
                    + ") VALUES (" + marks + ")");
        }
    }
}
