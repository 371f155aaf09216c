package io.guankou.model.oximeter;

import java.util.List;
import java.util.Objects;

/** One holder's share of a plan: devices to reach its minimum, devices for need, and why. */
public record AllocationLine(Candidate candidate, int forMinimum, int forNeed, List<AllocationReason> reasons) {

    public AllocationLine {
        Objects.requireNonNull(candidate, "candidate");
        reasons = List.copyOf(reasons);
    }

    public int total() {
        return forMinimum + forNeed;
    }
}
