package io.guankou.persistence.exchange;

import static io.guankou.persistence.jooq.Tables.PERSON;

import io.guankou.persistence.jooq.tables.records.PersonRecord;
import io.guankou.persistence.ledger.PersonChangeRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Merges the same person created on both sides (same resident ID, two global ids) into the local one: its fields
 * stay, the incoming person's contacts, comorbidities, infection episodes, referrals and history move to it, and the
 * incoming person is removed (tombstoned). A comorbidity the local person has already (live) moves as a removed row,
 * so the disease is not listed twice. Every moved row is a local change (change marks by the triggers), so the
 * other side learns of the merge with the next package. Inside the caller's transaction.
 */
final class DuplicatePersons {

    /** History fields of the two persons: the global id of the other one. */
    static final String MERGED_FROM = "mergedFrom";
    static final String MERGED_INTO = "mergedInto";

    /** The tables holding a person's rows, moved by a merge. */
    private static final String[] CHILDREN = {"contact", "comorbidity", "infection_episode", "referral",
        "person_change"};

    private final DSLContext dsl;
    private final Connection c;
    private final String by;
    private final String now;

    DuplicatePersons(DSLContext dsl, Connection c, String by, String now) {
        this.dsl = dsl;
        this.c = c;
        this.by = by;
        this.now = now;
    }

    void merge(UUID localGlobalId, UUID incomingGlobalId) throws SQLException {
        PersonRecord local = person(localGlobalId);
        PersonRecord incoming = person(incomingGlobalId);
        if (Boolean.TRUE.equals(local.getDeleted()) || Boolean.TRUE.equals(incoming.getDeleted())) {
            throw new IllegalStateException("a person of the duplicate has been removed since");
        }
        long to = local.getId();
        long from = incoming.getId();
        update("UPDATE comorbidity SET deleted = 1 WHERE person_id = ? AND deleted = 0 AND disease IN"
                + " (SELECT disease FROM comorbidity WHERE person_id = ? AND deleted = 0)", from, to);
        for (String table : CHILDREN) {
            update("UPDATE " + table + " SET person_id = ?, revision = revision + 1, updated_at = ?"
                    + " WHERE person_id = ?", to, now, from);
        }
        update("UPDATE person SET deleted = 1, revision = revision + 1, updated_at = ? WHERE id = ?", now, from);
        PersonChangeRows.write(dsl, local, MERGED_FROM, null, incomingGlobalId.toString(), by, now);
        PersonChangeRows.write(dsl, incoming, MERGED_INTO, null, localGlobalId.toString(), by, now);
    }

    private PersonRecord person(UUID globalId) {
        PersonRecord r = dsl.selectFrom(PERSON).where(PERSON.GLOBAL_ID.eq(globalId.toString())).fetchOne();
        if (r == null) {
            throw new IllegalStateException("a person of the duplicate is not in the ledger");
        }
        return r;
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
