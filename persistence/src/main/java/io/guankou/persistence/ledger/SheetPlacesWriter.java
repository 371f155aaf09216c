package io.guankou.persistence.ledger;

import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.TEAM_MEMBER;

import io.guankou.model.org.TeamRole;
import io.guankou.model.sheet.GridToCreate;
import io.guankou.model.sheet.SheetText;
import io.guankou.model.sheet.SheetVillages;
import io.guankou.model.sheet.UnknownGrid;
import io.guankou.model.sheet.UnknownTeam;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.GridRecord;
import io.guankou.persistence.jooq.tables.records.ResponsibilityTeamRecord;
import io.guankou.persistence.jooq.tables.records.TeamMemberRecord;
import io.guankou.model.place.rules.PlaceEvent;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.persistence.place.PlaceChangeRows;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Creates the responsibility teams and grids an import plan needs, inside the import's transaction and before any
 * person is written, so that the rows' placeholder ids can be replaced by the new ones. A team created for a
 * responsible person gets that person as its one member, in the leader's role ({@link TeamRole#leader()}, not
 * medical: the places editor adds the rest). A grid gets the team the plan gives it, or none. Every row carries
 * the exchange columns (global id, township, updated at, revision 1) like the villages an import creates.
 *
 * <p>A village that has a team or grid of that name by the time the plan is applied (the user mapped the sheet's
 * village to it, or someone created it meanwhile) keeps it: the rows get that one and nothing is created.
 */
final class SheetPlacesWriter {

    /** Placeholder to stored id, for teams and grids, and how many were created (not found). */
    record Written(Map<Long, Long> teams, Map<Long, Long> grids, int teamsCreated, int gridsCreated) {

        /** The stored id for a row's grid or team: a placeholder replaced, anything else as it is. */
        static Long resolve(Long id, Map<Long, Long> created) {
            if (id == null || !SheetVillages.isPlaceholder(id)) {
                return id;
            }
            Long stored = created.get(id);
            if (stored == null) {
                throw new IllegalStateException("a row names a grid or team the plan does not create");
            }
            return stored;
        }
    }

    private final DSLContext dsl;
    private final String township;
    private final Instant at;
    private final Map<Long, Long> villages;

    /**
     * @param villages the villages created by this import: placeholder to stored id
     */
    private final PlaceChangeRows history;

    /** @param history where the creation of each grid, team and member is recorded (the importing user, now) */
    SheetPlacesWriter(DSLContext dsl, String township, Instant at, Map<Long, Long> villages, PlaceChangeRows history) {
        this.history = history;
        this.dsl = dsl;
        this.township = township;
        this.at = at;
        this.villages = villages;
    }

    Written write(List<UnknownTeam> teams, List<GridToCreate> grids) {
        Map<Long, Long> teamIds = new HashMap<>();
        int teamsCreated = 0;
        if (!teams.isEmpty()) {
            Map<String, Long> existing = new HashMap<>();
            dsl.select(RESPONSIBILITY_TEAM.VILLAGE_ID, RESPONSIBILITY_TEAM.NAME, RESPONSIBILITY_TEAM.ID)
                    .from(RESPONSIBILITY_TEAM).where(RESPONSIBILITY_TEAM.DELETED.isFalse())
                    .orderBy(RESPONSIBILITY_TEAM.ID)
                    .forEach(r -> existing.putIfAbsent(key(r.value1(), r.value2()), r.value3()));
            for (UnknownTeam t : teams) {
                long village = village(t.villageId());
                Long id = existing.get(key(village, t.name()));
                if (id == null) {
                    id = createTeam(t, village);
                    existing.put(key(village, t.name()), id);
                    teamsCreated++;
                }
                teamIds.put(t.placeholderId(), id);
            }
        }
        Map<Long, Long> gridIds = new HashMap<>();
        int gridsCreated = 0;
        if (!grids.isEmpty()) {
            Map<String, Long> existing = new HashMap<>();
            dsl.select(GRID.VILLAGE_ID, GRID.NAME, GRID.ID).from(GRID).where(GRID.DELETED.isFalse()).orderBy(GRID.ID)
                    .forEach(r -> existing.putIfAbsent(key(r.value1(), r.value2()), r.value3()));
            for (GridToCreate g : grids) {
                UnknownGrid grid = g.grid();
                long village = village(grid.villageId());
                Long id = existing.get(key(village, grid.name()));
                if (id == null) {
                    id = createGrid(grid, village, Written.resolve(g.teamId(), teamIds));
                    existing.put(key(village, grid.name()), id);
                    gridsCreated++;
                }
                gridIds.put(grid.placeholderId(), id);
            }
        }
        return new Written(teamIds, gridIds, teamsCreated, gridsCreated);
    }

    private long createTeam(UnknownTeam t, long village) {
        ResponsibilityTeamRecord r = dsl.newRecord(RESPONSIBILITY_TEAM);
        r.setGlobalId(GlobalIds.standard().next(at).toString());
        r.setTownshipCode(township);
        r.setUpdatedAt(SqlText.instant(at));
        r.setRevision(1L);
        r.setDeleted(false);
        r.setName(t.name());
        r.setVillageId(village);
        r.store();
        history.write(PlaceKind.TEAM, r.getId(), PlaceEvent.CREATED.name(), null, t.name());
        if (t.leader() != null) {
            TeamMemberRecord m = dsl.newRecord(TEAM_MEMBER);
            m.setGlobalId(GlobalIds.standard().next(at).toString());
            m.setTownshipCode(township);
            m.setUpdatedAt(SqlText.instant(at));
            m.setRevision(1L);
            m.setDeleted(false);
            m.setTeamId(r.getId());
            m.setName(t.leader());
            m.setRole(TeamRole.leader().name());
            m.setMedical(false);
            m.store();
            history.write(PlaceKind.MEMBER, m.getId(), PlaceEvent.CREATED.name(), null, t.leader());
        }
        return r.getId();
    }

    private long createGrid(UnknownGrid g, long village, Long team) {
        GridRecord r = dsl.newRecord(GRID);
        r.setGlobalId(GlobalIds.standard().next(at).toString());
        r.setTownshipCode(township);
        r.setUpdatedAt(SqlText.instant(at));
        r.setRevision(1L);
        r.setDeleted(false);
        r.setVillageId(village);
        r.setName(g.name());
        r.setResponsibilityTeamId(team);
        r.store();
        history.write(PlaceKind.GRID, r.getId(), PlaceEvent.CREATED.name(), null, g.name());
        return r.getId();
    }

    private long village(long villageId) {
        if (!SheetVillages.isPlaceholder(villageId)) {
            return villageId;
        }
        Long created = villages.get(villageId);
        if (created == null) {
            throw new IllegalStateException("a grid or team of a village the plan does not create");
        }
        return created;
    }

    private static String key(long villageId, String name) {
        return villageId + "|" + SheetText.normalise(name);
    }
}
