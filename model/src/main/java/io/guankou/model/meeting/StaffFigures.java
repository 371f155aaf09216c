package io.guankou.model.meeting;

import java.util.Collection;

/**
 * The township's staff on one day, summed over the facilities that made their daily entry. The notices ask for
 * at least {@value #ON_DUTY_TARGET_PERCENT}% of medical staff on post.
 */
public record StaffFigures(int facilitiesReported, int total, int onDuty, int infected, int feverVisits) {

    public static final int ON_DUTY_TARGET_PERCENT = 80;

    public static StaffFigures sum(Collection<FacilityDay> days) {
        int total = 0;
        int onDuty = 0;
        int infected = 0;
        int fever = 0;
        for (FacilityDay d : days) {
            total += d.staffTotal();
            onDuty += d.staffOnDuty();
            infected += d.staffInfected();
            fever += d.feverVisits();
        }
        return new StaffFigures(days.size(), total, onDuty, infected, fever);
    }

    /** Whole percent of staff on post; null with no staff entered. */
    public Integer onDutyPercent() {
        return Percent.of(onDuty, total);
    }

    /** Whether the on-post share reaches the target; false with no staff entered. */
    public boolean meetsTarget() {
        return total > 0 && onDuty * 100L >= (long) ON_DUTY_TARGET_PERCENT * total;
    }
}
