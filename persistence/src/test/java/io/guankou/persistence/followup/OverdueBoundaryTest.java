package io.guankou.persistence.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.followup.ContactTarget;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpGroup;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.persistence.Database;
import io.guankou.persistence.Rows;
import io.guankou.persistence.SqlText;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOMAIN.md §4, red: at most 7/3 days (56 h) apart and 3 reached contacts in the rolling 7 days, in continuous
 * time. Red persons reached within a minute of the 56-hour boundary and of the week's edge (issue 9: last reached
 * 10:00:57 against a boundary of 10:00:00), through the index as the app loads it and through one plain SQL
 * statement over the stored contacts: both must find the same persons.
 */
class OverdueBoundaryTest {

    /** The overdue benchmark's moment: the 56-hour boundary falls on 3 January at 10:00:00. */
    static final LocalDateTime NOW = LocalDateTime.of(2023, 1, 5, 18, 0);
    static final LocalDateTime BOUNDARY = NOW.minusHours(56);
    static final LocalDateTime WEEK_AGO = NOW.minusDays(7);

    /** Person id: the last reached contact is this many seconds after the 56-hour boundary. */
    static final long[][] LAST_REACHED = {{1, 0}, {2, 1}, {3, -1}, {4, 57}, {5, -57}};
    /** Person id: the third most recent reached contact is this many seconds after the week's edge. */
    static final long[][] THIRD_REACHED = {{11, 0}, {12, 1}, {13, -1}, {14, 30}, {15, -30}};

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("boundary.db"));
        for (long[] p : LAST_REACHED) {
            Rows.person(db, p[0], "RED", null, false, false);
            Rows.contact(db, p[0], BOUNDARY.plusSeconds(p[1]), true, false);
            // two more in the week: only the interval can be broken
            Rows.contact(db, p[0], NOW.minusDays(4), true, false);
            Rows.contact(db, p[0], NOW.minusDays(5), true, false);
            // an attempt after the boundary that did not reach them changes nothing
            Rows.contact(db, p[0], NOW.minusHours(2), false, false);
        }
        for (long[] p : THIRD_REACHED) {
            Rows.person(db, p[0], "RED", null, false, false);
            Rows.contact(db, p[0], NOW.minusHours(3), true, false);
            Rows.contact(db, p[0], NOW.minusDays(2), true, false);
            Rows.contact(db, p[0], WEEK_AGO.plusSeconds(p[1]), true, false);
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theIndexCutsTheIntervalAndTheWeekToTheSecond() {
        FollowUpIndex index = new FollowUpRepository(db).loadIndex(ContactTargets.defaults(), NOW);

        assertThat(overdueIds(index, NOW))
                .as("at or over the boundary; 1 s, 30 s and 57 s inside are on track")
                .containsExactlyInAnyOrder(1L, 3L, 5L, 11L, 13L, 15L);
        assertThat(index.status(4, NOW).nextDue()).isEqualTo(NOW.plusSeconds(57));
        assertThat(index.status(4, NOW).lastReached()).isEqualTo(BOUNDARY.plusSeconds(57));
        assertThat(overdueIds(index, NOW.plusSeconds(57))).contains(2L, 4L, 12L, 14L);
    }

    @Test
    void aPlainSqlCheckWithExactCutOffsFindsTheSamePersons() {
        FollowUpIndex index = new FollowUpRepository(db).loadIndex(ContactTargets.defaults(), NOW);

        assertThat(sqlOverdue(NOW)).containsExactlyInAnyOrderElementsOf(overdueIds(index, NOW));
        assertThat(sqlOverdue(NOW.plusSeconds(57))).containsExactlyInAnyOrderElementsOf(
                overdueIds(index, NOW.plusSeconds(57)));
        assertThat(sqlOverdue(NOW.minusSeconds(57))).containsExactlyInAnyOrderElementsOf(
                overdueIds(index, NOW.minusSeconds(57)));
    }

    @Test
    void theStoredLastReachedTimeKeepsItsSeconds() {
        assertThat(Rows.lastReached(db, 4)).isEqualTo("2023-01-03T10:00:57");
        assertThat(Rows.lastReached(db, 5)).isEqualTo("2023-01-03T09:59:03");
    }

    @Test
    void anIndexForAMomentInThePastReadsTheContactsToTheSecondToo() {
        // before the latest stored contact: the index reads max(at) from the contacts, not person_last_contact
        LocalDateTime earlier = NOW.minusHours(2).minusMinutes(30);
        FollowUpIndex index = new FollowUpRepository(db).loadIndex(ContactTargets.defaults(), earlier);
        assertThat(index.status(4, earlier).lastReached()).isEqualTo(BOUNDARY.plusSeconds(57));
        assertThat(overdueIds(index, earlier)).containsExactlyInAnyOrderElementsOf(sqlOverdue(earlier));
    }

    private static List<Long> overdueIds(FollowUpIndex index, LocalDateTime now) {
        return index.overdue(now).stream().map(FollowUpStatus::personId).toList();
    }

    /** The red rules as one statement over the stored text times, cut off at exactly 56 h and 7 days. */
    private List<Long> sqlOverdue(LocalDateTime now) {
        ContactTarget red = ContactTargets.defaults().target(FollowUpGroup.RED);
        return db.read(dsl -> dsl.fetch("SELECT p.id FROM person p LEFT JOIN ("
                        + " SELECT person_id, max(at) AS last_reached, sum(at > ?) AS last_7_days FROM contact"
                        + " WHERE reached <> 0 AND deleted = 0 AND at <= ? GROUP BY person_id"
                        + " ) a ON a.person_id = p.id"
                        + " WHERE a.last_reached IS NULL OR a.last_reached <= ? OR a.last_7_days < ?",
                SqlText.dateTime(now.minusDays(7)), SqlText.dateTime(now),
                SqlText.dateTime(now.minusHours(red.intervalHours())), red.perWeek())
                .getValues(0, Long.class));
    }
}
