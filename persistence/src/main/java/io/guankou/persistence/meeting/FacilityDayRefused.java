package io.guankou.persistence.meeting;

import io.guankou.model.meeting.FacilityDayRules;
import java.util.List;

/** A daily entry that breaks {@link FacilityDayRules}, or names a facility the ledger does not have; nothing is stored. */
public final class FacilityDayRefused extends RuntimeException {

    private final transient List<FacilityDayRules.Problem> problems;

    public FacilityDayRefused(List<FacilityDayRules.Problem> problems) {
        super("daily entry refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** Empty when the facility itself is unknown (removed since the form was opened). */
    public List<FacilityDayRules.Problem> problems() {
        return problems;
    }
}
