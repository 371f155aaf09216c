package io.guankou.desktop.meeting.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the county report covers: one day, or the week (Monday to Sunday) the chosen day falls in. */
public enum ReportSpan {
    DAY,
    WEEK;

    public static final int WEEK_DAYS = 7;

    /** The report's days, oldest first. */
    public List<LocalDate> days(LocalDate day) {
        if (this == DAY) {
            return List.of(day);
        }
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        List<LocalDate> out = new ArrayList<>(WEEK_DAYS);
        for (int i = 0; i < WEEK_DAYS; i++) {
            out.add(monday.plusDays(i));
        }
        return out;
    }
}
