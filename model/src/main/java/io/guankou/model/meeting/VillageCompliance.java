package io.guankou.model.meeting;

import java.util.Comparator;

/**
 * One village's weekly compliance on one day: of its persons with a contact target, how many have had at least
 * their weekly target of reached contacts in the rolling 7 days, and how many are overdue.
 */
public record VillageCompliance(long villageId, String villageName, int withTarget, int meetingTarget, int overdue) {

    /** Worst first: lowest share meeting the target, then most overdue, then name. */
    public static final Comparator<VillageCompliance> WORST_FIRST = Comparator
            .comparingDouble(VillageCompliance::share)
            .thenComparing(Comparator.comparingInt(VillageCompliance::overdue).reversed())
            .thenComparing(VillageCompliance::villageName);

    public VillageCompliance {
        if (withTarget < 0 || meetingTarget < 0 || meetingTarget > withTarget || overdue < 0 || overdue > withTarget) {
            throw new IllegalArgumentException("inconsistent village compliance " + withTarget + "/" + meetingTarget
                    + "/" + overdue);
        }
    }

    /** 0..1; a village with nobody to contact counts as fully compliant. */
    public double share() {
        return withTarget == 0 ? 1.0 : (double) meetingTarget / withTarget;
    }

    /** Whole percent, rounded half up; null when nobody in the village has a target. */
    public Integer percent() {
        return Percent.of(meetingTarget, withTarget);
    }
}
