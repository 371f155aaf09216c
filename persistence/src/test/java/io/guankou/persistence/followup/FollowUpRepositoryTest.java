package io.guankou.persistence.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.OverdueReason;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.Rows;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made ledger whose follow-up state is worked out by hand with the default targets. */
class FollowUpRepositoryTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @TempDir
    Path dir;
    Database db;
    FollowUpIndex index;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("followup.db"));
        // 1 red, on target: reached 1, 3 and 5 days ago (3 in the week, last 24 h ago < 56 h)
        Rows.person(db, 1, "RED", null, false, false);
        Rows.contact(db, 1, NOW.minusDays(1), true, false);
        Rows.contact(db, 1, NOW.minusDays(3), true, false);
        Rows.contact(db, 1, NOW.minusDays(5), true, false);
        Rows.contact(db, 1, NOW.minusHours(1), true, true);   // deleted: does not count
        // 2 red, behind: reached 4 days ago (> 56 h), only an unreached attempt since
        Rows.person(db, 2, "RED", null, false, false);
        Rows.contact(db, 2, NOW.minusDays(4), true, false);
        Rows.contact(db, 2, NOW.minusHours(1), false, false);
        // 3 computed yellow, overridden green: no target, not overdue although never contacted
        Rows.person(db, 3, "YELLOW", "GREEN", false, false);
        // 4 computed green, overridden red, never contacted
        Rows.person(db, 4, "GREEN", "RED", false, false);
        // 5 departed and 6 deleted: not in the index at all
        Rows.person(db, 5, "RED", null, true, false);
        Rows.contact(db, 5, NOW.minusDays(20), true, false);
        Rows.person(db, 6, "RED", null, false, true);
        // 7 yellow, last reached 40 days ago: known only through person_last_contact
        Rows.person(db, 7, "YELLOW", null, false, false);
        Rows.contact(db, 7, NOW.minusDays(40), true, false);
        // 8 green at home with an infection since 2 days, reached yesterday: infected-at-home rules, on target
        Rows.person(db, 8, "GREEN", null, false, false);
        Rows.episode(db, 8, "2026-11-21", true, null);
        Rows.contact(db, 8, NOW.minusDays(1), true, false);
        // 9 green, episode ended yesterday: green rules again
        Rows.person(db, 9, "GREEN", null, false, false);
        Rows.episode(db, 9, "2026-11-10", true, "2026-11-22");
        // 10 yellow in hospital (not home treatment), reached 2 days ago: yellow rules only
        Rows.person(db, 10, "YELLOW", null, false, false);
        Rows.episode(db, 10, "2026-11-20", false, null);
        Rows.contact(db, 10, NOW.minusDays(2), true, false);
        Rows.contact(db, 10, NOW.minusDays(5), true, false);

        index = new FollowUpRepository(db).loadIndex(ContactTargets.defaults(), NOW);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void holdsEveryActivePersonWithTheEffectiveTier() {
        assertThat(index.size()).isEqualTo(8);
        assertThat(index.contains(5)).as("departed").isFalse();
        assertThat(index.contains(6)).as("deleted").isFalse();
        assertThat(index.knownSince()).isEqualTo(NOW.minusDays(FollowUpRepository.HORIZON_DAYS));
        assertThat(index.status(3, NOW).tier()).isEqualTo(Tier.GREEN);
        assertThat(index.status(4, NOW).tier()).isEqualTo(Tier.RED);
    }

    @Test
    void overdueAndNotOverdueAsWorkedOutByHand() {
        FollowUpStatus onTarget = index.status(1, NOW);
        assertThat(onTarget.isOverdue()).isFalse();
        assertThat(onTarget.lastReached()).isEqualTo(NOW.minusDays(1));
        assertThat(onTarget.reachedLast7Days()).isEqualTo(3);
        assertThat(onTarget.nextDue()).isEqualTo(NOW.minusDays(1).plusHours(56));

        FollowUpStatus behind = index.status(2, NOW);
        assertThat(behind.isOverdue()).isTrue();
        assertThat(behind.lastReached()).isEqualTo(NOW.minusDays(4));
        assertThat(behind.reachedLast7Days()).isEqualTo(1);

        assertThat(index.status(3, NOW).isOverdue()).isFalse();
        assertThat(index.status(4, NOW).reason()).isEqualTo(OverdueReason.NEVER_CONTACTED);

        FollowUpStatus longAgo = index.status(7, NOW);
        assertThat(longAgo.isOverdue()).isTrue();
        assertThat(longAgo.lastReached()).isEqualTo(NOW.minusDays(40));
        assertThat(longAgo.reachedLast7Days()).isZero();

        FollowUpStatus atHome = index.status(8, NOW);
        assertThat(atHome.infectedAtHome()).isTrue();
        assertThat(atHome.isOverdue()).isFalse();
        assertThat(atHome.nextDue()).isEqualTo(NOW.minusDays(1).plusHours(72));

        assertThat(index.status(9, NOW).infectedAtHome()).isFalse();
        assertThat(index.status(9, NOW).isOverdue()).isFalse();
        assertThat(index.status(10, NOW).infectedAtHome()).isFalse();
        assertThat(index.status(10, NOW).isOverdue()).isFalse();

        assertThat(index.overdue(NOW)).extracting(FollowUpStatus::personId).containsExactlyInAnyOrder(2L, 4L, 7L);
    }

    @Test
    void contactsBeforeTheHorizonCountOnlyAsTheLastReachedTime() {
        // person 2 at the horizon's edge: 4 days ago is inside, so it is one of the known contacts
        assertThat(index.status(2, NOW).reachedLast7Days()).isEqualTo(1);
        // two days later the yellow person 10 falls behind: 84 h after the last contact have passed
        assertThat(index.status(10, NOW.plusDays(2)).isOverdue()).isTrue();
    }

    @Test
    void asOfAMomentInThePastLaterContactsDoNotCount() {
        LocalDateTime before = NOW.minusDays(2).minusHours(1);
        FollowUpIndex past = new FollowUpRepository(db).loadIndex(ContactTargets.defaults(), before);
        // person 1 as it stood then: reached 3 and 5 days before NOW, the call of NOW - 1 day not yet made
        assertThat(past.status(1, before).lastReached()).isEqualTo(NOW.minusDays(3));
        assertThat(past.status(1, before).reachedLast7Days()).isEqualTo(2);
        // person 10's contact of NOW - 2 days was not made yet either
        assertThat(past.status(10, before).lastReached()).isEqualTo(NOW.minusDays(5));
    }

    @Test
    void parsesTheStoredTimeFormat() {
        assertThat(FollowUpRepository.parse("2026-11-23T08:05:09")).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 5, 9));
    }
}
