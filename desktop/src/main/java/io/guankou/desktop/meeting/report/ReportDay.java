package io.guankou.desktop.meeting.report;

import io.guankou.model.meeting.DailyFigures;
import io.guankou.persistence.meeting.DailyEntryFacility;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One day of the county report: its figures (null for {@link ReportSource#NONE} and {@link ReportSource#NOT_YET}),
 * where they come from, when they were taken (null without figures), and every facility with its daily entry of that
 * day (the entry null when none was made; no facilities for a day still to come).
 */
public record ReportDay(LocalDate day, ReportSource source, DailyFigures figures, LocalDateTime takenAt,
                        List<DailyEntryFacility> facilities) {

    public ReportDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(source, "source");
        facilities = List.copyOf(facilities);
        if ((figures == null) != (source == ReportSource.NONE || source == ReportSource.NOT_YET)) {
            throw new IllegalArgumentException("figures do not match the source " + source);
        }
    }
}
