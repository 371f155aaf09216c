package io.guankou.persistence.meeting;

import static io.guankou.persistence.jooq.Tables.FACILITY;
import static io.guankou.persistence.jooq.Tables.FACILITY_DAY;

import io.guankou.model.meeting.FacilityDay;
import io.guankou.model.meeting.FacilityDayRules;
import io.guankou.model.org.FacilityType;
import io.guankou.model.sync.GlobalIds;
import io.guankou.persistence.Database;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TownshipCode;
import io.guankou.persistence.jooq.tables.records.FacilityDayRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * The facilities' daily entries for the dispatch meeting (staff, on post, infected, fever-clinic visits), one row
 * per facility and day: entering a day again corrects it.
 */
public final class FacilityDayRepository {

    private final Database db;
    private final Clock clock;

    public FacilityDayRepository(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Every live facility (in type order, then name) with its entry for {@code day}, if any. */
    public List<DailyEntryFacility> form(LocalDate day) {
        return db.read(dsl -> {
            Map<Long, FacilityDay> entries = entries(dsl, day);
            List<DailyEntryFacility> out = new ArrayList<>();
            dsl.select(FACILITY.ID, FACILITY.NAME, FACILITY.TYPE, FACILITY.FEVER_CLINIC).from(FACILITY)
                    .where(FACILITY.DELETED.isFalse()).fetch().forEach(r -> out.add(new DailyEntryFacility(r.value1(),
                            r.value2(), FacilityType.valueOf(r.value3()), Boolean.TRUE.equals(r.value4()),
                            entries.get(r.value1()))));
            out.sort((a, b) -> a.type() != b.type() ? a.type().compareTo(b.type()) : a.name().compareTo(b.name()));
            return out;
        });
    }

    /** The entries made for {@code day}, of live facilities. */
    public List<FacilityDay> entries(LocalDate day) {
        return db.read(dsl -> new ArrayList<>(entries(dsl, day).values()));
    }

    private static Map<Long, FacilityDay> entries(DSLContext dsl, LocalDate day) {
        Map<Long, FacilityDay> out = new HashMap<>();
        dsl.select(FACILITY_DAY.FACILITY_ID, FACILITY_DAY.STAFF_TOTAL, FACILITY_DAY.STAFF_ON_DUTY,
                        FACILITY_DAY.STAFF_INFECTED, FACILITY_DAY.FEVER_VISITS)
                .from(FACILITY_DAY).join(FACILITY).on(FACILITY.ID.eq(FACILITY_DAY.FACILITY_ID))
                .where(FACILITY_DAY.DAY.eq(SqlText.date(day))).and(FACILITY_DAY.DELETED.isFalse())
                .and(FACILITY.DELETED.isFalse())
                .fetch().forEach(r -> out.put(r.value1(), new FacilityDay(r.value1(), day, r.value2().intValue(),
                        r.value3().intValue(), r.value4().intValue(), r.value5().intValue())));
        return out;
    }

    /** Stores (or corrects) one facility's entry for its day, in one transaction. */
    public void save(FacilityDay entry, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user's name");
        }
        List<FacilityDayRules.Problem> problems = FacilityDayRules.check(entry);
        if (!problems.isEmpty()) {
            throw new FacilityDayRefused(problems);
        }
        db.transaction(dsl -> {
            if (!dsl.fetchExists(FACILITY, FACILITY.ID.eq(entry.facilityId()).and(FACILITY.DELETED.isFalse()))) {
                throw new FacilityDayRefused(List.of());
            }
            FacilityDayRecord row = dsl.selectFrom(FACILITY_DAY).where(FACILITY_DAY.FACILITY_ID.eq(entry.facilityId()))
                    .and(FACILITY_DAY.DAY.eq(SqlText.date(entry.day()))).fetchOne();
            if (row != null && !Boolean.TRUE.equals(row.getDeleted()) && same(row, entry)) {
                return null; // nothing changed: no new revision to send to the county
            }
            if (row == null) {
                row = dsl.newRecord(FACILITY_DAY);
                row.setGlobalId(GlobalIds.standard().next(clock.instant()).toString());
                row.setTownshipCode(TownshipCode.of(dsl));
                row.setRevision(0L);
                row.setFacilityId(entry.facilityId());
                row.setDay(SqlText.date(entry.day()));
            }
            row.setDeleted(false);
            row.setStaffTotal((long) entry.staffTotal());
            row.setStaffOnDuty((long) entry.staffOnDuty());
            row.setStaffInfected((long) entry.staffInfected());
            row.setFeverVisits((long) entry.feverVisits());
            row.setUpdatedBy(user);
            row.setUpdatedAt(SqlText.instant(clock.instant()));
            row.setRevision(row.getRevision() == null ? 1L : row.getRevision() + 1);
            row.store();
            return null;
        });
    }

    private static boolean same(FacilityDayRecord row, FacilityDay e) {
        return row.getStaffTotal() == e.staffTotal() && row.getStaffOnDuty() == e.staffOnDuty()
                && row.getStaffInfected() == e.staffInfected() && row.getFeverVisits() == e.feverVisits();
    }
}
