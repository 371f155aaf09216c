package io.guankou.desktop.exchange;

import io.guankou.model.exchange.merge.ConflictChoice;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.id.ResidentIds;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflict list: every open conflict with both values, who changed each and when; a person decides
 * one at a time (keep local, take the other side's, or for the same person created twice merge or keep both).
 * Resident IDs among the values are masked unless revealed. Loads in the background ({@link LoadState}) and again
 * whenever packages change.
 */
public final class ConflictsViewModel {

    /** The package column of a person's resident ID: its values are masked by default. */
    static final String RESIDENT_ID = "resident_id";

    private final ExchangeService service;
    private final TaskRunner runner;
    private final DataEvents events;
    private final ZoneId zone;
    private final Reloading<List<ConflictRow>> loading;
    private final ObservableList<ConflictRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ConflictChoice> choices = FXCollections.observableArrayList();
    private final BooleanProperty revealIds = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final IntegerBinding count = Bindings.size(rows);
    private final BooleanBinding canResolve;

    ConflictsViewModel(ExchangeService service, TaskRunner runner, DataEvents events, ZoneId zone) {
        this.service = Objects.requireNonNull(service);
        this.runner = Objects.requireNonNull(runner);
        this.events = Objects.requireNonNull(events);
        this.zone = Objects.requireNonNull(zone);
        this.loading = new Reloading<>("exchange-conflicts", runner, service::openConflicts, this::loaded);
        selected.addListener((o, a, b) -> choices.setAll(b == null ? List.of() : b.kind().choices()));
        canResolve = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get()
                && loading.state().isReady(), selected, busy, loading.state().readyProperty());
    }

    public void reload() {
        loading.reload();
    }

    void changed() {
        loading.changed();
    }

    private void loaded(List<ConflictRow> loaded) {
        ConflictRow was = selected.get();
        int index = was == null ? -1 : rows.indexOf(was);
        rows.setAll(loaded);
        // the same conflict stays selected; a decided one gives way to the one now in its place
        ConflictRow same = was == null ? null
                : loaded.stream().filter(r -> r.id() == was.id()).findFirst().orElse(null);
        if (same != null) {
            selected.set(same);
        } else if (index >= 0 && !loaded.isEmpty()) {
            selected.set(loaded.get(Math.min(index, loaded.size() - 1)));
        } else {
            selected.set(loaded.isEmpty() ? null : loaded.get(0));
        }
    }

    public void select(ConflictRow row) {
        selected.set(row);
        notice.set(null);
    }

    /** Decides the selected conflict; the list loads again (through the change it publishes). */
    public void resolve(ConflictChoice choice) {
        ConflictRow row = selected.get();
        if (!canResolve.get() || !row.kind().choices().contains(choice)) {
            return;
        }
        busy.set(true);
        notice.set(null);
        runner.run("exchange-resolve", () -> {
            service.resolve(row.id(), choice);
            return row;
        }, done -> {
            busy.set(false);
            notice.set(new Notice(Msg.of("exchange.conflicts.resolved", done.record(), choice), false));
            events.publish(new DataChange.LedgerReplaced());
            events.publish(new DataChange.PackagesChanged());
        }, e -> {
            busy.set(false);
            notice.set(new Notice(ExchangeFailures.msg(e), true));
        });
    }

    /** A value as shown: a resident ID masked unless revealed; null (none) as null. */
    public String shown(ConflictRow row, String value) {
        if (value == null || !RESIDENT_ID.equals(row.field()) || revealIds.get()) {
            return value;
        }
        return ResidentIds.mask(value);
    }

    public LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }

    public LoadState state() {
        return loading.state();
    }

    public ObservableList<ConflictRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ConflictRow> selectedProperty() {
        return selected;
    }

    /** The choices for the selected conflict. */
    public ObservableList<ConflictChoice> choices() {
        return choices;
    }

    public BooleanProperty revealIdsProperty() {
        return revealIds;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canResolveProperty() {
        return canResolve;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Open conflicts. */
    public IntegerBinding countProperty() {
        return count;
    }
}
