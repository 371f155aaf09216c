package io.guankou.model.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.person.Tier;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpIndexTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    private static FollowUpIndex index() {
        return new FollowUpIndex(ContactTargets.defaults(), null);
    }

    @Test
    void recordingAReachedContactTakesAPersonOffTheOverdueList() {
        FollowUpIndex index = index();
        index.put(1, Tier.RED);
        index.reached(1, NOW.minusHours(60));
        index.reached(1, NOW.minusDays(4));
        index.reached(1, NOW.minusDays(5));
        assertThat(index.overdue(NOW)).extracting(FollowUpStatus::personId).containsExactly(1L);

        index.reached(1, NOW.minusMinutes(5));

        assertThat(index.overdue(NOW)).isEmpty();
        assertThat(index.status(1, NOW).lastReached()).isEqualTo(NOW.minusMinutes(5));
        assertThat(index.status(1, NOW).reachedLast7Days()).isEqualTo(4);
    }

    @Test
    void contactsMayArriveInAnyOrderAndTheSameMomentCountsOnce() {
        FollowUpIndex index = index();
        index.put(1, Tier.YELLOW);
        index.reached(1, NOW.minusDays(3));
        index.reached(1, NOW.minusDays(1));
        index.reached(1, NOW.minusDays(3));
        index.reached(1, NOW.minusDays(2));
        FollowUpStatus s = index.status(1, NOW);
        assertThat(s.reachedLast7Days()).isEqualTo(3);
        assertThat(s.lastReached()).isEqualTo(NOW.minusDays(1));
    }

    @Test
    void aBusyWeekIsCountedBeyondTheTarget() {
        FollowUpIndex index = index();
        index.put(1, Tier.RED);
        for (int h = 1; h <= 40; h++) {
            index.reached(1, NOW.minusHours(h * 3L));
        }
        // 40 calls in 5 days: the index keeps enough to show a busy week, not every call
        assertThat(index.status(1, NOW).reachedLast7Days()).isEqualTo(FollowUpIndex.MIN_KEPT);
        assertThat(index.status(1, NOW).isOverdue()).isFalse();
    }

    @Test
    void lastReachedBeforeTheLoadedWindowIsKeptForDisplay() {
        LocalDateTime since = NOW.minusDays(28);
        FollowUpIndex index = new FollowUpIndex(ContactTargets.defaults(), since);
        index.put(1, Tier.YELLOW);
        index.lastReached(1, NOW.minusDays(40));
        FollowUpStatus s = index.status(1, NOW);
        assertThat(s.lastReached()).isEqualTo(NOW.minusDays(40));
        assertThat(s.reason()).isEqualTo(OverdueReason.INTERVAL);
        assertThat(s.nextDue()).isEqualTo(NOW.minusDays(40).plusHours(84));
    }

    @Test
    void theOverdueListIsOldestFirstWithNeverContactedOnTop() {
        FollowUpIndex index = index();
        index.put(1, Tier.YELLOW);
        index.reached(1, NOW.minusDays(5));
        index.put(2, Tier.RED);
        index.put(3, Tier.RED);
        index.reached(3, NOW.minusDays(10));
        index.put(4, Tier.GREEN);
        index.put(5, Tier.YELLOW);
        index.reached(5, NOW.minusDays(5));
        List<Long> order = index.overdue(NOW).stream().map(FollowUpStatus::personId).toList();
        assertThat(order).containsExactly(2L, 3L, 1L, 5L);
    }

    @Test
    void aTierChangeAndAHomeTreatmentEpisodeApplyAtOnce() {
        FollowUpIndex index = index();
        index.put(1, Tier.GREEN);
        index.reached(1, NOW.minusDays(4));
        assertThat(index.status(1, NOW).isOverdue()).isFalse();

        index.homeTreatment(1, NOW.toLocalDate().minusDays(6), null);
        assertThat(index.status(1, NOW).infectedAtHome()).isTrue();
        assertThat(index.status(1, NOW).isOverdue()).isTrue();

        index.homeTreatment(1, NOW.toLocalDate().minusDays(6), NOW.toLocalDate().minusDays(1));
        assertThat(index.status(1, NOW).infectedAtHome()).as("episode ended yesterday").isFalse();

        index.clearHomeTreatment(1);
        index.put(1, Tier.YELLOW); // override to yellow: 4 days is longer than 3.5
        assertThat(index.status(1, NOW).reason()).isEqualTo(OverdueReason.INTERVAL);
    }

    @Test
    void theIntervalIsCutToTheSecondNotTheMinute() {
        // DOMAIN.md §4: red at most 7/3 days (56 h) apart; contacts within a minute of the boundary (issue 9)
        LocalDateTime boundary = NOW.minusHours(56);
        FollowUpIndex index = index();
        long[] seconds = {0, 1, -1, 57, -57};
        for (int p = 0; p < seconds.length; p++) {
            index.put(p, Tier.RED);
            index.reached(p, boundary.plusSeconds(seconds[p]));
            index.reached(p, NOW.minusDays(4));
            index.reached(p, NOW.minusDays(5));
        }
        assertThat(index.overdue(NOW)).extracting(FollowUpStatus::personId)
                .as("exactly 56 h, 1 s and 57 s over; not 1 s or 57 s inside").containsExactly(4L, 2L, 0L);
        assertThat(index.status(3, NOW).nextDue()).isEqualTo(NOW.plusSeconds(57));
        assertThat(index.overdue(NOW.plusSeconds(57))).extracting(FollowUpStatus::personId).contains(1L, 3L);
    }

    @Test
    void aPersonWhoLeftTheLedgerIsGone() {
        FollowUpIndex index = index();
        index.put(1, Tier.RED);
        index.remove(1);
        assertThat(index.overdue(NOW)).isEmpty();
        assertThatThrownBy(() -> index.status(1, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.reached(1, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
