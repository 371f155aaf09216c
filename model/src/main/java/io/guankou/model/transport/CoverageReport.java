package io.guankou.model.transport;

import java.util.List;

/** The coverage of every health centre, gaps first, and the settings it was computed with. */
public record CoverageReport(List<CentreCoverage> centres, CoverageSettings settings) {

    public CoverageReport {
        centres = List.copyOf(centres);
    }

    public int villagesNotCovered() {
        return centres.stream().mapToInt(CentreCoverage::villagesNotCovered).sum();
    }

    public int redNotCovered() {
        return centres.stream().mapToInt(CentreCoverage::redNotCovered).sum();
    }

    public long centresNotMeetingRule() {
        return centres.stream().filter(c -> c.rule() == CentreRule.NOT_MET).count();
    }
}
