package io.guankou.persistence.placeedit;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.HOUSEHOLD;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.TEAM_MEMBER;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.place.rules.PlaceEvent;
import io.guankou.model.place.rules.PlaceField;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceNameRule;
import io.guankou.model.place.rules.PlaceRemoval;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.jooq.tables.records.HouseholdRecord;
import io.guankou.persistence.ledger.PersonPlaceMover;
import io.guankou.persistence.place.PlaceChangeRows;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * One merge inside the caller's transaction. What goes where:
 * <ul>
 * <li>village into village: its persons, households and facilities move to the target village; each of its grids
 * and teams moves there too, unless the target has one of that name (then it is merged into that one, as below);
 * </li>
 * <li>grid into grid (of any village): its persons and households move to the target grid, and into the target's
 * village; a person served by the grid's team gets the target grid's team;</li>
 * <li>team into team (of the same village): the grids it serves, its persons and its members move to the target.
 * </li>
 * </ul>
 * Every merged place is tombstoned with a {@link PlaceEvent#MERGED_INTO} row, and its target gets a
 * {@link PlaceEvent#MERGED_FROM} row; every moved place a row for its changed field; every moved person the
 * history rows of a form save ({@link PersonPlaceMover}).
 */
final class PlaceMerge {

    private record GridRow(long village, Long team, String name) {
    }

    private record TeamRow(long village, String name) {
    }

    private final DSLContext dsl;
    private final PlaceChangeRows history;
    private final PersonPlaceMover persons;
    private final Map<Long, GridRow> grids = new LinkedHashMap<>();
    private final Map<Long, TeamRow> teams = new LinkedHashMap<>();
    /** Merged away (tombstoned) → target. */
    private final Map<Long, Long> villageMap = new HashMap<>();
    private final Map<Long, Long> gridMap = new LinkedHashMap<>();
    private final Map<Long, Long> teamMap = new LinkedHashMap<>();
    /** Moved to another village, kept. */
    private final Map<Long, Long> movedGrids = new LinkedHashMap<>();
    private final Map<Long, Long> movedTeams = new LinkedHashMap<>();

    PlaceMerge(DSLContext dsl, PlaceChangeRows history, String user, Instant now) {
        this.dsl = dsl;
        this.history = history;
        this.persons = new PersonPlaceMover(dsl, user, now);
    }

    MergeResult merge(PlaceKind kind, long source, long target) {
        dsl.select(GRID.ID, GRID.VILLAGE_ID, GRID.RESPONSIBILITY_TEAM_ID, GRID.NAME).from(GRID)
                .where(GRID.DELETED.isFalse()).orderBy(GRID.ID)
                .forEach(r -> grids.put(r.value1(), new GridRow(r.value2(), r.value3(), r.value4())));
        dsl.select(RESPONSIBILITY_TEAM.ID, RESPONSIBILITY_TEAM.VILLAGE_ID, RESPONSIBILITY_TEAM.NAME)
                .from(RESPONSIBILITY_TEAM).where(RESPONSIBILITY_TEAM.DELETED.isFalse()).orderBy(RESPONSIBILITY_TEAM.ID)
                .forEach(r -> teams.put(r.value1(), new TeamRow(r.value2(), r.value3())));
        PlaceRemoval.checkMerge(kind, source, target, villageOf(kind)).ifPresent(p -> {
            throw new DatabaseException(DatabaseException.Reason.MERGE_REFUSED, p.name(),
                    "Merge of " + kind + " " + source + " into " + target + " refused: " + p);
        });
        int facilities = 0;
        switch (kind) {
            case VILLAGE -> {
                villageMap.put(source, target);
                teams.forEach((id, t) -> {
                    if (t.village() == source) {
                        sameName(teams, target, t.name(), TeamRow::village, TeamRow::name)
                                .ifPresentOrElse(other -> teamMap.put(id, other), () -> movedTeams.put(id, target));
                    }
                });
                grids.forEach((id, g) -> {
                    if (g.village() == source) {
                        sameName(grids, target, g.name(), GridRow::village, GridRow::name)
                                .ifPresentOrElse(other -> gridMap.put(id, other), () -> movedGrids.put(id, target));
                    }
                });
            }
            case GRID -> gridMap.put(source, target);
            case TEAM -> teamMap.put(source, target);
            default -> throw new IllegalStateException("checked above: " + kind);
        }
        int moved = movePersons(kind == PlaceKind.VILLAGE ? source : null);
        updateGrids();
        movedTeams.forEach((id, village) -> {
            dsl.update(RESPONSIBILITY_TEAM).set(RESPONSIBILITY_TEAM.VILLAGE_ID, village)
                    .set(RESPONSIBILITY_TEAM.REVISION, RESPONSIBILITY_TEAM.REVISION.plus(DSL.inline(1L)))
                    .set(RESPONSIBILITY_TEAM.UPDATED_AT, history.at())
                    .where(RESPONSIBILITY_TEAM.ID.eq(id)).execute();
            history.write(PlaceKind.TEAM, id, PlaceField.VILLAGE.name(), PlaceRows.text(teams.get(id).village()),
                    PlaceRows.text(village));
        });
        teamMap.forEach(this::moveMembers);
        if (kind == PlaceKind.VILLAGE) {
            facilities = moveFacilities(source, target);
        }
        moveHouseholds(kind == PlaceKind.VILLAGE ? source : null);
        gridMap.forEach((from, to) -> mergedInto(PlaceKind.GRID, from, to));
        teamMap.forEach((from, to) -> mergedInto(PlaceKind.TEAM, from, to));
        if (kind == PlaceKind.VILLAGE) {
            mergedInto(PlaceKind.VILLAGE, source, target);
        }
        return kind == PlaceKind.VILLAGE
                ? new MergeResult(moved, movedGrids.size() + gridMap.size(), movedTeams.size() + teamMap.size(),
                facilities)
                : new MergeResult(moved, 0, 0, 0);
    }

    private Map<Long, Long> villageOf(PlaceKind kind) {
        Map<Long, Long> out = new HashMap<>();
        switch (kind) {
            case VILLAGE -> dsl.select(VILLAGE.ID).from(VILLAGE).where(VILLAGE.DELETED.isFalse())
                    .forEach(r -> out.put(r.value1(), r.value1()));
            case GRID -> grids.forEach((id, g) -> out.put(id, g.village()));
            case TEAM -> teams.forEach((id, t) -> out.put(id, t.village()));
            default -> {
                // not mergeable: PlaceRemoval says so
            }
        }
        return out;
    }

    private static <T> java.util.Optional<Long> sameName(Map<Long, T> rows, long village, String name,
                                                         java.util.function.ToLongFunction<T> villageOf,
                                                         java.util.function.Function<T, String> nameOf) {
        String key = PlaceNameRule.key(name);
        return rows.entrySet().stream()
                .filter(e -> villageOf.applyAsLong(e.getValue()) == village
                        && PlaceNameRule.key(nameOf.apply(e.getValue())).equals(key))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The village a (kept) grid is in once the merge is done. */
    private long villageAfter(long grid) {
        return movedGrids.getOrDefault(grid, grids.get(grid).village());
    }

    /** The village a (kept) team is in once the merge is done. */
    private long teamVillageAfter(long team) {
        return movedTeams.getOrDefault(team, teams.get(team).village());
    }

    /** The team a (kept) grid is served by once the merge is done. */
    private Long teamAfter(long grid) {
        Long team = grids.get(grid).team();
        return team == null ? null : teamMap.getOrDefault(team, team);
    }

    private int movePersons(Long village) {
        Condition which = DSL.falseCondition();
        if (village != null) {
            which = which.or(PERSON.VILLAGE_ID.eq(village));
        }
        if (!gridMap.isEmpty()) {
            which = which.or(PERSON.GRID_ID.in(gridMap.keySet()));
        }
        if (!teamMap.isEmpty()) {
            which = which.or(PERSON.RESPONSIBILITY_TEAM_ID.in(teamMap.keySet()));
        }
        int moved = 0;
        for (var p : dsl.select(PERSON.ID, PERSON.VILLAGE_ID, PERSON.GRID_ID, PERSON.RESPONSIBILITY_TEAM_ID)
                .from(PERSON).where(PERSON.DELETED.isFalse()).and(which).orderBy(PERSON.ID).fetch()) {
            Long oldGrid = p.value3();
            Long oldTeam = p.value4();
            Long grid = oldGrid == null ? null : gridMap.getOrDefault(oldGrid, oldGrid);
            long villageId = villageMap.getOrDefault(p.value2(), p.value2());
            if (grid != null && grids.containsKey(grid)) {
                villageId = villageAfter(grid);
            }
            Long team = oldTeam == null ? null : teamMap.getOrDefault(oldTeam, oldTeam);
            if (oldGrid != null && gridMap.containsKey(oldGrid) && oldTeam != null
                    && oldTeam.equals(grids.get(oldGrid).team()) && teamAfter(grid) != null) {
                team = teamAfter(grid); // served with the grid: served with the grid it joins
            }
            if (team != null && teams.containsKey(team) && teamVillageAfter(team) != villageId) {
                // a team serves its own village only: a person moved to another village takes the grid's team there
                Long gridTeam = grid == null ? null : teamAfter(grid);
                team = gridTeam != null && teams.containsKey(gridTeam) && teamVillageAfter(gridTeam) == villageId
                        ? gridTeam : null;
            }
            if (persons.move(p.value1(), villageId, grid, team)) {
                moved++;
            }
        }
        return moved;
    }

    /** Kept grids: moved ones to their new village, and every one served by a merged team to its target. */
    private void updateGrids() {
        grids.forEach((id, g) -> {
            if (gridMap.containsKey(id)) {
                return;
            }
            long village = villageAfter(id);
            Long team = teamAfter(id);
            boolean changed = history.changed(PlaceKind.GRID, id, PlaceField.VILLAGE, PlaceRows.text(g.village()),
                    PlaceRows.text(village));
            changed |= history.changed(PlaceKind.GRID, id, PlaceField.TEAM, PlaceRows.text(g.team()),
                    PlaceRows.text(team));
            if (changed) {
                dsl.update(GRID).set(GRID.VILLAGE_ID, village).set(GRID.RESPONSIBILITY_TEAM_ID, team)
                        .set(GRID.REVISION, GRID.REVISION.plus(DSL.inline(1L))).set(GRID.UPDATED_AT, history.at())
                        .where(GRID.ID.eq(id)).execute();
            }
        });
    }

    private void moveMembers(long from, long to) {
        for (Long member : dsl.select(TEAM_MEMBER.ID).from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(from))
                .and(TEAM_MEMBER.DELETED.isFalse()).orderBy(TEAM_MEMBER.ID).fetch(TEAM_MEMBER.ID)) {
            dsl.update(TEAM_MEMBER).set(TEAM_MEMBER.TEAM_ID, to)
                    .set(TEAM_MEMBER.REVISION, TEAM_MEMBER.REVISION.plus(DSL.inline(1L)))
                    .set(TEAM_MEMBER.UPDATED_AT, history.at()).where(TEAM_MEMBER.ID.eq(member)).execute();
            history.write(PlaceKind.MEMBER, member, PlaceField.TEAM.name(), PlaceRows.text(from), PlaceRows.text(to));
        }
    }

    private int moveFacilities(long from, long to) {
        int moved = 0;
        for (Long facility : dsl.select(FACILITY.ID).from(FACILITY).where(FACILITY.VILLAGE_ID.eq(from))
                .and(FACILITY.DELETED.isFalse()).orderBy(FACILITY.ID).fetch(FACILITY.ID)) {
            dsl.update(FACILITY).set(FACILITY.VILLAGE_ID, to)
                    .set(FACILITY.REVISION, FACILITY.REVISION.plus(DSL.inline(1L)))
                    .set(FACILITY.UPDATED_AT, history.at()).where(FACILITY.ID.eq(facility)).execute();
            history.write(PlaceKind.FACILITY, facility, PlaceField.VILLAGE.name(), PlaceRows.text(from),
                    PlaceRows.text(to));
            moved++;
        }
        return moved;
    }

    /** Households follow their village and grid (they keep no history of their own). */
    private void moveHouseholds(Long village) {
        Condition which = DSL.falseCondition();
        if (village != null) {
            which = which.or(HOUSEHOLD.VILLAGE_ID.eq(village));
        }
        if (!gridMap.isEmpty()) {
            which = which.or(HOUSEHOLD.GRID_ID.in(gridMap.keySet()));
        }
        for (HouseholdRecord h : dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.DELETED.isFalse()).and(which).fetch()) {
            Long grid = h.getGridId() == null ? null : gridMap.getOrDefault(h.getGridId(), h.getGridId());
            long villageId = villageMap.getOrDefault(h.getVillageId(), h.getVillageId());
            if (grid != null && grids.containsKey(grid)) {
                villageId = villageAfter(grid);
            }
            if (villageId != h.getVillageId() || !Objects.equals(grid, h.getGridId())) {
                h.setVillageId(villageId);
                h.setGridId(grid);
                PlaceRows.touch(h, HOUSEHOLD, history.at());
                h.update();
            }
        }
    }

    private void mergedInto(PlaceKind kind, long from, long to) {
        PlaceRows.tombstone(dsl, kind, from, history.at());
        history.write(kind, from, PlaceEvent.MERGED_INTO.name(), null, PlaceRows.text(to));
        history.write(kind, to, PlaceEvent.MERGED_FROM.name(), null, PlaceRows.text(from));
    }
}
