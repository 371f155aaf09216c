package io.guankou.model.transport;

import io.guankou.model.place.Village;

/**
 * One village's coverage: its red-tier persons, the estimate from the quickest ambulance base (null without
 * positions), the measured time if entered, the time that counts, its target, and the gap (null when covered).
 *
 * @param baseId        the facility of the quickest base by the estimate, or null
 * @param distanceKm    straight-line distance to that base, or null
 */
public record VillageCoverage(Village village, int redPersons, Long baseId, Double distanceKm, Double estimateMinutes,
                              Integer measuredMinutes, int targetMinutes, CoverageGap gap) {

    /** The minutes that count: the measured time if entered, else the estimate; null when neither is known. */
    public Double minutes() {
        return measuredMinutes != null ? Double.valueOf(measuredMinutes) : estimateMinutes;
    }

    public TimeSource source() {
        if (measuredMinutes != null) {
            return TimeSource.MEASURED;
        }
        return estimateMinutes != null ? TimeSource.ESTIMATED : TimeSource.UNKNOWN;
    }

    public boolean covered() {
        return gap == null;
    }
}
