package io.guankou.model.transport;

import io.guankou.model.org.Facility;
import java.util.List;

/**
 * One health centre: its ambulances (all, networked, networked and in service), whether it meets the "at least one
 * networked 120 ambulance" rule, and the villages it is nearest to, gaps first.
 */
public record CentreCoverage(Facility centre, int ambulances, int networked, int networkedInService, CentreRule rule,
                             List<VillageCoverage> villages) {

    public CentreCoverage {
        villages = List.copyOf(villages);
    }

    public int villagesCovered() {
        return (int) villages.stream().filter(VillageCoverage::covered).count();
    }

    public int villagesNotCovered() {
        return villages.size() - villagesCovered();
    }

    public int redCovered() {
        return villages.stream().filter(VillageCoverage::covered).mapToInt(VillageCoverage::redPersons).sum();
    }

    public int redNotCovered() {
        return villages.stream().filter(v -> !v.covered()).mapToInt(VillageCoverage::redPersons).sum();
    }

    /** Something for the dispatch meeting: the rule not met, or a village not covered. */
    public boolean hasGap() {
        return rule == CentreRule.NOT_MET || villagesNotCovered() > 0;
    }
}
