package io.guankou.desktop.meeting.report;

/** Where a report day's figures come from, as its note says. */
public enum ReportSource {
    /** Today, not over yet: the live figures as at the moment of the report. */
    LIVE,
    /** The snapshot stored at the day's end. */
    CLOSED,
    /** The day's closing snapshot, filled in after the day had ended (at the next start). */
    LATE,
    /** Only a snapshot taken during the day on demand; the day was never closed. */
    PARTIAL,
    /** A past day with no snapshot at all: the row says so and has no figures. */
    NONE,
    /** A day after today. */
    NOT_YET
}
