package io.guankou.persistence.place;

import static io.guankou.persistence.jooq.Tables.PLACE_CHANGE;

import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.SqlText;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Writes a place's history inside the caller's transaction: one row per changed field or event, with who and when,
 * the way {@code PersonChangeRows} writes a person's. The places editor writes every change; a sheet import writes
 * the creation of the grids, teams and members it makes.
 */
public final class PlaceChangeRows {

    private final DSLContext dsl;
    private final String townshipCode;
    private final String user;
    private final String at;

    public PlaceChangeRows(DSLContext dsl, String townshipCode, String user, String at) {
        this.dsl = dsl;
        this.townshipCode = townshipCode;
        this.user = user;
        this.at = at;
    }

    public String at() {
        return at;
    }

    /** One row; {@code field} is a {@code PlaceField} or {@code PlaceEvent} name. */
    public void write(PlaceKind kind, long placeId, String field, String oldValue, String newValue) {
        dsl.insertInto(PLACE_CHANGE)
                .set(PLACE_CHANGE.GLOBAL_ID, GlobalIds.standard().next(SqlText.instant(at)).toString())
                .set(PLACE_CHANGE.TOWNSHIP_CODE, townshipCode)
                .set(PLACE_CHANGE.UPDATED_AT, at)
                .set(PLACE_CHANGE.REVISION, 1L)
                .set(PLACE_CHANGE.DELETED, false)
                .set(PLACE_CHANGE.ENTITY, kind.name())
                .set(PLACE_CHANGE.PLACE_ID, placeId)
                .set(PLACE_CHANGE.FIELD, field)
                .set(PLACE_CHANGE.OLD_VALUE, oldValue)
                .set(PLACE_CHANGE.NEW_VALUE, newValue)
                .set(PLACE_CHANGE.CHANGED_BY, user)
                .set(PLACE_CHANGE.CHANGED_AT, at)
                .execute();
    }

    /** A row when the stored text changes; returns whether it did. */
    public boolean changed(PlaceKind kind, long placeId, Enum<?> field, String oldValue, String newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return false;
        }
        write(kind, placeId, field.name(), oldValue, newValue);
        return true;
    }
}
