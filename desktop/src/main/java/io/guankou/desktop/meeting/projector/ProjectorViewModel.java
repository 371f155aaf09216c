package io.guankou.desktop.meeting.projector;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Projector mode: the meeting's pages, one shown at a time, moved by {@link #next()} and {@link #previous()} (arrow
 * keys, Page Up/Down of a clicker), optionally rotating every {@link #rotationSecondsProperty()} seconds (0: off).
 * Loaded in the background and again when the data change; the page shown stays where it was.
 */
public final class ProjectorViewModel {

    /** Rows per page: large enough type for the back of a room at 1024x768. */
    public static final int ROWS_PER_PAGE = 10;
    public static final int DEFAULT_ROTATION_SECONDS = 20;

    private final ProjectorSource source;
    private final TaskRunner runner;
    private final Clock clock;
    private final ProjectorPages pages;
    private final LoadState state = new LoadState();
    private final ObservableList<ProjectorPage> all = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ObjectProperty<ProjectorPage> current = new SimpleObjectProperty<>();
    private final IntegerProperty rotationSeconds = new SimpleIntegerProperty(0);
    private final Runnable unsubscribe;
    private long generation;

    public ProjectorViewModel(ProjectorSource source, TaskRunner runner, Clock clock, DataEvents events, Messages msg) {
        this.source = source;
        this.runner = runner;
        this.clock = clock;
        this.pages = new ProjectorPages(msg, ROWS_PER_PAGE);
        index.addListener((o, a, b) -> show());
        unsubscribe = events.subscribe(EnumSet.allOf(DataKind.class), c -> reload());
    }

    public void reload() {
        long gen = ++generation;
        state.loading();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        runner.run("projector-load", () -> pages.build(source.load(now)), built -> {
            if (gen != generation) {
                return;
            }
            all.setAll(built);
            if (index.get() >= all.size()) {
                index.set(0);
            }
            show();
            state.ready();
        }, error -> {
            if (gen == generation) {
                state.failed(error);
            }
        });
    }

    private void show() {
        current.set(all.isEmpty() ? null : all.get(index.get()));
    }

    public void next() {
        if (!all.isEmpty()) {
            index.set((index.get() + 1) % all.size());
        }
    }

    public void previous() {
        if (!all.isEmpty()) {
            index.set((index.get() - 1 + all.size()) % all.size());
        }
    }

    /** Rotation on (at the default pace) or off. */
    public void toggleRotation() {
        rotationSeconds.set(rotationSeconds.get() == 0 ? DEFAULT_ROTATION_SECONDS : 0);
    }

    /** Leaving projector mode: no more loads for a window that is gone. */
    public void close() {
        generation++;
        unsubscribe.run();
    }

    public LoadState state() { return state; }
    public List<ProjectorPage> pages() { return all; }
    public ReadOnlyIntegerProperty indexProperty() { return index; }
    public ReadOnlyObjectProperty<ProjectorPage> currentProperty() { return current; }
    public IntegerProperty rotationSecondsProperty() { return rotationSeconds; }
}
