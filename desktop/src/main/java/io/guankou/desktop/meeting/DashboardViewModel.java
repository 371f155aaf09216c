package io.guankou.desktop.meeting;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.Snapshot;
import io.guankou.persistence.meeting.DailySnapshots;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The dispatch meeting's dashboard: today's figures (the tiles), yesterday's for the change, and the trend over the
 * last 14 or 28 days from the stored snapshots, today's live figures as the last point. Loaded in the background;
 * again whenever any of the township's data change (the platform's data events, never a timer). The days are closed
 * (stored) by {@link DayCloser}.
 */
public final class DashboardViewModel {

    public static final int SHORT_TREND = 14;
    public static final int LONG_TREND = 28;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingServices services;
    private final LoadState state = new LoadState();
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>();
    private final IntegerProperty trendDays = new SimpleIntegerProperty(SHORT_TREND);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private long generation;
    private boolean changedWhileLoading;

    public DashboardViewModel(MeetingServices services) {
        this.services = services;
        services.events().subscribe(EnumSet.allOf(DataKind.class), this::changed);
    }

    private void changed(DataChange change) {
        if (state.phase() == LoadState.Phase.LOADING) {
            changedWhileLoading = true;
        } else if (state.phase() != LoadState.Phase.NOT_LOADED) {
            reload();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(services.clock()).truncatedTo(ChronoUnit.MINUTES);
    }

    public void reload() {
        long gen = ++generation;
        changedWhileLoading = false;
        state.loading();
        LocalDateTime now = now();
        services.runner().run("meeting-load", () -> load(now), loaded -> {
            if (gen != generation) {
                return;
            }
            data.set(loaded);
            state.ready();
            if (changedWhileLoading) {
                reload();
            }
        }, error -> {
            if (gen == generation) {
                state.failed(error);
            }
        });
    }

    private DashboardData load(LocalDateTime now) {
        DailySnapshots snapshots = services.snapshots();
        LocalDate today = now.toLocalDate();
        DailyFigures figures = snapshots.figures(today, now);
        List<Snapshot> history = services.store().range(today.minusDays(LONG_TREND - 1), today.minusDays(1));
        DailyFigures yesterday = history.stream().filter(s -> s.figures().day().equals(today.minusDays(1)))
                .map(Snapshot::figures).findFirst().orElse(null);
        return new DashboardData(figures, yesterday, history);
    }

    /** Stores today's figures now, on demand (the midnight close replaces them). */
    public void takeSnapshot() {
        LocalDateTime now = now();
        services.runner().run("meeting-snapshot", () -> services.snapshots().take(now.toLocalDate(), now), s -> {
            notice.set(Notice.ok("meeting.notice.snapshotTaken", TIME.format(s.takenAt())));
            services.events().publish(new DataChange.MeetingDataSaved());
        }, error -> notice.set(Notice.error("meeting.notice.snapshotFailed", String.valueOf(error.getMessage()))));
    }

    /** Shows what another of the meeting's actions reports (a summary or report saved) in the dashboard's notice line. */
    public void show(Notice n) {
        notice.set(n);
    }

    /** The trend's points, oldest first: the stored days within the trend, then today's live figures. */
    public List<DailyFigures> trend() {
        DashboardData d = data.get();
        if (d == null) {
            return List.of();
        }
        LocalDate from = d.today().day().minusDays(trendDays.get() - 1L);
        List<DailyFigures> out = new ArrayList<>();
        for (Snapshot s : d.history()) {
            if (!s.figures().day().isBefore(from)) {
                out.add(s.figures());
            }
        }
        out.add(d.today());
        return out;
    }

    /** Stored days of the trend that were filled in late (marked on the charts' axis). */
    public List<LocalDate> lateDays() {
        DashboardData d = data.get();
        return d == null ? List.of() : d.history().stream().filter(Snapshot::late).map(s -> s.figures().day()).toList();
    }

    public LoadState state() { return state; }
    public ReadOnlyObjectProperty<DashboardData> dataProperty() { return data; }
    public IntegerProperty trendDaysProperty() { return trendDays; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
}
