package io.guankou.model.followup;

import io.guankou.model.settings.InvalidSettingException;
/**
 * A group's contact target: at least {@code perWeek} reached contacts in any rolling 7 days, and no more than
 * {@code intervalHours} since the last reached contact. Zero switches a rule off; green has neither by default.
 */
public record ContactTarget(int perWeek, int intervalHours) {

    /** More contacts than this per week is not a target an office can keep. */
    public static final int MAX_PER_WEEK = 14;
    public static final int MAX_INTERVAL_HOURS = 24 * 14;
    public static final ContactTarget NONE = new ContactTarget(0, 0);

    public ContactTarget {
        if (perWeek < 0 || perWeek > MAX_PER_WEEK) {
            throw new InvalidSettingException(InvalidSettingException.Kind.PER_WEEK_RANGE,
                    "contacts per week must be 0.." + MAX_PER_WEEK + ": " + perWeek, MAX_PER_WEEK, perWeek);
        }
        if (intervalHours < 0 || intervalHours > MAX_INTERVAL_HOURS) {
            throw new InvalidSettingException(InvalidSettingException.Kind.INTERVAL_RANGE,
                    "interval must be 0.." + MAX_INTERVAL_HOURS + " hours: " + intervalHours, MAX_INTERVAL_HOURS,
                    intervalHours);
        }
    }

    public boolean isNone() {
        return perWeek == 0 && intervalHours == 0;
    }
}
