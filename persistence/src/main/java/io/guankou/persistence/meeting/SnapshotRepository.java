package io.guankou.persistence.meeting;

import static io.guankou.persistence.jooq.Tables.DAILY_SNAPSHOT;
import static io.guankou.persistence.jooq.Tables.DAILY_SNAPSHOT_VILLAGE;
import static io.guankou.persistence.jooq.Tables.VILLAGE;

import io.guankou.model.meeting.AmbulanceCount;
import io.guankou.model.meeting.ContactDay;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.LowestSupply;
import io.guankou.model.meeting.Snapshot;
import io.guankou.model.meeting.StaffFigures;
import io.guankou.model.meeting.TierCounts;
import io.guankou.model.meeting.VillageCompliance;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.DailySnapshotRecord;
import io.guankou.persistence.jooq.tables.records.DailySnapshotVillageRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The stored daily snapshots: one per day (of this township), with its villages' compliance. Storing a day again
 * updates its row in place (the county's copy follows); a village no longer in the figures is marked deleted.
 */
public final class SnapshotRepository {

    private final Database db;
    private final Clock clock;

    public SnapshotRepository(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
    }

    public void save(Snapshot snapshot) {
        db.transaction(dsl -> {
            save(dsl, snapshot);
            return null;
        });
    }

    private void save(DSLContext dsl, Snapshot s) {
        DailyFigures f = s.figures();
        String township = TownshipCode.of(dsl);
        DailySnapshotRecord row = dsl.selectFrom(DAILY_SNAPSHOT).where(DAILY_SNAPSHOT.TOWNSHIP_CODE.eq(township))
                .and(DAILY_SNAPSHOT.DAY.eq(SqlText.date(f.day()))).fetchOne();
        if (row == null) {
            row = dsl.newRecord(DAILY_SNAPSHOT);
            fresh(row, township);
            row.setDay(SqlText.date(f.day()));
        }
        row.setDeleted(false);
        row.setTakenAt(SqlText.dateTime(s.takenAt()));
        row.setLate(s.late());
        row.setRed((long) f.tiers().red());
        row.setYellow((long) f.tiers().yellow());
        row.setGreen((long) f.tiers().green());
        ContactDay c = f.contacts();
        row.setContactsDue((long) c.due());
        row.setContactsDone((long) c.done());
        row.setContactsMade((long) c.made());
        row.setOverdue((long) c.overdue());
        row.setWithTarget((long) c.withTarget());
        row.setMeetingTarget((long) c.meetingTarget());
        row.setNewInfections((long) f.newInfections());
        row.setSpo2Alerts((long) f.spo2Alerts());
        row.setReferralsOpened((long) f.referralsOpened());
        row.setOpenReferrals((long) f.openReferrals());
        row.setOldestOpenReferral(f.oldestOpenReferral() == null ? null : SqlText.dateTime(f.oldestOpenReferral()));
        row.setOximeterShortfall(big(f.oximeterShortfall()));
        LowestSupply low = f.lowestSupply();
        row.setLowestSupplyFacility(low == null ? null : low.facilityName());
        row.setLowestSupplyItem(low == null ? null : low.itemName());
        row.setLowestSupplyDays(low == null ? null : (long) low.days());
        AmbulanceCount a = f.ambulances();
        row.setAmbulancesNetworked(a == null ? null : (long) a.networked());
        row.setAmbulancesAvailable(a == null ? null : (long) a.available());
        StaffFigures st = f.staff();
        row.setStaffFacilities(st == null ? null : (long) st.facilitiesReported());
        row.setStaffTotal(st == null ? null : (long) st.total());
        row.setStaffOnDuty(st == null ? null : (long) st.onDuty());
        row.setStaffInfected(st == null ? null : (long) st.infected());
        row.setFeverVisits(st == null ? null : (long) st.feverVisits());
        row.setReturnees(big(f.returnees()));
        row.setFamilyDoctorPercent(big(f.familyDoctorPercent()));
        stamp(row);
        long snapshotId = row.getId();

        Map<Long, DailySnapshotVillageRecord> stored = new HashMap<>();
        dsl.selectFrom(DAILY_SNAPSHOT_VILLAGE).where(DAILY_SNAPSHOT_VILLAGE.SNAPSHOT_ID.eq(snapshotId)).fetch()
                .forEach(r -> stored.put(r.getVillageId(), r));
        for (VillageCompliance v : c.villages()) {
            DailySnapshotVillageRecord vr = stored.remove(v.villageId());
            if (vr == null) {
                vr = dsl.newRecord(DAILY_SNAPSHOT_VILLAGE);
                fresh(vr, township);
                vr.setSnapshotId(snapshotId);
                vr.setVillageId(v.villageId());
            }
            vr.setDeleted(false);
            vr.setWithTarget((long) v.withTarget());
            vr.setMeetingTarget((long) v.meetingTarget());
            vr.setOverdue((long) v.overdue());
            stamp(vr);
        }
        for (DailySnapshotVillageRecord gone : stored.values()) {
            if (!Boolean.TRUE.equals(gone.getDeleted())) {
                gone.setDeleted(true);
                stamp(gone);
            }
        }
    }

    /** The snapshot stored for {@code day}, if any. */
    public Optional<Snapshot> load(LocalDate day) {
        List<Snapshot> one = range(day, day);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** The snapshots stored for the days from {@code from} to {@code to}, both included, oldest first. */
    public List<Snapshot> range(LocalDate from, LocalDate to) {
        return db.read(dsl -> {
            String township = TownshipCode.of(dsl);
            List<DailySnapshotRecord> rows = dsl.selectFrom(DAILY_SNAPSHOT).where(DAILY_SNAPSHOT.TOWNSHIP_CODE.eq(township))
                    .and(DAILY_SNAPSHOT.DELETED.isFalse())
                    .and(DAILY_SNAPSHOT.DAY.between(SqlText.date(from), SqlText.date(to)))
                    .orderBy(DAILY_SNAPSHOT.DAY).fetch();
            Map<Long, List<VillageCompliance>> villages = new HashMap<>();
            if (!rows.isEmpty()) {
                dsl.select(DAILY_SNAPSHOT_VILLAGE.SNAPSHOT_ID, DAILY_SNAPSHOT_VILLAGE.VILLAGE_ID, VILLAGE.NAME,
                                DAILY_SNAPSHOT_VILLAGE.WITH_TARGET, DAILY_SNAPSHOT_VILLAGE.MEETING_TARGET,
                                DAILY_SNAPSHOT_VILLAGE.OVERDUE)
                        .from(DAILY_SNAPSHOT_VILLAGE).join(VILLAGE).on(VILLAGE.ID.eq(DAILY_SNAPSHOT_VILLAGE.VILLAGE_ID))
                        .where(DAILY_SNAPSHOT_VILLAGE.SNAPSHOT_ID.in(rows.stream().map(DailySnapshotRecord::getId).toList()))
                        .and(DAILY_SNAPSHOT_VILLAGE.DELETED.isFalse())
                        .fetch().forEach(r -> villages.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                                .add(new VillageCompliance(r.value2(), r.value3(), r.value4().intValue(),
                                        r.value5().intValue(), r.value6().intValue())));
            }
            List<Snapshot> out = new ArrayList<>(rows.size());
            for (DailySnapshotRecord r : rows) {
                List<VillageCompliance> vs = villages.getOrDefault(r.getId(), new ArrayList<>());
                vs.sort(VillageCompliance.WORST_FIRST);
                out.add(snapshot(r, vs));
            }
            return out;
        });
    }

    /** The most recent day with a stored snapshot. */
    public Optional<LocalDate> lastDay() {
        return db.read(dsl -> Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(DAILY_SNAPSHOT.DAY)).from(DAILY_SNAPSHOT)
                .where(DAILY_SNAPSHOT.TOWNSHIP_CODE.eq(TownshipCode.of(dsl))).and(DAILY_SNAPSHOT.DELETED.isFalse())
                .fetchOne(0, String.class)).map(SqlText::date));
    }

    private static Snapshot snapshot(DailySnapshotRecord r, List<VillageCompliance> villages) {
        ContactDay c = new ContactDay(i(r.getContactsDue()), i(r.getContactsDone()), i(r.getContactsMade()),
                i(r.getOverdue()), i(r.getWithTarget()), i(r.getMeetingTarget()), villages);
        LowestSupply low = r.getLowestSupplyDays() == null ? null
                : new LowestSupply(r.getLowestSupplyFacility(), r.getLowestSupplyItem(), i(r.getLowestSupplyDays()));
        AmbulanceCount a = r.getAmbulancesNetworked() == null ? null
                : new AmbulanceCount(i(r.getAmbulancesNetworked()), i(r.getAmbulancesAvailable()));
        StaffFigures st = r.getStaffTotal() == null ? null : new StaffFigures(i(r.getStaffFacilities()),
                i(r.getStaffTotal()), i(r.getStaffOnDuty()), i(r.getStaffInfected()), i(r.getFeverVisits()));
        LocalDate day = SqlText.date(r.getDay());
        DailyFigures f = new DailyFigures(day, SqlText.dateTime(r.getTakenAt()).isAfter(DailySnapshots.endOf(day))
                ? DailySnapshots.endOf(day) : SqlText.dateTime(r.getTakenAt()),
                new TierCounts(i(r.getRed()), i(r.getYellow()), i(r.getGreen())), c, i(r.getNewInfections()),
                i(r.getSpo2Alerts()), i(r.getReferralsOpened()), i(r.getOpenReferrals()),
                r.getOldestOpenReferral() == null ? null : SqlText.dateTime(r.getOldestOpenReferral()),
                small(r.getOximeterShortfall()), low, a, st, small(r.getReturnees()), small(r.getFamilyDoctorPercent()));
        return new Snapshot(f, SqlText.dateTime(r.getTakenAt()), Boolean.TRUE.equals(r.getLate()));
    }

    private void fresh(org.jooq.UpdatableRecord<?> row, String township) {
        row.set(org.jooq.impl.DSL.field("global_id", String.class), GlobalIds.standard().next(clock.instant()).toString());
        row.set(org.jooq.impl.DSL.field("township_code", String.class), township);
        row.set(org.jooq.impl.DSL.field("revision", Long.class), 0L);
        row.set(org.jooq.impl.DSL.field("deleted", Boolean.class), false);
    }

    private void stamp(org.jooq.UpdatableRecord<?> row) {
        if (!row.changed() && row.get("id") != null) {
            return;
        }
        row.set(org.jooq.impl.DSL.field("updated_at", String.class), SqlText.instant(clock.instant()));
        Number revision = (Number) row.get("revision");
        row.set(org.jooq.impl.DSL.field("revision", Long.class), revision == null ? 1L : revision.longValue() + 1);
        row.store();
    }

    private static int i(Long v) {
        return v.intValue();
    }

    private static Integer small(Long v) {
        return v == null ? null : v.intValue();
    }

    private static Long big(Integer v) {
        return v == null ? null : v.longValue();
    }
}
