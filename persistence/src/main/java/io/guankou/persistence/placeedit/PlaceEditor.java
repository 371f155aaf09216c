package io.guankou.persistence.placeedit;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.TEAM_MEMBER;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.FacilityEdit;
import io.guankou.model.place.rules.FacilityRules;
import io.guankou.model.place.rules.GridEdit;
import io.guankou.model.place.rules.GridRules;
import io.guankou.model.place.rules.MemberEdit;
import io.guankou.model.place.rules.MemberRules;
import io.guankou.model.place.rules.PlaceEvent;
import io.guankou.model.place.rules.PlaceField;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceProblem;
import io.guankou.model.place.rules.PlaceRemoval;
import io.guankou.model.place.rules.PlaceUse;
import io.guankou.model.place.rules.TeamEdit;
import io.guankou.model.place.rules.TeamRules;
import io.guankou.model.place.rules.VillageEdit;
import io.guankou.model.place.rules.VillageRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.jooq.tables.records.FacilityRecord;
import io.guankou.persistence.jooq.tables.records.GridRecord;
import io.guankou.persistence.jooq.tables.records.ResponsibilityTeamRecord;
import io.guankou.persistence.jooq.tables.records.TeamMemberRecord;
import io.guankou.persistence.jooq.tables.records.VillageRecord;
import io.guankou.persistence.place.PlaceChangeRows;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The places editor's writes: add and edit villages, grids, teams, members and facilities; remove a place that
 * holds nothing; merge a village, grid or team into another of its kind. Each call is one transaction that checks
 * the rules of {@code model.place.rules} against the ledger as it is then, writes the rows with their exchange
 * columns moving, and one history row ({@code place_change}) per changed field or event. Persons point at places by
 * id, so a rename or recode never touches them; a merge moves them with their own history.
 */
public final class PlaceEditor {

    private final Database db;
    private final Clock clock;
    private final PlaceRepository places;

    public PlaceEditor(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.places = new PlaceRepository(db);
    }

