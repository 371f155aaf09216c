package io.guankou.persistence.placeedit;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.TEAM_MEMBER;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/** The exchange columns of the place tables, written the same way for every kind. */
final class PlaceRows {

    private PlaceRows() {
    }

    static Table<?> table(PlaceKind kind) {
        return switch (kind) {
            case VILLAGE -> VILLAGE;
            case GRID -> GRID;
            case TEAM -> RESPONSIBILITY_TEAM;
            case MEMBER -> TEAM_MEMBER;
            case FACILITY -> FACILITY;
        };
    }

    private static <T> Field<T> field(Table<?> t, String name, Class<T> type) {
        return t.field(name, type);
    }

    /** A new row's six exchange columns (the id comes from SQLite). */
    static void fresh(Record r, Table<?> t, String townshipCode, String at) {
        r.set(field(t, "global_id", String.class), GlobalIds.standard().next(SqlText.instant(at)).toString());
        r.set(field(t, "township_code", String.class), townshipCode);
        r.set(field(t, "updated_at", String.class), at);
        r.set(field(t, "revision", Long.class), 1L);
        r.set(field(t, "deleted", Boolean.class), false);
    }

    /** A changed row: one revision more, changed now. */
    static void touch(Record r, Table<?> t, String at) {
        Field<Long> revision = field(t, "revision", Long.class);
        r.set(revision, r.get(revision) + 1);
        r.set(field(t, "updated_at", String.class), at);
    }

    /** The stored row of a place in the ledger (not removed). */
    static <R extends UpdatableRecord<R>> R live(DSLContext dsl, Table<R> t, PlaceKind kind, long id) {
        R r = dsl.selectFrom(t).where(field(t, "id", Long.class).eq(id))
                .and(field(t, "deleted", Boolean.class).isFalse()).fetchOne();
        if (r == null) {
            throw new DatabaseException(DatabaseException.Reason.NO_PLACE, kind + " " + id,
                    "No " + kind + " with id " + id + " in the ledger");
        }
        return r;
    }

    /** The name of a place in the ledger (not removed). */
    static String liveName(DSLContext dsl, PlaceKind kind, long id) {
        Table<?> t = table(kind);
        return dsl.select(field(t, "name", String.class)).from(t).where(field(t, "id", Long.class).eq(id))
                .and(field(t, "deleted", Boolean.class).isFalse()).fetchOptional(0, String.class)
                .orElseThrow(() -> new DatabaseException(DatabaseException.Reason.NO_PLACE, kind + " " + id,
                        "No " + kind + " with id " + id + " in the ledger"));
    }

    /** Tombstones one row: deleted, one revision more, changed now. */
    static void tombstone(DSLContext dsl, PlaceKind kind, long id, String at) {
        Table<?> t = table(kind);
        Field<Long> revision = field(t, "revision", Long.class);
        dsl.update(t).set(field(t, "deleted", Boolean.class), true)
                .set(revision, revision.plus(DSL.inline(1L)))
                .set(field(t, "updated_at", String.class), at)
                .where(field(t, "id", Long.class).eq(id)).execute();
    }

    static String text(Long id) {
        return id == null ? null : Long.toString(id);
    }

    static String text(Double degrees) {
        return degrees == null ? null : io.guankou.model.place.rules.CoordinateRule.text(degrees);
    }
}
