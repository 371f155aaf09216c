package io.guankou.persistence.ledger;

import static io.guankou.persistence.jooq.Tables.PERSON;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Person;
import io.guankou.model.sync.GlobalIds;
import io.guankou.model.person.Tier;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Writes many persons inside the caller's transaction through a few prepared statements reused for every row
 * (one statement per row through jOOQ costs about 2 ms a person with its history; this writes thousands a
 * second). The rows written are {@link PersonWriter}'s: the person row with its computed tier and its
 * comorbidity rows. The history differs for a new person: one row saying which sheet row created it
 * ({@link FieldChange#createdFromSheet}) instead of one per field; an update writes one row per changed field
 * as a form save does. Person ids are given here (the next free ones), so nothing is read back.
 *
 * <p>An update is optimistic: it only applies to the revision the plan was made on; {@link #update} returns
 * false when the row has moved on (or left the ledger) since.
 */
final class PersonBatchWriter implements AutoCloseable {

    private static final int BATCH = 500;
    private static final String CHANGE_SQL = "INSERT INTO person_change (global_id, township_code, updated_at,"
            + " revision, deleted, person_id, field, old_value, new_value, changed_by, changed_at)"
            + " VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?)";
    private static final String COMORBIDITY_SQL = "INSERT INTO comorbidity (global_id, township_code, updated_at,"
            + " revision, deleted, person_id, disease, control) VALUES (?, ?, ?, 1, 0, ?, ?, ?)";

    private final DSLContext dsl;
    private final PersonWriter single;
    private final String townshipCode;
    private final String user;
    private final String at;
    private final long atMillis;
    private final GlobalIds ids = GlobalIds.standard();
    private final List<Field<?>> insertFields;
    private final List<Field<?>> updateFields;
    /** The positions of {@link #insertFields} and {@link #updateFields} in the person record: bound by index. */
    private final int[] insertIndexes;
    private final int[] updateIndexes;
    private final PreparedStatement insertPerson;
    private final PreparedStatement updatePerson;
    private final PreparedStatement insertChange;
    private final PreparedStatement insertComorbidity;
    private long nextId;
    private int pending;

    PersonBatchWriter(DSLContext dsl, Connection connection, String townshipCode, String user, Instant now)
            throws SQLException {
        this.dsl = dsl;
        this.single = new PersonWriter(dsl, user, now);
        this.townshipCode = townshipCode;
        this.user = user;
        this.at = SqlText.instant(now);
        this.atMillis = now.toEpochMilli();
        this.insertFields = List.of(PERSON.fields());
        this.updateFields = insertFields.stream()
                .filter(f -> !f.equals(PERSON.ID) && !f.equals(PERSON.GLOBAL_ID) && !f.equals(PERSON.TOWNSHIP_CODE)
                        && !f.equals(PERSON.DELETED))
                .toList();
        this.insertIndexes = insertFields.stream().mapToInt(PERSON::indexOf).toArray();
        this.updateIndexes = updateFields.stream().mapToInt(PERSON::indexOf).toArray();
        this.insertPerson = connection.prepareStatement("INSERT INTO person (" + names(insertFields) + ") VALUES ("
                + insertFields.stream().map(f -> "?").collect(Collectors.joining(", ")) + ")");
        this.updatePerson = connection.prepareStatement("UPDATE person SET " + updateFields.stream()
                .map(f -> f.getName() + " = ?").collect(Collectors.joining(", "))
                + " WHERE id = ? AND revision = ? AND deleted = 0 AND departure_reason IS NULL");
        this.insertChange = connection.prepareStatement(CHANGE_SQL);
        this.insertComorbidity = connection.prepareStatement(COMORBIDITY_SQL);
        Long max = dsl.select(org.jooq.impl.DSL.max(PERSON.ID)).from(PERSON).fetchOne(0, Long.class);
        this.nextId = (max == null ? 0 : max) + 1;
    }

    /** Adds a new person read from row {@code rowNumber} of the sheet {@code fileName}; returns its id. */
    long insert(Person person, Tier computed, String fileName, int rowNumber) throws SQLException {
        long id = nextId++;
        PersonRecord row = dsl.newRecord(PERSON);
        PersonRows.fill(row, person);
        row.setId(id);
        row.setGlobalId(person.meta() != null ? person.meta().globalId().toString() : ids.next(atMillis).toString());
        row.setTownshipCode(townshipCode);
        row.setUpdatedAt(at);
        row.setRevision(1L);
        row.setDeleted(false);
        row.setComputedTier(computed.name());
        bind(insertPerson, row, insertIndexes, 1);
        insertPerson.addBatch();
        for (Comorbidity c : person.comorbidities()) {
            insertComorbidity.setString(1, ids.next(atMillis).toString());
            insertComorbidity.setString(2, townshipCode);
            insertComorbidity.setString(3, at);
            insertComorbidity.setLong(4, id);
            insertComorbidity.setString(5, c.disease().name());
            insertComorbidity.setString(6, c.control().name());
            insertComorbidity.addBatch();
        }
        change(id, FieldChange.createdFromSheet(fileName, rowNumber));
        counted();
        return id;
    }

    /**
     * Updates a stored person from the state the plan saw ({@code before}, with its stored computed tier as
     * the column holds it).
     *
     * @return false when the stored row is no longer at {@code before}'s revision (nothing written)
     */
    boolean update(Person before, String beforeComputed, Person person, Tier computed) throws SQLException {
        Objects.requireNonNull(before.meta(), "a stored person has meta");
        List<FieldChange> changed = PersonRows.changes(before, beforeComputed, person, computed.name());
        if (changed.isEmpty()) {
            return true;
        }
        flush(); // the update's row count is read at once, so earlier batched rows go first
        PersonRecord row = dsl.newRecord(PERSON);
        PersonRows.fill(row, person);
        row.setUpdatedAt(at);
        row.setRevision(before.meta().revision() + 1);
        row.setComputedTier(computed.name());
        int i = bind(updatePerson, row, updateIndexes, 1);
        updatePerson.setLong(i++, before.id());
        updatePerson.setLong(i, before.meta().revision());
        if (updatePerson.executeUpdate() != 1) {
            return false;
        }
        if (changed.stream().anyMatch(c -> c.field().equals(FieldChange.COMORBIDITIES))) {
            single.replaceComorbidities(before.id(), townshipCode, person.comorbidities());
        }
        for (FieldChange c : changed) {
            change(before.id(), c);
        }
        counted();
        return true;
    }

    void flush() throws SQLException {
        insertPerson.executeBatch();
        insertComorbidity.executeBatch();
        insertChange.executeBatch();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insertPerson.close();
            updatePerson.close();
            insertChange.close();
            insertComorbidity.close();
        }
    }

    private void change(long personId, FieldChange c) throws SQLException {
        insertChange.setString(1, ids.next(atMillis).toString());
        insertChange.setString(2, townshipCode);
        insertChange.setString(3, at);
        insertChange.setLong(4, personId);
        insertChange.setString(5, c.field());
        insertChange.setString(6, c.oldValue());
        insertChange.setString(7, c.newValue());
        insertChange.setString(8, user);
        insertChange.setString(9, at);
        insertChange.addBatch();
    }

    private void counted() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private static int bind(PreparedStatement ps, PersonRecord row, int[] indexes, int first)
            throws SQLException {
        int i = first;
        for (int index : indexes) {
            Object v = row.get(index);
            if (v instanceof Boolean b) {
                ps.setInt(i++, b ? 1 : 0);
            } else {
                ps.setObject(i++, v);
            }
        }
        return i;
    }

    private static String names(List<Field<?>> fields) {
        return fields.stream().map(Field::getName).collect(Collectors.joining(", "));
    }
}
