package io.guankou.model.person;

/** Risk tier (DOMAIN.md §3), highest risk first so that ordinal order is urgency order. */
public enum Tier {
    /** High risk, service level 3. */
    RED,
    /** Medium risk, service level 2. */
    YELLOW,
    /** Low risk, service level 1. */
    GREEN;

    public int serviceLevel() {
        return 3 - ordinal();
    }
}
