package io.guankou.desktop.meeting.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** The county report as gathered: the township, the span, its days oldest first, and when it was made. */
public record CountyReport(String townshipName, ReportSpan span, List<ReportDay> days, LocalDateTime madeAt) {

    public CountyReport {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(madeAt, "madeAt");
        days = List.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one day");
        }
        townshipName = townshipName == null ? "" : townshipName;
    }
}
