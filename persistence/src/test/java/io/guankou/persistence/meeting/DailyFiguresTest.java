package io.guankou.persistence.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.FacilityDay;
import io.guankou.model.meeting.FacilityDayRules;
import io.guankou.model.meeting.Snapshot;
import io.guankou.model.meeting.VillageCompliance;
import io.guankou.persistence.Database;
import io.guankou.persistence.Rows;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting's figures of a hand-made ledger, worked out by hand with the default targets (red 3 a week, at most
 * 56 h apart; yellow 2 a week, at most 84 h apart), and how the daily snapshots are stored. D = 2026-11-23, the
 * moment D 10:00.
 */
class DailyFiguresTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);
    static final LocalDateTime AT = D.atTime(10, 0);
    static final Clock CLOCK = TestTownship.CLOCK;

    @TempDir
    Path dir;
    Database db;
    DailyFiguresReader reader;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("meeting.db"));
        // 1 red, on target: reached D-1, D-3, D-5 at 10:00
        Rows.person(db, 1, "RED", null, false, false);
        Rows.contact(db, 1, AT.minusDays(1), true, false);
        Rows.contact(db, 1, AT.minusDays(3), true, false);
        Rows.contact(db, 1, AT.minusDays(5), true, false);
        // 2 red, reached D-4 only: overdue before the day began, not reached today; infected today
        Rows.person(db, 2, "RED", null, false, false);
        Rows.contact(db, 2, AT.minusDays(4), true, false);
        Rows.episode(db, 2, D.toString(), false, null);
        // 3 yellow, reached D-4 10:00 (+84 h = D-1 22:00: due), reached today 08:00 with SpO2 90; an attempt at 09:00
        Rows.person(db, 3, "YELLOW", null, false, false);
        Rows.contact(db, 3, AT.minusDays(4), true, false);
        long low = Rows.contact(db, 3, D.atTime(8, 0), true, false);
        db.read(dsl -> dsl.execute("UPDATE contact SET spo2 = 90 WHERE id = " + low));
        Rows.contact(db, 3, D.atTime(9, 0), false, false);
        // 4 green, never contacted: no target; 5 departed
        Rows.person(db, 4, "GREEN", null, false, false);
        Rows.person(db, 5, "RED", null, true, false);
        // referrals: opened today (open); opened D-3, closed at D 11:00, after the moment (open then); opened D-2,
        // closed D-1 (not open); a deleted one
        referral(2, D.atTime(9, 0), "OPEN", D.atTime(9, 0), false);
        referral(3, AT.minusDays(3), "CLOSED", D.atTime(11, 0), false);
        referral(1, AT.minusDays(2), "CLOSED", AT.minusDays(1), false);
        referral(1, D.atTime(7, 0), "OPEN", D.atTime(7, 0), true);
        reader = new DailyFiguresReader(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void referral(long person, LocalDateTime opened, String status, LocalDateTime statusAt, boolean deleted) {
        db.read(dsl -> dsl.execute("INSERT INTO referral (global_id, township_code, updated_at, revision, deleted,"
                + " person_id, triggers, opened_at, status, status_at) VALUES (?, ?, '2026-11-01T00:00:00.000Z', 1, ?, ?,"
                + " 'SPO2', ?, ?, ?)", UUID.randomUUID().toString(), TestTownship.CODE, deleted, person,
                SqlText.dateTime(opened), status, SqlText.dateTime(statusAt)));
    }

    @Test
    void theDaysFiguresFollowTheRules() {
        DailyFigures f = reader.figures(D, AT);
        assertThat(f.tiers().red()).isEqualTo(2);
        assertThat(f.tiers().yellow()).isEqualTo(1);
        assertThat(f.tiers().green()).isEqualTo(1);
        // due: 2 and 3; done: 3; made: 3; overdue now: 2
        assertThat(f.contacts().due()).isEqualTo(2);
        assertThat(f.contacts().done()).isEqualTo(1);
        assertThat(f.contacts().made()).isEqualTo(1);
        assertThat(f.contacts().overdue()).isEqualTo(1);
        // with a target 1, 2, 3; meeting it 1 (3 in 7 days) and 3 (2): 67%
        assertThat(f.contacts().withTarget()).isEqualTo(3);
        assertThat(f.contacts().meetingTarget()).isEqualTo(2);
        assertThat(f.contacts().compliancePercent()).isEqualTo(67);
        assertThat(f.contacts().villages()).extracting(VillageCompliance::villageId).containsExactly(TestTownship.VILLAGE_1);
        assertThat(f.newInfections()).isEqualTo(1);
        assertThat(f.spo2Alerts()).isEqualTo(1);
        assertThat(f.referralsOpened()).isEqualTo(1);
        assertThat(f.openReferrals()).isEqualTo(2);
        assertThat(f.oldestOpenReferral()).isEqualTo(AT.minusDays(3));
    }

    @Test
    void figuresWithoutDataSaySoInsteadOfZero() {
        DailyFigures f = reader.figures(D, AT);
        assertThat(f.staff()).isNull();
        assertThat(f.ambulances()).isNull();
        assertThat(f.oximeterShortfall()).isNull();
        assertThat(f.lowestSupply()).isNull();
        assertThat(f.returnees()).isNull();
        assertThat(f.familyDoctorPercent()).isNull();
    }

    @Test
    void theDailyEntryIsSummedAndCorrectedInPlace() {
        FacilityDayRepository days = new FacilityDayRepository(db, CLOCK);
        days.save(new FacilityDay(1, D, 30, 22, 5, 14), "王主任");
        days.save(new FacilityDay(1, D, 30, 25, 3, 17), "王主任"); // corrected
        DailyFigures f = reader.figures(D, AT);
        assertThat(f.staff().total()).isEqualTo(30);
        assertThat(f.staff().onDuty()).isEqualTo(25);
        assertThat(f.staff().onDutyPercent()).isEqualTo(83);
        assertThat(f.staff().meetsTarget()).isTrue();
        assertThat(f.staff().feverVisits()).isEqualTo(17);
        assertThat(TestTownship.query(db, "SELECT count(*) || '/' || max(revision) FROM facility_day")).isEqualTo("1/2");
        assertThat(days.form(D)).singleElement().satisfies(e -> assertThat(e.entry().staffInfected()).isEqualTo(3));
        assertThat(days.form(D.minusDays(1))).singleElement().satisfies(e -> assertThat(e.entry()).isNull());
        assertThatThrownBy(() -> days.save(new FacilityDay(1, D, 10, 11, 0, 0), "王主任"))
                .isInstanceOfSatisfying(FacilityDayRefused.class, r -> assertThat(r.problems()).extracting(
                        FacilityDayRules.Problem::field).containsExactly(FacilityDayRules.Field.STAFF_ON_DUTY));
        assertThatThrownBy(() -> days.save(new FacilityDay(99, D, 10, 8, 0, 0), "王主任"))
                .isInstanceOf(FacilityDayRefused.class);
        assertThat(days.entries(D)).singleElement().satisfies(e -> assertThat(e.staffOnDuty()).isEqualTo(25));
    }

    @Test
    void aSnapshotIsStoredAndReadBackWithItsVillages() {
        SnapshotRepository store = new SnapshotRepository(db, CLOCK);
        DailyFigures f = reader.figures(D, AT);
        store.save(new Snapshot(f, AT, false));
        Snapshot back = store.load(D).orElseThrow();
        assertThat(back.figures()).isEqualTo(f);
        assertThat(back.late()).isFalse();
        assertThat(TestTownship.query(db, "SELECT count(*) FROM change_mark WHERE tbl LIKE 'daily_snapshot%'"))
                .isEqualTo("2");
    }

    @Test
    void theCloseReplacesAnOnDemandSnapshotAndIsNotTakenAgain() {
        SnapshotRepository store = new SnapshotRepository(db, CLOCK);
        DailySnapshots snapshots = new DailySnapshots(reader, store);
        Snapshot onDemand = snapshots.take(D, AT);
        assertThat(DailySnapshots.closed(onDemand)).isFalse();
        assertThat(onDemand.figures().contacts().overdue()).isEqualTo(1);
        // at midnight: as at 23:59, on time; 3 is overdue by then? no: reached at 08:00 — still only 2 overdue
        Snapshot close = snapshots.take(D, D.plusDays(1).atTime(0, 0, 5));
        assertThat(close.late()).isFalse();
        assertThat(close.figures().at()).isEqualTo(D.atTime(23, 59));
        // the referral closed at 11:00 no longer counts as open at the close
        assertThat(close.figures().openReferrals()).isEqualTo(1);
        Rows.contact(db, 2, D.atTime(12, 0), true, false); // entered afterwards: history stays as closed
        assertThat(snapshots.take(D, D.plusDays(2).atTime(9, 0))).isEqualTo(close);
        assertThat(store.load(D).orElseThrow().figures().contacts().overdue()).isEqualTo(1);
        assertThat(TestTownship.query(db, "SELECT count(*) FROM daily_snapshot")).isEqualTo("1");
    }

    @Test
    void missedDaysAreClosedLateAtTheNextStart() {
        SnapshotRepository store = new SnapshotRepository(db, CLOCK);
        DailySnapshots snapshots = new DailySnapshots(reader, store);
        // nothing stored yet: yesterday only
        assertThat(snapshots.closeMissedDays(D.plusDays(1).atTime(8, 0))).containsExactly(D);
        assertThat(store.load(D).orElseThrow().late()).isTrue();
        // three days later: the two days between are filled, late; then nothing is left to fill
        LocalDateTime later = D.plusDays(3).atTime(8, 30);
        assertThat(snapshots.closeMissedDays(later)).containsExactly(D.plusDays(1), D.plusDays(2));
        List<Snapshot> all = store.range(D, D.plusDays(3));
        assertThat(all).extracting(s -> s.figures().day()).containsExactly(D, D.plusDays(1), D.plusDays(2));
        assertThat(all).allMatch(Snapshot::late);
        assertThat(snapshots.closeMissedDays(later)).isEmpty();
        // a close at midnight is on time
        assertThat(snapshots.take(D.plusDays(3), D.plusDays(4).atTime(0, 1)).late()).isFalse();
    }
}
