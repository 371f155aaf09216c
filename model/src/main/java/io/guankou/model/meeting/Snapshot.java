package io.guankou.model.meeting;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A day's figures as stored: when they were taken, and whether late — filled in after the day had ended, at the
 * next start, from the data as they were then (a trend point to read with care).
 */
public record Snapshot(DailyFigures figures, LocalDateTime takenAt, boolean late) {

    public Snapshot {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
