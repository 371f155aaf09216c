package io.guankou.model.followup;

import io.guankou.model.person.Tier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every ledger person's follow-up state held in memory, so that the overdue list is a scan over the ledger
 * rather than a query over every contact ever made, and recording a contact updates one person.
 *
 * <p>Per person it keeps the tier, the open home-treatment episode and the most recent reached contacts (as
 * many as the rules look at, and enough to count a busy week). Contacts loaded from the database may stop at
 * {@code knownSince}; the schedule treats anything older as "before that time". Not thread-safe: build it on
 * one thread, then hand it over.
 */
public final class FollowUpIndex {

    /** Reached contacts kept per person: enough to count a week of daily calls twice over. */
    static final int MIN_KEPT = 16;

    private final FollowUpSchedule schedule;
    private final LocalDateTime knownSince;
    private final long since;
    private final int kept;
    private final Map<Long, Track> tracks = new HashMap<>();

    /**
     * @param knownSince contacts before this time are not loaded (null: the loader gives every contact)
     */
    public FollowUpIndex(ContactTargets targets, LocalDateTime knownSince) {
        this.schedule = new FollowUpSchedule(targets);
        this.knownSince = knownSince;
        this.since = knownSince == null ? FollowUpSchedule.NONE : FollowUpSchedule.seconds(knownSince);
        this.kept = Math.max(MIN_KEPT, targets.maxPerWeek());
    }

    public ContactTargets targets() {
        return schedule.targets();
    }

    public LocalDateTime knownSince() {
        return knownSince;
    }

    /** Adds a person or changes their tier. */
    public void put(long personId, Tier tier) {
        tracks.computeIfAbsent(personId, id -> new Track()).tier = Objects.requireNonNull(tier);
    }

    /** Drops a person who left the ledger. */
    public void remove(long personId) {
        tracks.remove(personId);
    }

    public boolean contains(long personId) {
        return tracks.containsKey(personId);
    }

    public int size() {
        return tracks.size();
    }

    /** The person's home-treatment episode (end null while open); replaces an earlier one. */
    public void homeTreatment(long personId, LocalDate start, LocalDate end) {
        Track t = track(personId);
        t.homeStart = start;
        t.homeEnd = end;
    }

    public void clearHomeTreatment(long personId) {
        Track t = track(personId);
        t.homeStart = null;
        t.homeEnd = null;
    }

    /**
     * The last reached contact ever, as stored beside the ledger; it may be older than {@code knownSince}. A
     * time older than one already known is ignored.
     */
    public void lastReached(long personId, LocalDateTime at) {
        Track t = track(personId);
        long m = FollowUpSchedule.seconds(at);
        if (m > t.last) {
            t.last = m;
        }
    }

    /** One reached contact, in any order; unreached attempts must not be given. */
    public void reached(long personId, LocalDateTime at) {
        Track t = track(personId);
        long m = FollowUpSchedule.seconds(at);
        if (m > t.last) {
            t.last = m;
        }
        t.insert(m, kept);
    }

    public FollowUpStatus status(long personId, LocalDateTime now) {
        Track t = tracks.get(personId);
        if (t == null) {
            throw new IllegalArgumentException("person " + personId + " is not in the follow-up index");
        }
        FollowUpSchedule.Due due = new FollowUpSchedule.Due();
        long at = FollowUpSchedule.seconds(now);
        long anchor = anchor(t, now.toLocalDate());
        schedule.evaluate(t.tier, anchor, t.recent, t.n, t.last, since, at, due);
        return schedule.status(personId, t.tier, anchor != FollowUpSchedule.NONE, t.recent, t.n, t.lastTime(), now,
                due);
    }

    /**
     * Every overdue person, longest overdue first (never contacted before all others), then tier. Persons on
     * track cost one rule check and no allocation: this runs over the whole ledger after every contact.
     */
    public List<FollowUpStatus> overdue(LocalDateTime now) {
        List<Pending> found = new ArrayList<>();
        FollowUpSchedule.Due due = new FollowUpSchedule.Due();
        long at = FollowUpSchedule.seconds(now);
        LocalDate today = now.toLocalDate();
        for (Map.Entry<Long, Track> e : tracks.entrySet()) {
            Track t = e.getValue();
            long anchor = anchor(t, today);
            schedule.evaluate(t.tier, anchor, t.recent, t.n, t.last, since, at, due);
            if (due.overdue) {
                found.add(new Pending(due.never ? Long.MIN_VALUE : due.at, t.tier.ordinal(), e.getKey(),
                        schedule.status(e.getKey(), t.tier, anchor != FollowUpSchedule.NONE, t.recent, t.n,
                                t.lastTime(), now, due)));
            }
        }
        // the order of OLDEST_FIRST, on primitives: tens of thousands of overdue persons sort in milliseconds
        found.sort(Comparator.comparingLong(Pending::due).thenComparingInt(Pending::tier)
                .thenComparingLong(Pending::personId));
        List<FollowUpStatus> out = new ArrayList<>(found.size());
        found.forEach(p -> out.add(p.status()));
        return out;
    }

    private record Pending(long due, int tier, long personId, FollowUpStatus status) {
    }

    /** Longest overdue first: never contacted, then by due time; ties by tier, then person. */
    public static final Comparator<FollowUpStatus> OLDEST_FIRST = Comparator
            .comparing(FollowUpStatus::nextDue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FollowUpStatus::tier)
            .thenComparingLong(FollowUpStatus::personId);

    /** Start of the home-treatment episode open on {@code today}, or none. */
    private static long anchor(Track t, LocalDate today) {
        boolean open = t.homeStart != null && !today.isBefore(t.homeStart)
                && (t.homeEnd == null || !today.isAfter(t.homeEnd));
        return open ? FollowUpSchedule.seconds(t.homeStart.atStartOfDay()) : FollowUpSchedule.NONE;
    }

    private Track track(long personId) {
        Track t = tracks.get(personId);
        if (t == null) {
            throw new IllegalArgumentException("person " + personId + " is not in the follow-up index");
        }
        return t;
    }


    /** One person: tier, episode, and reached contacts newest first in epoch seconds. */
    private static final class Track {
        Tier tier;
        LocalDate homeStart;
        LocalDate homeEnd;
        long last = FollowUpSchedule.NONE;
        long[] recent = new long[0];
        int n;

        void insert(long m, int cap) {
            int pos = 0;
            while (pos < n && recent[pos] >= m) {
                if (recent[pos] == m) {
                    return; // the same moment twice is one contact stored twice
                }
                pos++;
            }
            if (pos >= cap) {
                return;
            }
            if (n == recent.length) {
                recent = Arrays.copyOf(recent, Math.min(cap, Math.max(4, n * 2)));
            }
            int moved = Math.min(n, recent.length - 1) - pos;
            System.arraycopy(recent, pos, recent, pos + 1, moved);
            recent[pos] = m;
            n = Math.min(n + 1, recent.length);
        }

        LocalDateTime lastTime() {
            return last == FollowUpSchedule.NONE ? null : FollowUpSchedule.time(last);
        }
    }
}
