package io.guankou.persistence.meeting;

import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.Snapshot;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When the day's figures are stored. A day is closed at its end (the figures as at 23:59, the moment the overdue
 * list's {@code --date} uses); a close that happens more than {@link #GRACE} after the day ended — at the next start
 * of a PC that was off at midnight — is <em>late</em>: its figures come from the data as they were at that start.
 * During the day a snapshot may be taken on demand (the figures as at that moment); the close replaces it.
 */
public final class DailySnapshots {

    /** The moment of the day the closing figures are computed for. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    /** A close within this long after midnight counts as on time. */
    public static final Duration GRACE = Duration.ofHours(1);
    /** At most this many missed days are filled at a start (the follow-up horizon: older contacts are not loaded). */
    public static final int MAX_FILL_DAYS = 28;

    private final DailyFiguresReader reader;
    private final SnapshotRepository store;

    public DailySnapshots(DailyFiguresReader reader, SnapshotRepository store) {
        this.reader = Objects.requireNonNull(reader);
        this.store = Objects.requireNonNull(store);
    }

    public static LocalDateTime endOf(LocalDate day) {
        return day.atTime(END_OF_DAY);
    }

    /**
     * The figures of {@code day} as the meeting sees them at {@code now}: live (as at now) for today, as at the day's
     * end for a day already over.
     */
    public DailyFigures figures(LocalDate day, LocalDateTime now) {
        LocalDateTime end = endOf(day);
        return reader.figures(day, now.isBefore(end) ? now : end);
    }

    /**
     * Takes and stores the snapshot of {@code day} at {@code now}: on demand during the day, or the close after it.
     * A day already closed is not taken again (its stored figures are history); returns what is stored.
     */
    public Snapshot take(LocalDate day, LocalDateTime now) {
        Optional<Snapshot> stored = store.load(day);
        if (stored.isPresent() && closed(stored.get())) {
            return stored.get();
        }
        if (now.isBefore(day.atStartOfDay())) {
            throw new IllegalArgumentException("the day " + day + " has not begun at " + now);
        }
        boolean late = now.isAfter(day.plusDays(1).atStartOfDay().plus(GRACE));
        Snapshot s = new Snapshot(figures(day, now), now, late);
        store.save(s);
        return s;
    }

    /** Whether the stored snapshot is the day's close (taken at or after its end), not an on-demand one. */
    public static boolean closed(Snapshot s) {
        return !s.takenAt().isBefore(endOf(s.figures().day()));
    }

    /**
     * Closes the days before {@code now}'s that have no closing snapshot: from the day after the last closed one (at
     * most {@link #MAX_FILL_DAYS} back), or only yesterday when none was ever stored. Returns the days closed.
     */
    public List<LocalDate> closeMissedDays(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalDate earliest = today.minusDays(MAX_FILL_DAYS);
        List<Snapshot> recent = store.range(earliest, today.minusDays(1));
        // none stored: yesterday only; only on-demand ones: from the oldest of those
        LocalDate first = recent.isEmpty() ? today.minusDays(1) : recent.get(0).figures().day();
        for (Snapshot s : recent) {
            if (closed(s)) {
                first = s.figures().day().plusDays(1); // oldest first: the last closed day wins
            }
        }
        List<LocalDate> done = new ArrayList<>();
        for (LocalDate d = first; d.isBefore(today); d = d.plusDays(1)) {
            take(d, now);
            done.add(d);
        }
        return done;
    }
}
