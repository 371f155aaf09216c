package io.guankou.model.followup;

import io.guankou.model.person.Tier;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Where one person stands against the contact targets at {@code at}: the last reached contact, reached
 * contacts in the rolling 7 days against the weekly target, when the next contact is due and, when
 * overdue, why. {@code nextDue} is null for a person with no target, and for one never contacted
 * (who is overdue with {@link OverdueReason#NEVER_CONTACTED}).
 */
public record FollowUpStatus(long personId, Tier tier, boolean infectedAtHome, LocalDateTime at,
                             LocalDateTime lastReached, int reachedLast7Days, int weeklyTarget,
                             LocalDateTime nextDue, OverdueReason reason) {

    public boolean isOverdue() {
        return reason != null;
    }

    public boolean hasTarget() {
        return weeklyTarget > 0 || nextDue != null || reason != null;
    }

    /**
     * Whole days since the person fell behind (0 on the first day), or -1 when not overdue or never
     * contacted (no date to count from).
     */
    public long daysOverdue() {
        if (reason == null || nextDue == null) {
            return -1;
        }
        return Duration.between(nextDue, at).toDays();
    }
}
