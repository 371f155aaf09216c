package io.guankou.persistence.exchange;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.meeting.FacilityDay;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.meeting.DailyFiguresReader;
import io.guankou.persistence.meeting.DailySnapshots;
import io.guankou.persistence.meeting.FacilityDayRepository;
import io.guankou.persistence.meeting.SnapshotRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's figures and the facilities' daily entries travel to the county in the next package (the county report). */
class DailySnapshotExchangeTest {

    @TempDir
    Path dir;

    @Test
    void theSnapshotAndTheDailyEntryReachTheCountyAndACorrectionFollowsInADelta() throws Exception {
        try (TwoLedgers ledgers = new TwoLedgers(dir)) {
            long red = ledgers.person("冉桂兰", 1);
            ledgers.contact(red, TODAY.minusDays(1).atTime(9, 0), true);
            FacilityDayRepository entries = new FacilityDayRepository(ledgers.township, CLOCK);
            entries.save(new FacilityDay(1, TODAY.minusDays(1), 30, 25, 3, 14), "王主任");
            DailySnapshots snapshots = new DailySnapshots(new DailyFiguresReader(ledgers.township, CLOCK),
                    new SnapshotRepository(ledgers.township, CLOCK));
            snapshots.take(TODAY.minusDays(1), TODAY.atTime(0, 5));
            ledgers.toCounty(false);

            String day = TODAY.minusDays(1).toString();
            assertThat(TestTownship.query(ledgers.county, "SELECT township_code || '/' || staff_on_duty || '/'"
                    + " || fever_visits || '/' || late FROM daily_snapshot WHERE day = '" + day + "'"))
                    .isEqualTo(TestTownship.CODE + "/25/14/0");
            assertThat(TestTownship.query(ledgers.county, "SELECT count(*) FROM daily_snapshot_village"))
                    .isEqualTo("1");
            assertThat(TestTownship.query(ledgers.county, "SELECT staff_total || '/' || staff_infected FROM facility_day"))
                    .isEqualTo("30/3");

            entries.save(new FacilityDay(1, TODAY.minusDays(1), 30, 24, 4, 14), "王主任"); // corrected the next day
            ledgers.toCounty(true);
            assertThat(TestTownship.query(ledgers.county, "SELECT count(*) || '/' || max(staff_on_duty) || '/'"
                    + " || max(staff_infected) FROM facility_day")).isEqualTo("1/24/4");
        }
    }
}
