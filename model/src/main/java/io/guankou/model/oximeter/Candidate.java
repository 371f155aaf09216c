package io.guankou.model.oximeter;

import java.util.Objects;

/**
 * A holder the planner may give devices to: what it holds now (working devices), its minimum, and its persons' need.
 */
public record Candidate(HolderRef holder, HolderType type, String name, int held, int minimum, HolderNeed need) {

    public Candidate {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(need, "need");
        if (held < 0 || minimum < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Devices missing to reach the minimum. */
    public int belowMinimum() {
        return Math.max(0, minimum - held);
    }

    /** Devices held beyond the minimum: already there to issue to persons at home. */
    public int spare() {
        return Math.max(0, held - minimum);
    }

    /** Devices the persons need beyond what the holder can already spare. */
    public int needDemand() {
        return Math.max(0, need.atRiskWithout() - spare());
    }
}
