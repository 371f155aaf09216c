package io.guankou.model.followup;

import io.guankou.model.person.Tier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The follow-up rules of DOMAIN.md §4 as one pure function. A group's rules are broken from their due
 * time on:
 * <ul>
 * <li>interval: the last reached contact plus the group's interval;</li>
 * <li>weekly count: the k-th most recent reached contact plus 7 days, k being the weekly target, because
 *     from then on fewer than k reached contacts lie in the rolling 7 days.</li>
 * </ul>
 * A person is held to their tier's target and, inside an open home-treatment episode, also to the
 * infected-at-home target, whose clock starts at the episode's first day: contacts before the infection do
 * not count for it. A person with fewer reached contacts than the weekly target has been behind since the
 * first of them. Unreached attempts never reach this class.
 *
 * <p>The rules run on epoch seconds over a newest-first array ({@link #evaluate}) so that the follow-up index
 * can check 100,000 persons without creating objects for those on track; {@link #assess} is the same rule
 * for one person in date-time terms.
 */
public final class FollowUpSchedule {

    static final long WEEK = 7L * 24 * 3600;
    /** "None" for the times in {@link #evaluate}: never reached, no window limit, no episode. */
    static final long NONE = Long.MIN_VALUE;

    private final ContactTargets targets;
    private final ContactTarget[] tierTargets = new ContactTarget[Tier.values().length];
    private final ContactTarget home;

    public FollowUpSchedule(ContactTargets targets) {
        this.targets = Objects.requireNonNull(targets);
        for (Tier t : Tier.values()) {
            tierTargets[t.ordinal()] = targets.target(FollowUpGroup.of(t));
        }
        this.home = targets.target(FollowUpGroup.INFECTED_AT_HOME);
    }

    public ContactTargets targets() {
        return targets;
    }

    /**
     * @param homeTreatmentStart first day of the home-treatment episode open at {@code now}, or null
     */
    public FollowUpStatus assess(long personId, Tier tier, LocalDate homeTreatmentStart, ReachedContacts reached,
                                 LocalDateTime now) {
        int n = reached.known();
        long[] recent = new long[n];
        for (int i = 0; i < n; i++) {
            recent[i] = seconds(reached.nthMostRecent(i));
        }
        long anchor = homeTreatmentStart == null ? NONE : seconds(homeTreatmentStart.atStartOfDay());
        Due due = new Due();
        evaluate(tier, anchor, recent, n, secondsOrNone(reached.last()), secondsOrNone(reached.knownSince()),
                seconds(now), due);
        return status(personId, tier, anchor != NONE, recent, n, reached.last(), now, due);
    }

    /**
     * The rules on epoch seconds: fills {@code out} with the earliest due time over the applicable rules (or
     * "never reached") and whether it has passed at {@code now}.
     *
     * @param anchor start of the open home-treatment episode, or {@link #NONE}
     * @param recent reached contacts newest first, {@code n} of them
     * @param last   last reached contact ever, or {@link #NONE}
     * @param since  contacts before this may be missing from {@code recent}, or {@link #NONE}
     */
    void evaluate(Tier tier, long anchor, long[] recent, int n, long last, long since, long now, Due out) {
        out.reset();
        apply(out, tierTargets[tier.ordinal()], NONE, recent, n, last, since);
        if (anchor != NONE) {
            apply(out, home, anchor, recent, n, last, since);
        }
        out.overdue = out.never || (out.reason != null && now >= out.at);
    }

    /** The weekly target a person is held to: the tier's, or the episode's when that is higher. */
    int weeklyTarget(Tier tier, boolean infectedAtHome) {
        int weekly = tierTargets[tier.ordinal()].perWeek();
        return infectedAtHome ? Math.max(weekly, home.perWeek()) : weekly;
    }

    FollowUpStatus status(long personId, Tier tier, boolean infectedAtHome, long[] recent, int n,
                          LocalDateTime last, LocalDateTime now, Due due) {
        OverdueReason reason = !due.overdue ? null : due.never ? OverdueReason.NEVER_CONTACTED : due.reason;
        LocalDateTime nextDue = due.never || due.reason == null ? null : time(due.at);
        return new FollowUpStatus(personId, tier, infectedAtHome, now, last, countSince(recent, n, seconds(now)),
                weeklyTarget(tier, infectedAtHome), nextDue, reason);
    }

    private static void apply(Due due, ContactTarget target, long anchor, long[] recent, int n, long last,
                              long since) {
        if (target.intervalHours() > 0) {
            long from = Math.max(last, anchor);
            if (from == NONE) {
                due.never = true;
            } else {
                due.offer(from + target.intervalHours() * 3600L, OverdueReason.INTERVAL);
            }
        }
        int k = target.perWeek();
        if (k > 0) {
            // the k-th contact, if any, lies before the known window; with a complete list the target was
            // never met, and the first contact is the earliest date the office can count from
            long kth = k <= n ? recent[k - 1] : since != NONE ? since : n > 0 ? recent[n - 1] : NONE;
            kth = Math.max(kth, anchor);
            if (kth == NONE) {
                due.never = true;
            } else {
                due.offer(kth + WEEK, OverdueReason.WEEKLY_COUNT);
            }
        }
    }

    /** Reached contacts in the rolling 7 days ending at {@code now}: after now - 7 days, not after now. */
    static int countSince(long[] recent, int n, long now) {
        long from = now - WEEK;
        int count = 0;
        for (int i = 0; i < n && recent[i] > from; i++) {
            if (recent[i] <= now) {
                count++;
            }
        }
        return count;
    }

    static long seconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    private static long secondsOrNone(LocalDateTime t) {
        return t == null ? NONE : seconds(t);
    }

    static LocalDateTime time(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    /** The earliest due time over all applicable rules, the rule it came from, and whether it has passed. */
    static final class Due {
        long at;
        OverdueReason reason;
        boolean never;
        boolean overdue;

        void reset() {
            at = 0;
            reason = null;
            never = false;
            overdue = false;
        }

        void offer(long candidate, OverdueReason why) {
            if (reason == null || candidate < at) {
                at = candidate;
                reason = why;
            }
        }
    }
}
