package io.guankou.persistence.ledger;

import static io.guankou.persistence.jooq.Tables.PERSON_CHANGE;

import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.PersonRecord;
import org.jooq.DSLContext;

/** Writes one row of a person's change history: which field, old and new value, who and when. */
public final class PersonChangeRows {

    private PersonChangeRows() {
    }

    public static void write(DSLContext dsl, PersonRecord person, String field, String oldValue, String newValue,
                             String user, String at) {
        dsl.insertInto(PERSON_CHANGE)
                .set(PERSON_CHANGE.GLOBAL_ID, GlobalIds.standard().next(SqlText.instant(at)).toString())
                .set(PERSON_CHANGE.TOWNSHIP_CODE, person.getTownshipCode())
                .set(PERSON_CHANGE.UPDATED_AT, at)
                .set(PERSON_CHANGE.REVISION, 1L)
                .set(PERSON_CHANGE.DELETED, false)
                .set(PERSON_CHANGE.PERSON_ID, person.getId())
                .set(PERSON_CHANGE.FIELD, field)
                .set(PERSON_CHANGE.OLD_VALUE, oldValue)
                .set(PERSON_CHANGE.NEW_VALUE, newValue)
                .set(PERSON_CHANGE.CHANGED_BY, user)
                .set(PERSON_CHANGE.CHANGED_AT, at)
                .execute();
    }
}
