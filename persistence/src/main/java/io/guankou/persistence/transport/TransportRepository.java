package io.guankou.persistence.transport;

import static io.guankou.persistence.jooq.Tables.AMBULANCE;
import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.FLEET_VEHICLE;
import static io.guankou.persistence.jooq.Tables.PERSON;
import static io.guankou.persistence.jooq.Tables.VILLAGE;
import static io.guankou.persistence.jooq.Tables.VILLAGE_TRAVEL_TIME;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;

import io.guankou.model.person.Tier;
import io.guankou.model.sync.GlobalIds;
import io.guankou.model.transport.Ambulance;
import io.guankou.model.transport.AmbulanceEdit;
import io.guankou.model.transport.AmbulanceRules;
import io.guankou.model.transport.AmbulanceStatus;
import io.guankou.model.transport.FleetAvailability;
import io.guankou.model.transport.FleetRules;
import io.guankou.model.transport.FleetVehicle;
import io.guankou.model.transport.FleetVehicleEdit;
import io.guankou.model.transport.MeasuredMinutes;
import io.guankou.model.transport.TransportProblem;
import io.guankou.persistence.Database;
import io.guankou.persistence.Meta;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.AmbulanceRecord;
import io.guankou.persistence.jooq.tables.records.FleetVehicleRecord;
import io.guankou.persistence.jooq.tables.records.VillageTravelTimeRecord;
import io.guankou.persistence.ledger.LedgerQueries;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Ambulances, the non-emergency fleet and the travel times measured per village. Every write is one transaction that
 * checks the rules of model.transport against what is stored at that moment; removals are tombstones.
 */
public final class TransportRepository {

    private final Database db;
    private final Clock clock;

    public TransportRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The ambulances, by base and plate. */
    public List<Ambulance> ambulances() {
        return db.read(TransportRepository::ambulances);
    }

