package io.guankou.persistence.exchange;

import io.guankou.model.exchange.merge.ConflictKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes the conflict list ({@code exchange_conflict}) inside an import's transaction: one open conflict per row and
 * field at most (a later package about the same field updates it).
 */
final class ConflictRows implements AutoCloseable {

    /** One conflict as detected: both values and who changed each when. */
    record Detected(String table, String rowGlobalId, String field, ConflictKind kind, String localValue,
                    String incomingValue, String localBy, String localAt, String incomingBy, String incomingAt,
                    String otherGlobalId) {
    }

    private final PreparedStatement insert;
    private final PreparedStatement renew;
    private final String packageId;
    private final String detectedAt;
    private int written;

    ConflictRows(Connection c, String packageId, String detectedAt) throws SQLException {
        this.packageId = packageId;
        this.detectedAt = detectedAt;
        // a conflict still open from an earlier package (the other side sent the field again) is the same
        // decision: it is brought up to date instead of listed twice
        this.renew = c.prepareStatement("UPDATE exchange_conflict SET package_id = ?, kind = ?, local_value = ?,"
                + " incoming_value = ?, local_changed_by = ?, local_changed_at = ?, incoming_changed_by = ?,"
                + " incoming_changed_at = ?, other_global_id = ?, detected_at = ?"
                + " WHERE tbl = ? AND row_global_id = ? AND field = ? AND resolved_at IS NULL");
        // the same row twice in a package would meet its own conflict: the later one stands
        this.insert = c.prepareStatement("INSERT INTO exchange_conflict (package_id, tbl, row_global_id, field, kind,"
                + " local_value, incoming_value, local_changed_by, local_changed_at, incoming_changed_by,"
                + " incoming_changed_at, other_global_id, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (package_id, tbl, row_global_id, field) DO UPDATE SET kind = excluded.kind,"
                + " local_value = excluded.local_value, incoming_value = excluded.incoming_value,"
                + " local_changed_by = excluded.local_changed_by, local_changed_at = excluded.local_changed_at,"
                + " incoming_changed_by = excluded.incoming_changed_by,"
                + " incoming_changed_at = excluded.incoming_changed_at, other_global_id = excluded.other_global_id");
    }

    void write(Detected d) throws SQLException {
        written++;
        int r = 1;
        renew.setString(r++, packageId);
        renew.setString(r++, d.kind().name());
        renew.setString(r++, d.localValue());
        renew.setString(r++, d.incomingValue());
        renew.setString(r++, d.localBy());
        renew.setString(r++, d.localAt());
        renew.setString(r++, d.incomingBy());
        renew.setString(r++, d.incomingAt());
        renew.setString(r++, d.otherGlobalId());
        renew.setString(r++, detectedAt);
        renew.setString(r++, d.table());
        renew.setString(r++, d.rowGlobalId());
        renew.setString(r, d.field());
        if (renew.executeUpdate() > 0) {
            return;
        }
        int i = 1;
        insert.setString(i++, packageId);
        insert.setString(i++, d.table());
        insert.setString(i++, d.rowGlobalId());
        insert.setString(i++, d.field());
        insert.setString(i++, d.kind().name());
        insert.setString(i++, d.localValue());
        insert.setString(i++, d.incomingValue());
        insert.setString(i++, d.localBy());
        insert.setString(i++, d.localAt());
        insert.setString(i++, d.incomingBy());
        insert.setString(i++, d.incomingAt());
        insert.setString(i++, d.otherGlobalId());
        insert.setString(i, detectedAt);
        insert.executeUpdate();
    }

    int written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        renew.close();
    }
}
