package io.guankou.model.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.person.Tier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §4: red at least 3 a week and 7/3 days apart, yellow 2 and 3.5 days, infected at home every 3 days. */
class FollowUpScheduleTest {

    /** Monday 23 November 2026, 10:00. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    private final FollowUpSchedule schedule = new FollowUpSchedule(ContactTargets.defaults());

    /** A complete list of reached contacts (no horizon). */
    static ReachedContacts contacts(LocalDateTime... times) {
        List<LocalDateTime> sorted = Arrays.stream(times).sorted(Comparator.reverseOrder()).toList();
        return new ReachedContacts() {
            @Override
            public LocalDateTime nthMostRecent(int n) {
                return n < sorted.size() ? sorted.get(n) : null;
            }

            @Override
            public int known() {
                return sorted.size();
            }

            @Override
            public LocalDateTime last() {
                return sorted.isEmpty() ? null : sorted.get(0);
            }

            @Override
            public LocalDateTime knownSince() {
                return null;
            }
        };
    }

    private FollowUpStatus red(LocalDateTime... times) {
        return schedule.assess(1, Tier.RED, null, contacts(times), NOW);
    }

    private static LocalDateTime daysAgo(double days) {
        return NOW.minusMinutes(Math.round(days * 24 * 60));
    }

    @Nested
    class Red {
        @Test
        void threeContactsTwoDaysApartAreOnTrack() {
            FollowUpStatus s = red(daysAgo(1), daysAgo(3), daysAgo(5));
            assertThat(s.isOverdue()).isFalse();
            assertThat(s.reachedLast7Days()).isEqualTo(3);
            assertThat(s.weeklyTarget()).isEqualTo(3);
            // the interval (56 h after yesterday's call) comes before the third call leaves the week
            assertThat(s.nextDue()).isEqualTo(daysAgo(1).plusHours(56));
        }

        @Test
        void longerThanSevenThirdsOfADaySinceTheLastContactIsOverdueByInterval() {
            FollowUpStatus s = red(daysAgo(2.5), daysAgo(4), daysAgo(5));
            assertThat(s.isOverdue()).isTrue();
            assertThat(s.reason()).isEqualTo(OverdueReason.INTERVAL);
            assertThat(s.nextDue()).isEqualTo(daysAgo(2.5).plusHours(56));
            assertThat(s.daysOverdue()).isZero();
        }

        @Test
        void twoContactsInTheWeekIsOverdueByCountEvenWhenTheLastIsRecent() {
            FollowUpStatus s = red(daysAgo(1), daysAgo(2), daysAgo(9));
            assertThat(s.reachedLast7Days()).isEqualTo(2);
            assertThat(s.reason()).isEqualTo(OverdueReason.WEEKLY_COUNT);
            // below target since the third most recent contact left the rolling week
            assertThat(s.nextDue()).isEqualTo(daysAgo(2));
            assertThat(s.daysOverdue()).isEqualTo(2);
        }

        @Test
        void neverReachedIsOverdueWithoutADate() {
            FollowUpStatus s = red();
            assertThat(s.reason()).isEqualTo(OverdueReason.NEVER_CONTACTED);
            assertThat(s.nextDue()).isNull();
            assertThat(s.lastReached()).isNull();
            assertThat(s.daysOverdue()).isEqualTo(-1);
        }

        @Test
        void fewerContactsThanTheTargetEverCountsFromTheFirstOne() {
            FollowUpStatus s = red(daysAgo(1), daysAgo(8));
            assertThat(s.reason()).isEqualTo(OverdueReason.WEEKLY_COUNT);
            assertThat(s.nextDue()).isEqualTo(daysAgo(1));
        }
    }

    /**
     * The rules run on continuous time: a due time is a moment to the second, not a minute. Stored contact
     * times have whole seconds, so one second either side of a due time is the finest case there is.
     */
    @Nested
    class ToTheSecond {
        private final LocalDateTime boundary = NOW.minusHours(56);

        private FollowUpStatus redLastReachedAt(LocalDateTime last) {
            // two more contacts in the week: only the interval can be broken
            return red(last, daysAgo(4), daysAgo(5));
        }

        @Test
        void reachedExactlyFiftySixHoursAgoIsOverdueFromThatMomentOn() {
            FollowUpStatus s = redLastReachedAt(boundary);
            assertThat(s.reason()).isEqualTo(OverdueReason.INTERVAL);
            assertThat(s.nextDue()).isEqualTo(NOW);
        }

        @Test
        void oneSecondInsideTheIntervalIsOnTrackForOneSecondMore() {
            FollowUpStatus s = redLastReachedAt(boundary.plusSeconds(1));
            assertThat(s.isOverdue()).isFalse();
            assertThat(s.nextDue()).isEqualTo(NOW.plusSeconds(1));
        }

