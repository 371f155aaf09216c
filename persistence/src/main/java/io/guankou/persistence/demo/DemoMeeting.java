package io.guankou.persistence.demo;

import io.guankou.model.meeting.FacilityDay;
import io.guankou.model.org.FacilityType;
import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.persistence.Database;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.meeting.DailyEntryFacility;
import io.guankou.persistence.meeting.DailyFiguresReader;
import io.guankou.persistence.meeting.DailySnapshots;
import io.guankou.persistence.meeting.FacilityDayRepository;
import io.guankou.persistence.meeting.SnapshotRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

/**
 * The demo's dispatch meeting history: the facilities' daily entries of the last {@value #ENTRY_DAYS} days (today's
 * only from the health centres, the others not yet entered; one day under the 80% on post), and the closing
 * snapshot of each of the last {@value #SNAPSHOT_DAYS} days, computed from the demo's own contacts as at each day's
 * end, two of them filled in late the next morning — so the trend charts have a history from the first start.
 */
final class DemoMeeting {

    static final int ENTRY_DAYS = 14;
    static final int SNAPSHOT_DAYS = 14;
    private static final String CLERK = "demo";

    private DemoMeeting() {
    }

    static void write(Path file, DemoOptions options) {
        Clock clock = Clock.fixed(options.today().atTime(LocalTime.of(8, 0)).toInstant(DemoTownshipWriter.CST),
                DemoTownshipWriter.CST);
        LocalDate today = options.today();
        Random random = new Random(options.seed() ^ 0x6d656574L);
        try (Database db = Database.open(file)) {
            FacilityDayRepository entries = new FacilityDayRepository(db, clock);
            List<DailyEntryFacility> facilities = entries.form(today);
            for (int back = ENTRY_DAYS - 1; back >= 0; back--) {
                LocalDate day = today.minusDays(back);
                for (DailyEntryFacility f : facilities) {
                    boolean centre = f.type() == FacilityType.TOWNSHIP_HEALTH_CENTRE
                            || f.type() == FacilityType.COMMUNITY_HEALTH_CENTRE;
                    if (back == 0 && !centre) {
                        continue;
                    }
                    int staff = centre ? 36 + f.name().length() % 7 : 2 + (int) (f.facilityId() % 3);
                    // a bad day four days ago: a wave of infections among the staff
                    int infected = back == 4 ? staff / 4 : random.nextInt(Math.max(1, staff / 12 + 1));
                    int otherAbsence = random.nextInt(Math.max(1, staff / 15 + 1));
                    int onDuty = Math.max(0, staff - infected - otherAbsence);
                    int fever = f.feverClinic() ? 12 + random.nextInt(30) + (back < 7 ? 10 : 0) : 0;
                    entries.save(new FacilityDay(f.facilityId(), day, staff, onDuty, infected, fever), CLERK);
                }
            }
            actions(db, clock, today);
            DailySnapshots snapshots = new DailySnapshots(new DailyFiguresReader(db, clock), new SnapshotRepository(db, clock));
            for (int back = SNAPSHOT_DAYS; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                boolean late = back == 5 || back == 10; // the office PC was off that night
                snapshots.take(day, late ? day.plusDays(1).atTime(8, 30) : DailySnapshots.endOf(day));
            }
        }
    }

    /** A few items on the action lists, some overdue, one closed, some linked to a village. */
    private static void actions(Database db, Clock clock, LocalDate today) {
        ActionItemRepository items = new ActionItemRepository(db, clock);
        List<io.guankou.model.place.Village> villages = new PlaceRepository(db).villages();
        for (String[] r : DemoWords.rows("action-items.txt")) {
            ActionLink link = null;
            if (r.length > 4 && !r[4].isBlank()) {
                io.guankou.model.place.Village v = villages.stream().filter(x -> x.name().equals(r[4]))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no demo village " + r[4]));
                link = new ActionLink(ActionLink.Kind.VILLAGE, v.id(), v.name());
            }
            int due = Integer.parseInt(r[3].strip());
            // items were made at last week's meetings: created before they fall due
            LocalDate created = today.plusDays(Math.min(0, due) - 3);
            long id = items.add(new ActionEdit(0, ActionKind.valueOf(r[0].strip()), r[1].strip(), r[2].strip(),
                    today.plusDays(due), link), CLERK, created);
            if (r.length > 5 && !r[5].isBlank()) {
                items.close(id, r[5].strip(), CLERK, today.minusDays(1));
            }
        }
    }
}
