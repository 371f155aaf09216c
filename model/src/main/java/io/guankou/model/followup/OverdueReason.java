package io.guankou.model.followup;

/** Which rule a person has fallen behind on; when several are broken, the one broken first. */
public enum OverdueReason {
    /** No reached contact at all (or none since the episode started, for infected at home). */
    NEVER_CONTACTED,
    /** Longer than the group's interval since the last reached contact. */
    INTERVAL,
    /** Fewer reached contacts in the rolling 7 days than the group's weekly target. */
    WEEKLY_COUNT
}