        @Test
        void oneSecondOutsideTheIntervalIsOverdue() {
            FollowUpStatus s = redLastReachedAt(boundary.minusSeconds(1));
            assertThat(s.reason()).isEqualTo(OverdueReason.INTERVAL);
            assertThat(s.nextDue()).isEqualTo(NOW.minusSeconds(1));
        }

        @Test
        void aContactLaterInTheBoundaryMinuteIsNotRoundedBackToIt() {
            // 10:00:57 against a due time of 10:00:00 (issue 9): on track until 10:00:57
            LocalDateTime at = NOW.withHour(10).withMinute(0);
            FollowUpStatus s = schedule.assess(1, Tier.RED, null,
                    contacts(at.minusHours(56).plusSeconds(57), daysAgo(4), daysAgo(5)), at);
            assertThat(s.isOverdue()).isFalse();
            assertThat(s.nextDue()).isEqualTo(at.plusSeconds(57));
            assertThat(schedule.assess(1, Tier.RED, null,
                    contacts(at.minusHours(56).plusSeconds(57), daysAgo(4), daysAgo(5)), at.plusSeconds(57))
                    .isOverdue()).isTrue();
        }

        @Test
        void theRollingWeekIsCutToTheSecondToo() {
            LocalDateTime weekAgo = NOW.minusDays(7);
            FollowUpStatus out = red(daysAgo(1), daysAgo(2), weekAgo);
            assertThat(out.reason()).isEqualTo(OverdueReason.WEEKLY_COUNT);
            assertThat(out.reachedLast7Days()).isEqualTo(2);
            FollowUpStatus in = red(daysAgo(1), daysAgo(2), weekAgo.plusSeconds(1));
            assertThat(in.isOverdue()).isFalse();
            assertThat(in.reachedLast7Days()).isEqualTo(3);
            assertThat(in.nextDue()).isEqualTo(NOW.plusSeconds(1));
        }
    }

    @Nested
    class WeekBoundaries {
        @Test
        void aContactExactlySevenDaysAgoHasLeftTheRollingWeek() {
            FollowUpStatus s = schedule.assess(1, Tier.YELLOW, null, contacts(daysAgo(1), daysAgo(7)), NOW);
            assertThat(s.reachedLast7Days()).isEqualTo(1);
            assertThat(s.reason()).isEqualTo(OverdueReason.WEEKLY_COUNT);
            assertThat(s.nextDue()).isEqualTo(NOW); // broken from its due time on
        }

        @Test
        void aContactOneMinuteInsideTheWeekStillCounts() {
            FollowUpStatus s = schedule.assess(1, Tier.YELLOW, null,
                    contacts(daysAgo(1), daysAgo(7).plusMinutes(1)), NOW);
            assertThat(s.reachedLast7Days()).isEqualTo(2);
            assertThat(s.isOverdue()).isFalse();
            assertThat(s.nextDue()).isEqualTo(NOW.plusMinutes(1));
        }

        @Test
        void theWeekIsRollingNotTheCalendarWeek() {
            // Friday and Saturday of the previous calendar week still count on Monday
            LocalDateTime friday = LocalDateTime.of(2026, 11, 20, 15, 0);
            LocalDateTime saturday = LocalDateTime.of(2026, 11, 21, 9, 0);
            FollowUpStatus s = schedule.assess(1, Tier.YELLOW, null, contacts(friday, saturday), NOW);
            assertThat(s.reachedLast7Days()).isEqualTo(2);
            assertThat(s.isOverdue()).isFalse();
        }

        @Test
        void aYellowIntervalOfThreeAndAHalfDaysIsBrokenFromItsDueTimeOn() {
            LocalDateTime last = NOW.minusHours(84);
            FollowUpStatus due = schedule.assess(1, Tier.YELLOW, null, contacts(last, daysAgo(5)), NOW);
            assertThat(due.reason()).isEqualTo(OverdueReason.INTERVAL);
            FollowUpStatus justBefore = schedule.assess(1, Tier.YELLOW, null,
                    contacts(last.plusMinutes(1), daysAgo(5)), NOW);
            assertThat(justBefore.isOverdue()).isFalse();
        }

        @Test
        void contactsRecordedAfterTheMomentAssessedDoNotCount() {
            FollowUpStatus s = schedule.assess(1, Tier.YELLOW, null,
                    contacts(NOW.plusHours(2), daysAgo(1), daysAgo(3)), NOW);
            assertThat(s.reachedLast7Days()).isEqualTo(2);
        }
    }

