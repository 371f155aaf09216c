package io.guankou.desktop.meeting;

import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.Snapshot;
import java.util.List;

/**
 * What the dashboard shows, loaded together: today's figures (live), yesterday's stored ones (for the change; null
 * when none) and the stored snapshots of the chart's days before today (oldest first).
 */
public record DashboardData(DailyFigures today, DailyFigures yesterday, List<Snapshot> history) {

    public DashboardData {
        history = List.copyOf(history);
    }
}
