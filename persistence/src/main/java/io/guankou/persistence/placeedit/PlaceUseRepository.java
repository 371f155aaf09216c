package io.guankou.persistence.placeedit;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.FAMILY_DOCTOR_TEAM;
import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.HOUSEHOLD;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.TEAM_MEMBER;

import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceUse;
import io.guankou.model.place.rules.PlaceUses;
import io.guankou.persistence.Database;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What hangs on each place (persons in and out of the ledger, grids, teams, facilities, households, members,
 * family-doctor teams): what decides whether a place may be removed or only merged. Removed rows do not count.
 */
public final class PlaceUseRepository {

    private static final int PERSONS = 0;
    private static final int DEPARTED = 1;
    private static final int GRIDS = 2;
    private static final int TEAMS = 3;
    private static final int FACILITIES = 4;
    private static final int HOUSEHOLDS = 5;
    private static final int MEMBERS = 6;
    private static final int DOCTOR_TEAMS = 7;

    private final Database db;

    public PlaceUseRepository(Database db) {
        this.db = db;
    }

    /** Every place's use, in a dozen grouped counts. */
    public PlaceUses uses() {
        return db.read(PlaceUseRepository::uses);
    }

    /** One place's use (also inside a caller's transaction). */
    public PlaceUse use(PlaceKind kind, long id) {
        return db.read(dsl -> use(dsl, kind, id));
    }

    static PlaceUses uses(DSLContext dsl) {
        Map<PlaceKind, Map<Long, long[]>> counts = new EnumMap<>(PlaceKind.class);
        persons(dsl, counts, PlaceKind.VILLAGE, PERSON.VILLAGE_ID);
        persons(dsl, counts, PlaceKind.GRID, PERSON.GRID_ID);
        persons(dsl, counts, PlaceKind.TEAM, PERSON.RESPONSIBILITY_TEAM_ID);
        grouped(dsl, counts, PlaceKind.VILLAGE, GRIDS, GRID, GRID.VILLAGE_ID, GRID.DELETED.isFalse());
        grouped(dsl, counts, PlaceKind.TEAM, GRIDS, GRID, GRID.RESPONSIBILITY_TEAM_ID, GRID.DELETED.isFalse());
        grouped(dsl, counts, PlaceKind.VILLAGE, TEAMS, RESPONSIBILITY_TEAM, RESPONSIBILITY_TEAM.VILLAGE_ID,
                RESPONSIBILITY_TEAM.DELETED.isFalse());
        grouped(dsl, counts, PlaceKind.VILLAGE, FACILITIES, FACILITY, FACILITY.VILLAGE_ID, FACILITY.DELETED.isFalse());
        grouped(dsl, counts, PlaceKind.VILLAGE, HOUSEHOLDS, HOUSEHOLD, HOUSEHOLD.VILLAGE_ID,
                HOUSEHOLD.DELETED.isFalse());
        grouped(dsl, counts, PlaceKind.GRID, HOUSEHOLDS, HOUSEHOLD, HOUSEHOLD.GRID_ID, HOUSEHOLD.DELETED.isFalse());
        grouped(dsl, counts, PlaceKind.TEAM, MEMBERS, TEAM_MEMBER, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.DELETED.isFalse());
        grouped(dsl, counts, PlaceKind.FACILITY, DOCTOR_TEAMS, FAMILY_DOCTOR_TEAM, FAMILY_DOCTOR_TEAM.FACILITY_ID,
                FAMILY_DOCTOR_TEAM.DELETED.isFalse());
        Map<PlaceKind, Map<Long, PlaceUse>> out = new EnumMap<>(PlaceKind.class);
        counts.forEach((kind, byId) -> {
            Map<Long, PlaceUse> uses = new HashMap<>();
            byId.forEach((id, c) -> uses.put(id, use(c)));
            out.put(kind, uses);
        });
        return new PlaceUses(out);
    }