    @Nested
    class Green {
        @Test
        void greenHasNoTargetByDefault() {
            FollowUpStatus s = schedule.assess(1, Tier.GREEN, null, contacts(), NOW);
            assertThat(s.isOverdue()).isFalse();
            assertThat(s.hasTarget()).isFalse();
            assertThat(s.nextDue()).isNull();
        }

        @Test
        void anOfficeMayGiveGreenATarget() {
            FollowUpSchedule weekly = new FollowUpSchedule(
                    ContactTargets.defaults().with(FollowUpGroup.GREEN, new ContactTarget(1, 0)));
            assertThat(weekly.assess(1, Tier.GREEN, null, contacts(daysAgo(8)), NOW).reason())
                    .isEqualTo(OverdueReason.WEEKLY_COUNT);
            assertThat(weekly.assess(1, Tier.GREEN, null, contacts(daysAgo(6)), NOW).isOverdue()).isFalse();
        }
    }

    @Nested
    class InfectedAtHome {
        private final LocalDate started = NOW.toLocalDate().minusDays(5);

        @Test
        void insideAnOpenEpisodeTheThreeDayFollowUpAppliesOnTopOfTheTier() {
            // green has no target, but 3 days and 2 hours since the last call inside an episode is overdue
            FollowUpStatus s = schedule.assess(1, Tier.GREEN, started, contacts(NOW.minusHours(74)), NOW);
            assertThat(s.infectedAtHome()).isTrue();
            assertThat(s.reason()).isEqualTo(OverdueReason.INTERVAL);
            assertThat(s.nextDue()).isEqualTo(NOW.minusHours(2));
        }

        @Test
        void withoutAnOpenEpisodeTheSamePersonIsNotFollowedUp() {
            FollowUpStatus s = schedule.assess(1, Tier.GREEN, null, contacts(NOW.minusHours(74)), NOW);
            assertThat(s.infectedAtHome()).isFalse();
            assertThat(s.isOverdue()).isFalse();
        }

        @Test
        void contactsBeforeTheInfectionDoNotCountForIt() {
            LocalDate today = NOW.toLocalDate();
            // episode began this morning; the last call was four days ago: due three days after the start
            FollowUpStatus s = schedule.assess(1, Tier.GREEN, today, contacts(daysAgo(4)), NOW);
            assertThat(s.isOverdue()).isFalse();
            assertThat(s.nextDue()).isEqualTo(today.atStartOfDay().plusHours(72));
        }

        @Test
        void anEpisodeStartedLongAgoWithNoContactSinceIsOverdueFromThreeDaysAfterItsStart() {
            FollowUpStatus s = schedule.assess(1, Tier.YELLOW, started, contacts(), NOW);
            // yellow was never reached at all: that comes first
            assertThat(s.reason()).isEqualTo(OverdueReason.NEVER_CONTACTED);
            FollowUpStatus green = schedule.assess(1, Tier.GREEN, started, contacts(), NOW);
            assertThat(green.reason()).isEqualTo(OverdueReason.INTERVAL);
            assertThat(green.nextDue()).isEqualTo(started.atStartOfDay().plusHours(72));
        }

        @Test
        void theStricterOfTierAndEpisodeTargetsGoverns() {
            // red: 56 h interval is stricter than 72 h; a call 60 h ago is overdue by the tier rule
            FollowUpStatus s = schedule.assess(1, Tier.RED, started,
                    contacts(NOW.minusHours(60), daysAgo(3), daysAgo(4)), NOW);
            assertThat(s.reason()).isEqualTo(OverdueReason.INTERVAL);
            assertThat(s.nextDue()).isEqualTo(NOW.minusHours(4));
            assertThat(s.weeklyTarget()).isEqualTo(3);
        }
    }

    @Nested
    class Horizon {
        @Test
        void aKthContactOlderThanTheKnownWindowCountsAsAtTheWindowStart() {
            LocalDateTime since = NOW.minusDays(28);
            ReachedContacts partial = new ReachedContacts() {
                @Override
                public LocalDateTime nthMostRecent(int n) {
                    return n == 0 ? daysAgo(1) : null;
                }

                @Override
                public int known() {
                    return 1;
                }

                @Override
                public LocalDateTime last() {
                    return daysAgo(1);
                }

                @Override
                public LocalDateTime knownSince() {
                    return since;
                }
            };
            FollowUpStatus s = schedule.assess(1, Tier.YELLOW, null, partial, NOW);
            assertThat(s.reason()).isEqualTo(OverdueReason.WEEKLY_COUNT);
            assertThat(s.nextDue()).isEqualTo(since.plusDays(7));
            assertThat(s.daysOverdue()).isEqualTo(21);
        }
    }
}
