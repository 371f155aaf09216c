package io.guankou.model.meeting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One facility's daily entry for the dispatch meeting: its medical staff, how many are on post, how many are
 * infected (off sick), and the fever-clinic visits of the day. Checked by {@link FacilityDayRules}.
 */
public record FacilityDay(long facilityId, LocalDate day, int staffTotal, int staffOnDuty, int staffInfected,
                          int feverVisits) {

    public FacilityDay {
        Objects.requireNonNull(day, "day");
    }
}