    static PlaceUse use(DSLContext dsl, PlaceKind kind, long id) {
        long[] c = new long[8];
        switch (kind) {
            case VILLAGE -> {
                persons(dsl, c, PERSON.VILLAGE_ID.eq(id));
                c[GRIDS] = dsl.fetchCount(GRID, GRID.VILLAGE_ID.eq(id).and(GRID.DELETED.isFalse()));
                c[TEAMS] = dsl.fetchCount(RESPONSIBILITY_TEAM, RESPONSIBILITY_TEAM.VILLAGE_ID.eq(id)
                        .and(RESPONSIBILITY_TEAM.DELETED.isFalse()));
                c[FACILITIES] = dsl.fetchCount(FACILITY, FACILITY.VILLAGE_ID.eq(id).and(FACILITY.DELETED.isFalse()));
                c[HOUSEHOLDS] = dsl.fetchCount(HOUSEHOLD, HOUSEHOLD.VILLAGE_ID.eq(id)
                        .and(HOUSEHOLD.DELETED.isFalse()));
            }
            case GRID -> {
                persons(dsl, c, PERSON.GRID_ID.eq(id));
                c[HOUSEHOLDS] = dsl.fetchCount(HOUSEHOLD, HOUSEHOLD.GRID_ID.eq(id).and(HOUSEHOLD.DELETED.isFalse()));
            }
            case TEAM -> {
                persons(dsl, c, PERSON.RESPONSIBILITY_TEAM_ID.eq(id));
                c[GRIDS] = dsl.fetchCount(GRID, GRID.RESPONSIBILITY_TEAM_ID.eq(id).and(GRID.DELETED.isFalse()));
                c[MEMBERS] = dsl.fetchCount(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID.eq(id)
                        .and(TEAM_MEMBER.DELETED.isFalse()));
            }
            case FACILITY -> c[DOCTOR_TEAMS] = dsl.fetchCount(FAMILY_DOCTOR_TEAM,
                    FAMILY_DOCTOR_TEAM.FACILITY_ID.eq(id).and(FAMILY_DOCTOR_TEAM.DELETED.isFalse()));
            case MEMBER -> {
                // a member holds nothing
            }
        }
        return use(c);
    }

    private static PlaceUse use(long[] c) {
        return new PlaceUse(c[PERSONS], c[DEPARTED], c[GRIDS], c[TEAMS], c[FACILITIES], c[HOUSEHOLDS], c[MEMBERS],
                c[DOCTOR_TEAMS]);
    }

    private static Field<Integer> departed() {
        return DSL.when(PERSON.DEPARTURE_REASON.isNotNull(), 1).otherwise(0);
    }

    private static void persons(DSLContext dsl, long[] c, Condition which) {
        var r = dsl.select(DSL.count(), DSL.sum(departed())).from(PERSON)
                .where(which).and(PERSON.DELETED.isFalse()).fetchOne();
        long all = r.value1();
        long departed = r.value2() == null ? 0 : r.value2().longValue();
        c[PERSONS] = all - departed;
        c[DEPARTED] = departed;
    }

    private static void persons(DSLContext dsl, Map<PlaceKind, Map<Long, long[]>> counts, PlaceKind kind,
                                Field<Long> place) {
        dsl.select(place, DSL.count(), DSL.sum(departed())).from(PERSON)
                .where(PERSON.DELETED.isFalse()).and(place.isNotNull()).groupBy(place)
                .fetch().forEach(r -> {
                    long[] c = slot(counts, kind, r.value1());
                    long departed = r.value3() == null ? 0 : r.value3().longValue();
                    c[PERSONS] = r.value2() - departed;
                    c[DEPARTED] = departed;
                });
    }

    private static void grouped(DSLContext dsl, Map<PlaceKind, Map<Long, long[]>> counts, PlaceKind kind, int slot,
                                Table<?> table, Field<Long> place, Condition live) {
        dsl.select(place, DSL.count()).from(table).where(live).and(place.isNotNull()).groupBy(place)
                .fetch().forEach(r -> slot(counts, kind, r.value1())[slot] = r.value2());
    }

    private static long[] slot(Map<PlaceKind, Map<Long, long[]>> counts, PlaceKind kind, long id) {
        return counts.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(id, k -> new long[8]);
    }
}
