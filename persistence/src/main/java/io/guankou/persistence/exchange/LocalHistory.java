package io.guankou.persistence.exchange;

import io.guankou.model.place.rules.PlaceKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Who changed a local field and when, for the conflict list: the newest {@code person_change} or {@code place_change}
 * row of that field, or (for tables without history, or a field never written there) nobody known and the row's
 * {@code updated_at}.
 */
final class LocalHistory {

    /** Who and when; {@code by} may be null. */
    record Change(String by, String at) {
    }

    private final Connection c;
    private PreparedStatement person;
    private PreparedStatement place;

    LocalHistory(Connection c) {
        this.c = c;
    }

    Change of(String table, long rowId, String column, String rowUpdatedAt) throws SQLException {
        if (HistoryFields.isPerson(table)) {
            if (person == null) {
                person = c.prepareStatement("SELECT changed_by, changed_at FROM person_change WHERE person_id = ?"
                        + " AND field = ? AND deleted = 0 ORDER BY changed_at DESC, id DESC LIMIT 1");
            }
            person.setLong(1, rowId);
            person.setString(2, HistoryFields.personField(column));
            return first(person, rowUpdatedAt);
        }
        Optional<PlaceKind> kind = HistoryFields.placeKind(table);
        if (kind.isPresent()) {
            if (place == null) {
                place = c.prepareStatement("SELECT changed_by, changed_at FROM place_change WHERE entity = ?"
                        + " AND place_id = ? AND field = ? AND deleted = 0 ORDER BY changed_at DESC, id DESC LIMIT 1");
            }
            place.setString(1, kind.get().name());
            place.setLong(2, rowId);
            place.setString(3, column.equals("deleted") ? HistoryFields.placeRemoval() : HistoryFields.placeField(column));
            return first(place, rowUpdatedAt);
        }
        return new Change(null, rowUpdatedAt);
    }

    private static Change first(PreparedStatement ps, String fallback) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Change(rs.getString(1), rs.getString(2)) : new Change(null, fallback);
        }
    }

    void close() throws SQLException {
        if (person != null) {
            person.close();
        }
        if (place != null) {
            place.close();
        }
    }
}