    private static List<Ambulance> ambulances(DSLContext dsl) {
        return dsl.selectFrom(AMBULANCE).where(AMBULANCE.DELETED.isFalse())
                .orderBy(AMBULANCE.FACILITY_ID, AMBULANCE.PLATE, AMBULANCE.ID)
                .fetch(r -> new Ambulance(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(), r.getUpdatedAt(),
                        r.getRevision(), r.getDeleted()), r.getFacilityId(), r.getPlate(),
                        Boolean.TRUE.equals(r.getNetworked()), SqlText.enumValue(AmbulanceStatus.class, r.getStatus())));
    }

    /** The fleet, in the order the vehicles were entered. */
    public List<FleetVehicle> fleet() {
        return db.read(dsl -> dsl.selectFrom(FLEET_VEHICLE).where(FLEET_VEHICLE.DELETED.isFalse())
                .orderBy(FLEET_VEHICLE.ID)
                .fetch(r -> new FleetVehicle(r.getId(), Meta.of(r.getGlobalId(), r.getTownshipCode(),
                        r.getUpdatedAt(), r.getRevision(), r.getDeleted()), r.getOwner(), r.getPhone(),
                        r.getSeats().intValue(), SqlText.enumValue(FleetAvailability.class, r.getAvailability()))));
    }

    /** The measured minutes by village id; of two live rows for one village (a merge), the latest counts. */
    public Map<Long, Integer> measuredMinutes() {
        return db.read(dsl -> {
            Map<Long, Integer> m = new HashMap<>();
            dsl.selectFrom(VILLAGE_TRAVEL_TIME).where(VILLAGE_TRAVEL_TIME.DELETED.isFalse())
                    .orderBy(VILLAGE_TRAVEL_TIME.UPDATED_AT, VILLAGE_TRAVEL_TIME.ID)
                    .forEach(r -> m.put(r.getVillageId(), r.getMinutes().intValue()));
            return m;
        });
    }

    /** Red-tier persons (effective tier) per village id, of the persons still in the ledger. */
    public Map<Long, Integer> redPersons() {
        return db.read(dsl -> {
            Map<Long, Integer> m = new HashMap<>();
            dsl.select(PERSON.VILLAGE_ID, count()).from(PERSON).where(LedgerQueries.active())
                    .and(coalesce(PERSON.OVERRIDE_TIER, PERSON.COMPUTED_TIER).eq(Tier.RED.name()))
                    .groupBy(PERSON.VILLAGE_ID)
                    .forEach(r -> m.put(r.value1(), r.value2()));
            return m;
        });
    }

    /** Adds ({@code id} 0) or changes an ambulance; returns its id. */
    public long saveAmbulance(AmbulanceEdit edit, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            List<Long> facilities = dsl.select(FACILITY.ID).from(FACILITY).where(FACILITY.DELETED.isFalse())
                    .fetch(FACILITY.ID);
            List<TransportProblem> problems = AmbulanceRules.check(edit, facilities, ambulances(dsl));
            if (!problems.isEmpty()) {
                throw TransportRefused.invalid(problems);
            }
            AmbulanceRecord row = edit.id() == 0 ? newAmbulance(dsl) : liveAmbulance(dsl, edit.id());
            row.setFacilityId(edit.facilityId());
            row.setPlate(AmbulanceRules.plate(edit.plate()));
            row.setNetworked(edit.networked());
            row.setStatus(edit.status().name());
            return store(row, user);
        });
    }

    public void removeAmbulance(long id, String user) {
        requireUser(user);
        db.transaction(dsl -> {
            AmbulanceRecord row = liveAmbulance(dsl, id);
            row.setDeleted(true);
            return store(row, user);
        });
    }

    /** Adds ({@code id} 0) or changes a fleet vehicle; returns its id. */
    public long saveFleetVehicle(FleetVehicleEdit edit, String user) {
        requireUser(user);
        return db.transaction(dsl -> {
            List<TransportProblem> problems = FleetRules.check(edit);
            if (!problems.isEmpty()) {
                throw TransportRefused.invalid(problems);
            }
            FleetVehicleRecord row = edit.id() == 0 ? newVehicle(dsl) : liveVehicle(dsl, edit.id());
            row.setOwner(FleetRules.owner(edit.owner()));
            row.setPhone(FleetRules.phone(edit.phone()));
            row.setSeats((long) FleetRules.seats(edit));
            row.setAvailability(edit.availability().name());
            return store(row, user);
        });
    }

    public void removeFleetVehicle(long id, String user) {
        requireUser(user);
        db.transaction(dsl -> {
            FleetVehicleRecord row = liveVehicle(dsl, id);
            row.setDeleted(true);
            return store(row, user);
        });
    }

    /**
     * Sets the measured travel time of a village as typed ({@link MeasuredMinutes}); blank removes it, so the
     * estimate counts again.
     */
    public void setMeasuredMinutes(long villageId, String typed, String user) {
        requireUser(user);
        MeasuredMinutes m = MeasuredMinutes.parse(typed);
        if (!m.ok()) {
            throw TransportRefused.invalid(List.of(m.problem()));
        }
        db.transaction(dsl -> {
            if (!dsl.fetchExists(VILLAGE, VILLAGE.ID.eq(villageId).and(VILLAGE.DELETED.isFalse()))) {
                throw TransportRefused.gone("village", villageId);
            }
            List<VillageTravelTimeRecord> rows = dsl.selectFrom(VILLAGE_TRAVEL_TIME)
                    .where(VILLAGE_TRAVEL_TIME.VILLAGE_ID.eq(villageId))
                    .orderBy(VILLAGE_TRAVEL_TIME.DELETED.asc(), VILLAGE_TRAVEL_TIME.UPDATED_AT.desc(),
                            VILLAGE_TRAVEL_TIME.ID.desc()).fetch();
            if (m.minutes() == null) {
                for (VillageTravelTimeRecord r : rows) {
                    if (!Boolean.TRUE.equals(r.getDeleted())) {
                        r.setDeleted(true);
                        store(r, user);
                    }
                }
                return null;
            }
            VillageTravelTimeRecord row;
            if (rows.isEmpty()) {
                row = dsl.newRecord(VILLAGE_TRAVEL_TIME);
                row.setGlobalId(GlobalIds.standard().next(clock.instant()).toString());
                row.setTownshipCode(TownshipCode.of(dsl));
                row.setVillageId(villageId);
                row.setRevision(0L);
            } else {
                row = rows.get(0);
            }
            if (Boolean.FALSE.equals(row.getDeleted()) && Objects.equals(row.getMinutes(), (long) m.minutes())) {
                return null;
            }
            row.setMinutes((long) m.minutes());
            row.setDeleted(false);
            store(row, user);
            return null;
        });
    }

    private AmbulanceRecord newAmbulance(DSLContext dsl) {
        AmbulanceRecord row = dsl.newRecord(AMBULANCE);
        row.setGlobalId(GlobalIds.standard().next(clock.instant()).toString());
        row.setTownshipCode(TownshipCode.of(dsl));
        row.setRevision(0L);
        row.setDeleted(false);
        return row;
    }

    private static AmbulanceRecord liveAmbulance(DSLContext dsl, long id) {
        AmbulanceRecord row = dsl.selectFrom(AMBULANCE).where(AMBULANCE.ID.eq(id)).and(AMBULANCE.DELETED.isFalse())
                .fetchOne();
        if (row == null) {
            throw TransportRefused.gone("ambulance", id);
        }
        return row;
    }

    private FleetVehicleRecord newVehicle(DSLContext dsl) {
        FleetVehicleRecord row = dsl.newRecord(FLEET_VEHICLE);
        row.setGlobalId(GlobalIds.standard().next(clock.instant()).toString());
        row.setTownshipCode(TownshipCode.of(dsl));
        row.setRevision(0L);
        row.setDeleted(false);
        return row;
    }

    private static FleetVehicleRecord liveVehicle(DSLContext dsl, long id) {
        FleetVehicleRecord row = dsl.selectFrom(FLEET_VEHICLE).where(FLEET_VEHICLE.ID.eq(id))
                .and(FLEET_VEHICLE.DELETED.isFalse()).fetchOne();
        if (row == null) {
            throw TransportRefused.gone("fleet_vehicle", id);
        }
        return row;
    }

    /** Stamps and stores a row that changed (an unchanged one is left as it is); returns its id. */
    private long store(org.jooq.UpdatableRecord<?> row, String user) {
        if (!row.changed() && row.get("id") != null) {
            return ((Number) row.get("id")).longValue();
        }
        row.set(org.jooq.impl.DSL.field("updated_by", String.class), user);
        row.set(org.jooq.impl.DSL.field("updated_at", String.class), SqlText.instant(clock.instant()));
        Number revision = (Number) row.get("revision");
        row.set(org.jooq.impl.DSL.field("revision", Long.class), revision == null ? 1L : revision.longValue() + 1);
        row.store();
        return ((Number) row.get("id")).longValue();
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
    }
}