    /**
     * Adds ({@code id == 0}) or edits a village.
     *
     * @param codeChecked the office checked an unchanged code and keeps it: an import's placeholder code is then
     *                    settled (one {@link PlaceEvent#CODE_CONFIRMED} row, once)
     * @return the village's id
     * @throws PlaceRejectedException when a rule refuses it
     */
    public long saveVillage(VillageEdit edit, boolean codeChecked, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            String township = TownshipCode.of(dsl);
            List<Village> all = PlaceHistoryRepository.villages(dsl, DSL.trueCondition());
            reject(VillageRules.check(edit, township, all));
            PlaceChangeRows history = history(dsl, township, user);
            GeoPoint point = edit.centroid();
            Double lon = point == null ? null : point.longitude();
            Double lat = point == null ? null : point.latitude();
            if (edit.isNew()) {
                VillageRecord r = dsl.newRecord(VILLAGE);
                PlaceRows.fresh(r, VILLAGE, township, history.at());
                fill(r, edit, lon, lat);
                r.store();
                history.write(PlaceKind.VILLAGE, r.getId(), PlaceEvent.CREATED.name(), null, edit.name());
                return r.getId();
            }
            VillageRecord r = PlaceRows.live(dsl, VILLAGE, PlaceKind.VILLAGE, edit.id());
            long id = r.getId();
            boolean changed = history.changed(PlaceKind.VILLAGE, id, PlaceField.CODE, r.getCode(), edit.code());
            changed |= history.changed(PlaceKind.VILLAGE, id, PlaceField.NAME, r.getName(), edit.name());
            changed |= history.changed(PlaceKind.VILLAGE, id, PlaceField.URBAN_RURAL, r.getUrbanRural(),
                    edit.urbanRural().code());
            changed |= history.changed(PlaceKind.VILLAGE, id, PlaceField.LONGITUDE, PlaceRows.text(r.getLongitude()),
                    PlaceRows.text(lon));
            changed |= history.changed(PlaceKind.VILLAGE, id, PlaceField.LATITUDE, PlaceRows.text(r.getLatitude()),
                    PlaceRows.text(lat));
            if (codeChecked && r.getCode().equals(edit.code())
                    && !PlaceHistoryRepository.settledVillageCodes(dsl).contains(id)) {
                history.write(PlaceKind.VILLAGE, id, PlaceEvent.CODE_CONFIRMED.name(), null, edit.code());
            }
            if (changed) {
                fill(r, edit, lon, lat);
                PlaceRows.touch(r, VILLAGE, history.at());
                r.update();
            }
            return id;
        });
    }

    private static void fill(VillageRecord r, VillageEdit edit, Double lon, Double lat) {
        r.setCode(edit.code());
        r.setName(edit.name());
        r.setUrbanRural(edit.urbanRural().code());
        r.setLongitude(lon);
        r.setLatitude(lat);
    }

    /** Adds or edits a grid; returns its id. */
    public long saveGrid(GridEdit edit, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            PlaceUse use = edit.isNew() ? PlaceUse.NONE : PlaceUseRepository.use(dsl, PlaceKind.GRID, edit.id());
            reject(GridRules.check(edit, places.villages(), places.grids(), places.responsibilityTeams(), use));
            String township = TownshipCode.of(dsl);
            PlaceChangeRows history = history(dsl, township, user);
            if (edit.isNew()) {
                GridRecord r = dsl.newRecord(GRID);
                PlaceRows.fresh(r, GRID, township, history.at());
                r.setVillageId(edit.villageId());
                r.setName(edit.name());
                r.setResponsibilityTeamId(edit.teamId());
                r.store();
                history.write(PlaceKind.GRID, r.getId(), PlaceEvent.CREATED.name(), null, edit.name());
                return r.getId();
            }
            GridRecord r = PlaceRows.live(dsl, GRID, PlaceKind.GRID, edit.id());
            long id = r.getId();
            boolean changed = history.changed(PlaceKind.GRID, id, PlaceField.NAME, r.getName(), edit.name());
            changed |= history.changed(PlaceKind.GRID, id, PlaceField.VILLAGE, PlaceRows.text(r.getVillageId()),
                    PlaceRows.text(edit.villageId()));
            changed |= history.changed(PlaceKind.GRID, id, PlaceField.TEAM,
                    PlaceRows.text(r.getResponsibilityTeamId()), PlaceRows.text(edit.teamId()));
            if (changed) {
                r.setName(edit.name());
                r.setVillageId(edit.villageId());
                r.setResponsibilityTeamId(edit.teamId());
                PlaceRows.touch(r, GRID, history.at());
                r.update();
            }
            return id;
        });
    }

    /** Adds or edits a responsibility team (not its members: {@link #saveMember}); returns its id. */
    public long saveTeam(TeamEdit edit, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            PlaceUse use = edit.isNew() ? PlaceUse.NONE : PlaceUseRepository.use(dsl, PlaceKind.TEAM, edit.id());
            reject(TeamRules.check(edit, places.villages(), places.responsibilityTeams(), use));
            String township = TownshipCode.of(dsl);
            PlaceChangeRows history = history(dsl, township, user);
            if (edit.isNew()) {
                ResponsibilityTeamRecord r = dsl.newRecord(RESPONSIBILITY_TEAM);
                PlaceRows.fresh(r, RESPONSIBILITY_TEAM, township, history.at());
                r.setVillageId(edit.villageId());
                r.setName(edit.name());
                r.store();
                history.write(PlaceKind.TEAM, r.getId(), PlaceEvent.CREATED.name(), null, edit.name());
                return r.getId();
            }
            ResponsibilityTeamRecord r = PlaceRows.live(dsl, RESPONSIBILITY_TEAM, PlaceKind.TEAM, edit.id());
            long id = r.getId();
            boolean changed = history.changed(PlaceKind.TEAM, id, PlaceField.NAME, r.getName(), edit.name());
            changed |= history.changed(PlaceKind.TEAM, id, PlaceField.VILLAGE, PlaceRows.text(r.getVillageId()),
                    PlaceRows.text(edit.villageId()));
            if (changed) {
                r.setName(edit.name());
                r.setVillageId(edit.villageId());
                PlaceRows.touch(r, RESPONSIBILITY_TEAM, history.at());
                r.update();
            }
            return id;
        });
    }

    /** Adds or edits a member of a team in the ledger; returns the member's id. */
    public long saveMember(MemberEdit edit, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            reject(MemberRules.check(edit));
            PlaceRows.liveName(dsl, PlaceKind.TEAM, edit.teamId());
            String township = TownshipCode.of(dsl);
            PlaceChangeRows history = history(dsl, township, user);
            if (edit.isNew()) {
                TeamMemberRecord r = dsl.newRecord(TEAM_MEMBER);
                PlaceRows.fresh(r, TEAM_MEMBER, township, history.at());
                r.setTeamId(edit.teamId());
                fill(r, edit);
                r.store();
                history.write(PlaceKind.MEMBER, r.getId(), PlaceEvent.CREATED.name(), null, edit.name());
                return r.getId();
            }
            TeamMemberRecord r = PlaceRows.live(dsl, TEAM_MEMBER, PlaceKind.MEMBER, edit.id());
            long id = r.getId();
            boolean changed = history.changed(PlaceKind.MEMBER, id, PlaceField.NAME, r.getName(), edit.name());
            changed |= history.changed(PlaceKind.MEMBER, id, PlaceField.ROLE, r.getRole(), edit.role().name());
            changed |= history.changed(PlaceKind.MEMBER, id, PlaceField.PHONE, r.getPhone(), blankToNull(edit.phone()));
            changed |= history.changed(PlaceKind.MEMBER, id, PlaceField.MEDICAL,
                    String.valueOf(Boolean.TRUE.equals(r.getMedical())), String.valueOf(edit.medical()));
            if (changed) {
                fill(r, edit);
                PlaceRows.touch(r, TEAM_MEMBER, history.at());
                r.update();
            }
            return id;
        });
    }

    private static void fill(TeamMemberRecord r, MemberEdit edit) {
        r.setName(edit.name());
        r.setRole(edit.role().name());
        r.setPhone(blankToNull(edit.phone()));
        r.setMedical(edit.medical());
    }

    /** Adds or edits a health facility; returns its id. */
    public long saveFacility(FacilityEdit edit, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            reject(FacilityRules.check(edit, places.villages(), places.facilities()));
            String township = TownshipCode.of(dsl);
            PlaceChangeRows history = history(dsl, township, user);
            GeoPoint point = edit.location();
            Double lon = point == null ? null : point.longitude();
            Double lat = point == null ? null : point.latitude();
            if (edit.isNew()) {
                FacilityRecord r = dsl.newRecord(FACILITY);
                PlaceRows.fresh(r, FACILITY, township, history.at());
                fill(r, edit, lon, lat);
                r.store();
                history.write(PlaceKind.FACILITY, r.getId(), PlaceEvent.CREATED.name(), null, edit.name());
                return r.getId();
            }
            FacilityRecord r = PlaceRows.live(dsl, FACILITY, PlaceKind.FACILITY, edit.id());
            long id = r.getId();
            PlaceKind k = PlaceKind.FACILITY;
            boolean changed = history.changed(k, id, PlaceField.TYPE, r.getType(), edit.type().name());
            changed |= history.changed(k, id, PlaceField.NAME, r.getName(), edit.name());
            changed |= history.changed(k, id, PlaceField.VILLAGE, PlaceRows.text(r.getVillageId()),
                    PlaceRows.text(edit.villageId()));
            changed |= history.changed(k, id, PlaceField.DUTY_PHONE, r.getDutyPhone(), blankToNull(edit.dutyPhone()));
            changed |= history.changed(k, id, PlaceField.FEVER_CLINIC,
                    String.valueOf(Boolean.TRUE.equals(r.getFeverClinic())), String.valueOf(edit.feverClinic()));
            changed |= history.changed(k, id, PlaceField.LONGITUDE, PlaceRows.text(r.getLongitude()),
                    PlaceRows.text(lon));
            changed |= history.changed(k, id, PlaceField.LATITUDE, PlaceRows.text(r.getLatitude()),
                    PlaceRows.text(lat));
            if (changed) {
                fill(r, edit, lon, lat);
                PlaceRows.touch(r, FACILITY, history.at());
                r.update();
            }
            return id;
        });
    }

    private static void fill(FacilityRecord r, FacilityEdit edit, Double lon, Double lat) {
        r.setType(edit.type().name());
        r.setName(edit.name());
        r.setVillageId(edit.villageId());
        r.setDutyPhone(blankToNull(edit.dutyPhone()));
        r.setFeverClinic(edit.feverClinic());
        r.setLongitude(lon);
        r.setLatitude(lat);
    }

    /**
     * Removes (tombstones) a place that holds nothing ({@link PlaceRemoval#removable}); a team's members go with
     * it. Its row, code and history stay.
     *
     * @throws DatabaseException {@code PLACE_IN_USE} when it holds persons or places: merge it instead
     */
    public void remove(PlaceKind kind, long id, String user) {
        requireUser(user);
        db.transaction(dsl -> {
            String name = PlaceRows.liveName(dsl, kind, id);
            PlaceUse use = PlaceUseRepository.use(dsl, kind, id);
            if (!PlaceRemoval.removable(kind, use)) {
                throw new DatabaseException(DatabaseException.Reason.PLACE_IN_USE, kind + " " + id,
                        "The " + kind + " " + id + " holds persons or places: " + use);
            }
            PlaceChangeRows history = history(dsl, TownshipCode.of(dsl), user);
            if (kind == PlaceKind.TEAM) {
                for (var m : dsl.select(TEAM_MEMBER.ID, TEAM_MEMBER.NAME).from(TEAM_MEMBER)
                        .where(TEAM_MEMBER.TEAM_ID.eq(id)).and(TEAM_MEMBER.DELETED.isFalse()).fetch()) {
                    PlaceRows.tombstone(dsl, PlaceKind.MEMBER, m.value1(), history.at());
                    history.write(PlaceKind.MEMBER, m.value1(), PlaceEvent.REMOVED.name(), m.value2(), null);
                }
            }
            PlaceRows.tombstone(dsl, kind, id, history.at());
            history.write(kind, id, PlaceEvent.REMOVED.name(), name, null);
            return null;
        });
    }

    /**
     * Merges a village, grid or team into another of its kind and removes it, in one transaction: every person
     * pointing at it moves to the target (with a person history row per changed field), and so do its grids,
     * teams, facilities, households and members. See {@link PlaceMerge} for what goes where.
     *
     * @throws DatabaseException {@code MERGE_REFUSED} when {@link PlaceRemoval#checkMerge} refuses it
     */
    public MergeResult merge(PlaceKind kind, long sourceId, long targetId, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            PlaceChangeRows history = history(dsl, TownshipCode.of(dsl), user);
            return new PlaceMerge(dsl, history, user, clock.instant()).merge(kind, sourceId, targetId);
        });
    }

    private PlaceChangeRows history(DSLContext dsl, String township, String user) {
        return new PlaceChangeRows(dsl, township, user, SqlText.instant(clock.instant()));
    }

    private static void reject(List<PlaceProblem> problems) {
        if (!problems.isEmpty()) {
            throw new PlaceRejectedException(problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
    }
}
