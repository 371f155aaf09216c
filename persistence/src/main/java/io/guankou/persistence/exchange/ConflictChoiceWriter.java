package io.guankou.persistence.exchange;

import static io.guankou.persistence.jooq.Tables.PERSON;

import io.guankou.model.exchange.merge.ConflictChoice;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import io.guankou.persistence.ledger.PersonChangeRows;
import io.guankou.persistence.place.PlaceChangeRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Writes a person's choice for a field conflict or a removal against an edit: the chosen value as a change of this
 * ledger (a change mark at the current tick, revision and {@code updated_at} moved, so the next package takes it
 * back), and a history row with the value not chosen as its old value.
 */
final class ConflictChoiceWriter {

    private final DSLContext dsl;
    private final Connection c;
    private final String by;
    private final String now;

    ConflictChoiceWriter(DSLContext dsl, Connection c, String by, String now) {
        this.dsl = dsl;
        this.c = c;
        this.by = by;
        this.now = now;
    }

    void write(PackageConflict conflict, ConflictChoice choice) throws SQLException {
        ExchangeTable table = ExchangeTables.named(conflict.table())
                .orElseThrow(() -> new IllegalStateException("not an exchanged table: " + conflict.table()));
        TableLayout layout = TableLayout.read(c, table);
        String field = conflict.field();
        boolean tombstone = field.equals("deleted");
        int k = layout.index(field);
        if (!tombstone && (k < 0 || !layout.columns().get(k).stored().equals(field))) {
            throw new IllegalStateException("no field " + field + " in " + table.name());
        }
        TableLayout.Column col = tombstone ? null : layout.columns().get(k);
        ColumnKind kind = tombstone ? ColumnKind.BOOLEAN : col.kind();
        String name = table.name();
        boolean place = col != null && col.isPlace();
        long id;
        String township;
        Object current;
        String entity = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, township_code, " + field
                + (place ? ", entity" : "") + " FROM " + name + " WHERE global_id = ?")) {
            ps.setString(1, conflict.rowGlobalId().toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the row of conflict " + conflict.id() + " is not in the ledger");
                }
                id = rs.getLong(1);
                township = rs.getString(2);
                current = kind.read(rs, 3);
                if (place) {
                    entity = rs.getString(4);
                }
            }
        }
        String refTable = col == null || !col.isReference() ? null
                : place ? ExchangeTables.PLACE_ENTITY_TABLES.get(entity) : col.references();
        String currentText = refTable != null && current != null ? globalId(refTable, (Long) current)
                : ColumnKind.text(current);
        String chosen;
        String notChosen;
        if (choice == ConflictChoice.INCOMING) {
            String incoming = conflict.incomingValue();
            Object value = incoming == null ? null
                    : refTable != null ? localId(refTable, incoming).orElseThrow(() -> new IllegalStateException(
                            "the incoming value of conflict " + conflict.id() + " names a row not in the ledger"))
                    : kind.parse(incoming);
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + name + " SET " + field
                    + " = ?, revision = revision + 1, updated_at = ? WHERE id = ?")) {
                kind.bind(ps, 1, value);
                ps.setString(2, now);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            chosen = incoming;
            notChosen = currentText;
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + name
                    + " SET revision = revision + 1, updated_at = ? WHERE id = ?")) {
                ps.setString(1, now);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            chosen = currentText;
            notChosen = conflict.incomingValue();
        }
        mark(name, id, field);
        history(name, id, township, field, kind, refTable, notChosen, chosen);
    }

    /** The field as changed here now: the next package to the other side carries it. */
    private void mark(String table, long id, String field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_mark (tbl, row_id, field, tick)"
                + " VALUES (?, ?, ?, (SELECT tick FROM exchange_clock WHERE id = 1))"
                + " ON CONFLICT (tbl, row_id, field) DO UPDATE SET tick = max(change_mark.tick, excluded.tick)")) {
            ps.setString(1, table);
            ps.setLong(2, id);
            ps.setString(3, field);
            ps.executeUpdate();
        }
    }

    private void history(String table, long id, String township, String field, ColumnKind kind, String refTable,
                         String oldText, String newText) throws SQLException {
        String old = HistoryFields.historyValue(kind, localText(refTable, oldText));
        String chosen = HistoryFields.historyValue(kind, localText(refTable, newText));
        if (HistoryFields.isPerson(table)) {
            PersonRecord person = dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOne();
            PersonChangeRows.write(dsl, person, HistoryFields.personField(field), old, chosen, by, now);
            return;
        }
        Optional<PlaceKind> placeKind = HistoryFields.placeKind(table);
        if (placeKind.isPresent()) {
            new PlaceChangeRows(dsl, township, by, now).write(placeKind.get(), id, HistoryFields.placeField(field),
                    old, chosen);
        }
    }

    /** A reference as the history stores it (the row id, as the forms write it); other values as they are. */
    private String localText(String refTable, String text) throws SQLException {
        if (refTable == null || text == null) {
            return text;
        }
        return localId(refTable, text).map(String::valueOf).orElse(text);
    }

    private Optional<Long> localId(String table, String globalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE global_id = ?")) {
            ps.setString(1, globalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private String globalId(String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT global_id FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : String.valueOf(id);
            }
        }
    }
}
