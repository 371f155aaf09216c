package io.guankou.persistence.place;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.FAMILY_DOCTOR_TEAM;
import static io.guankou.persistence.jooq.Tables.GRID;
import static io.guankou.persistence.jooq.Tables.RESPONSIBILITY_TEAM;
import static io.guankou.persistence.jooq.Tables.TEAM_MEMBER;
import static io.guankou.persistence.jooq.Tables.TOWNSHIP;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.org.Facility;
import io.guankou.model.org.FacilityType;
import io.guankou.model.org.FamilyDoctorTeam;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.org.TeamMember;
import io.guankou.model.org.TeamRole;
import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Township;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceNames;
import io.guankou.model.sheet.SheetVillages;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.Meta;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.jooq.tables.records.TeamMemberRecord;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Read access to the township's places and organisations (tombstoned rows left out). */
public final class PlaceRepository {

    private final Database db;

    public PlaceRepository(Database db) {
        this.db = db;
    }

    /** The township this file belongs to; a file without one is not set up yet. */
    public Township township() {
        return db.read(dsl -> dsl.selectFrom(TOWNSHIP).where(TOWNSHIP.DELETED.isFalse())
                .orderBy(TOWNSHIP.ID).limit(1).fetchOptional()
                .map(r -> new Township(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                        r.getRevision(), r.getDeleted()), r.getCode(), r.getName()))
                .orElseThrow(() -> new DatabaseException(DatabaseException.Reason.NO_TOWNSHIP, db.file().getFileName(),
                        "The database has no township yet: " + db.file().getFileName())));
    }

    public List<Village> villages() {
        return db.read(dsl -> dsl.selectFrom(VILLAGE).where(VILLAGE.DELETED.isFalse()).orderBy(VILLAGE.CODE)
                .fetch(r -> new Village(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                        r.getRevision(), r.getDeleted()), r.getCode(), r.getName(),
                        UrbanRuralClass.fromCode(r.getUrbanRural()), point(r.getLongitude(), r.getLatitude()))));
    }

    public List<Grid> grids() {
        return db.read(dsl -> dsl.selectFrom(GRID).where(GRID.DELETED.isFalse()).orderBy(GRID.VILLAGE_ID, GRID.ID)
                .fetch(r -> new Grid(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                        r.getRevision(), r.getDeleted()), r.getVillageId(), r.getName())));
    }

    /** The responsibility team serving each grid (grids without one are absent). */
    public Map<Long, Long> gridTeams() {
        return db.read(dsl -> dsl.select(GRID.ID, GRID.RESPONSIBILITY_TEAM_ID).from(GRID)
                .where(GRID.DELETED.isFalse()).and(GRID.RESPONSIBILITY_TEAM_ID.isNotNull())
                .fetchMap(GRID.ID, GRID.RESPONSIBILITY_TEAM_ID));
    }

    public List<ResponsibilityTeam> responsibilityTeams() {
        return db.read(dsl -> {
            Map<Long, List<TeamMember>> members = dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.DELETED.isFalse())
                    .orderBy(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.ID).fetch().stream()
                    .collect(Collectors.groupingBy(TeamMemberRecord::getTeamId,
                            Collectors.mapping(PlaceRepository::member, Collectors.toList())));
            return dsl.selectFrom(RESPONSIBILITY_TEAM).where(RESPONSIBILITY_TEAM.DELETED.isFalse())
                    .orderBy(RESPONSIBILITY_TEAM.VILLAGE_ID, RESPONSIBILITY_TEAM.ID)
                    .fetch(r -> new ResponsibilityTeam(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(),
                            r.getUpdatedAt(), r.getRevision(), r.getDeleted()), r.getName(), r.getVillageId(),
                            members.getOrDefault(r.getId(), List.of())));
        });
    }

    public List<FamilyDoctorTeam> familyDoctorTeams() {
        return db.read(dsl -> dsl.selectFrom(FAMILY_DOCTOR_TEAM).where(FAMILY_DOCTOR_TEAM.DELETED.isFalse())
                .orderBy(FAMILY_DOCTOR_TEAM.ID)
                .fetch(r -> new FamilyDoctorTeam(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(),
                        r.getUpdatedAt(), r.getRevision(), r.getDeleted()), r.getName(), r.getFacilityId(),
                        r.getLeader())));
    }

    public List<Facility> facilities() {
        return db.read(dsl -> dsl.selectFrom(FACILITY).where(FACILITY.DELETED.isFalse()).orderBy(FACILITY.ID)
                .fetch(r -> new Facility(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                        r.getRevision(), r.getDeleted()), SqlText.enumValue(FacilityType.class, r.getType()),
                        r.getName(), r.getVillageId(), r.getDutyPhone(), Boolean.TRUE.equals(r.getFeverClinic()),
                        point(r.getLongitude(), r.getLatitude()))));
    }

    private static TeamMember member(TeamMemberRecord r) {
        return new TeamMember(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                r.getRevision(), r.getDeleted()), r.getName(), SqlText.enumValue(TeamRole.class, r.getRole()),
                r.getPhone(), Boolean.TRUE.equals(r.getMedical()));
    }

    private static GeoPoint point(Double longitude, Double latitude) {
        return longitude == null || latitude == null ? null : new GeoPoint(longitude, latitude);
    }

    /** Villages, grids and teams as a sheet import matches them (a new one for each sheet read). */
    public SheetVillages sheetPlaces() {
        return new SheetVillages(villages(), grids(), responsibilityTeams(), gridTeams());
    }

    /** The name of every place the ledger ever had, removed and merged ones included: for history rows. */
    public PlaceNames names() {
        return db.read(dsl -> {
            Map<PlaceKind, Map<Long, String>> names = new EnumMap<>(PlaceKind.class);
            names.put(PlaceKind.VILLAGE, dsl.select(VILLAGE.ID, VILLAGE.NAME).from(VILLAGE)
                    .fetchMap(VILLAGE.ID, VILLAGE.NAME));
            names.put(PlaceKind.GRID, dsl.select(GRID.ID, GRID.NAME).from(GRID).fetchMap(GRID.ID, GRID.NAME));
            names.put(PlaceKind.TEAM, dsl.select(RESPONSIBILITY_TEAM.ID, RESPONSIBILITY_TEAM.NAME)
                    .from(RESPONSIBILITY_TEAM).fetchMap(RESPONSIBILITY_TEAM.ID, RESPONSIBILITY_TEAM.NAME));
            names.put(PlaceKind.MEMBER, dsl.select(TEAM_MEMBER.ID, TEAM_MEMBER.NAME).from(TEAM_MEMBER)
                    .fetchMap(TEAM_MEMBER.ID, TEAM_MEMBER.NAME));
            names.put(PlaceKind.FACILITY, dsl.select(FACILITY.ID, FACILITY.NAME).from(FACILITY)
                    .fetchMap(FACILITY.ID, FACILITY.NAME));
            return new PlaceNames(names);
        });
    }
}
