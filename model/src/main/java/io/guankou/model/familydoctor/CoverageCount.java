package io.guankou.model.familydoctor;

import java.util.Objects;

/** Of the persons in a group, how many have signed; the share in whole percent, rounded down (100 only when all). */
public record CoverageCount(CoverageGroup group, int persons, int signed) {

    public CoverageCount {
        Objects.requireNonNull(group, "group");
        if (signed < 0 || signed > persons) {
            throw new IllegalArgumentException("signed " + signed + " of " + persons);
        }
    }

    public int unsigned() {
        return persons - signed;
    }

    /** Whole percent, rounded down, so that 99.6% never shows as 100; -1 for an empty group. */
    public int percent() {
        return persons == 0 ? -1 : (int) ((long) signed * 100 / persons);
    }
}
