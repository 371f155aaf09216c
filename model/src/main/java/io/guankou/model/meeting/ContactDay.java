package io.guankou.model.meeting;

import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.ledger.LedgerEntry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contact figures of one day for the dispatch meeting (DOMAIN.md §4, §10), all over the active ledger:
 * <ul>
 * <li><b>due</b>: persons who needed a reached contact during the day — as the day began (contacts up to its
 * start), they were overdue already or fell due before it ended;</li>
 * <li><b>done</b>: of those, the ones reached during the day (up to the moment);</li>
 * <li><b>made</b>: every person reached during the day, due or not;</li>
 * <li><b>overdue</b>: persons overdue at the moment, the number the overdue list shows;</li>
 * <li><b>weekly compliance</b>: of the persons with a contact target at the moment, those with at least their
 * weekly target of reached contacts in the rolling 7 days; per village too.</li>
 * </ul>
 */
public record ContactDay(int due, int done, int made, int overdue, int withTarget, int meetingTarget,
                         List<VillageCompliance> villages) {

    public ContactDay {
        villages = List.copyOf(villages);
    }

    /**
     * @param dayStart the index as the day began (contacts up to its start only)
     * @param now      the index at {@code at} (contacts up to then)
     * @param reached  the persons with a reached contact between the day's start and {@code at}
     */
    public static ContactDay of(Collection<LedgerEntry> ledger, FollowUpIndex dayStart, FollowUpIndex now,
                                Set<Long> reached, LocalDate day, LocalDateTime at) {
        LocalDateTime lastMoment = day.plusDays(1).atStartOfDay().minusSeconds(1);
        Set<Long> due = new HashSet<>();
        for (FollowUpStatus s : dayStart.overdue(lastMoment)) {
            due.add(s.personId());
        }
        int dueCount = 0;
        int done = 0;
        int made = 0;
        int overdue = 0;
        int withTarget = 0;
        int meeting = 0;
        Map<Long, int[]> perVillage = new LinkedHashMap<>();
        Map<Long, String> villageNames = new LinkedHashMap<>();
        for (LedgerEntry e : ledger) {
            long id = e.personId();
            if (!now.contains(id)) {
                continue;
            }
            boolean wasDue = due.contains(id) && dayStart.contains(id);
            boolean isReached = reached.contains(id);
            if (wasDue) {
                dueCount++;
                if (isReached) {
                    done++;
                }
            }
            if (isReached) {
                made++;
            }
            FollowUpStatus s = now.status(id, at);
            if (s.isOverdue()) {
                overdue++;
            }
            if (!s.hasTarget()) {
                continue;
            }
            boolean meets = s.reachedLast7Days() >= s.weeklyTarget();
            withTarget++;
            if (meets) {
                meeting++;
            }
            villageNames.putIfAbsent(e.villageId(), e.villageName());
            int[] v = perVillage.computeIfAbsent(e.villageId(), k -> new int[3]);
            v[0]++;
            if (meets) {
                v[1]++;
            }
            if (s.isOverdue()) {
                v[2]++;
            }
        }
        List<VillageCompliance> villages = new ArrayList<>(perVillage.size());
        perVillage.forEach((id, v) -> villages.add(new VillageCompliance(id, villageNames.get(id), v[0], v[1], v[2])));
        villages.sort(VillageCompliance.WORST_FIRST);
        return new ContactDay(dueCount, done, made, overdue, withTarget, meeting, villages);
    }

    /** Whole percent of persons with a target who meet it this week; null when nobody has a target. */
    public Integer compliancePercent() {
        return Percent.of(meetingTarget, withTarget);
    }
}
