package io.guankou.persistence.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The global ids of every row of a referenced table by local id, read in one pass, for an export whose rows point
 * into that table many times over (a million contacts at a hundred thousand persons): finding each one here costs a
 * fraction of SQLite looking it up in the table for every row, and each global id is one string however often it
 * is referred to. Ids in id order; a table whose ids run without gaps is indexed directly, any other searched.
 */
final class ReferencedGlobalIds {

    private final long[] ids;
    private final String[] globalIds;
    private final int size;
    /** When the ids are {@code first, first + 1, …} without gaps: {@code first}; else -1. */
    private final long first;

    private ReferencedGlobalIds(long[] ids, String[] globalIds, int size) {
        this.ids = ids;
        this.globalIds = globalIds;
        this.size = size;
        this.first = size > 0 && ids[size - 1] - ids[0] == size - 1 ? ids[0] : -1;
    }

    /** Every row of {@code table}. */
    static ReferencedGlobalIds read(Connection connection, String table) throws SQLException {
        long[] ids = new long[(int) Math.max(16, Math.min(highestId(connection, table), 1 << 20))];
        String[] globalIds = new String[ids.length];
        int n = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, global_id FROM " + table
                + " ORDER BY id")) {
            ps.setFetchSize(PackageExporter.CHECK_EVERY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                        globalIds = Arrays.copyOf(globalIds, n * 2);
                    }
                    ids[n] = rs.getLong(1);
                    globalIds[n] = rs.getString(2);
                    n++;
                }
            }
        }
        return new ReferencedGlobalIds(ids, globalIds, n);
    }

    /** The highest row id of {@code table} (an upper bound of its rows; found through its primary key), 0 if none. */
    static long highestId(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The global id of row {@code id}, null when the table has no such row. */
    String get(long id) {
        if (first >= 0) {
            long at = id - first;
            return at >= 0 && at < size ? globalIds[(int) at] : null;
        }
        int at = Arrays.binarySearch(ids, 0, size, id);
        return at >= 0 ? globalIds[at] : null;
    }
}
