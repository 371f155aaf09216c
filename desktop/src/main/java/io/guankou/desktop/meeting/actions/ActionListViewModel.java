package io.guankou.desktop.meeting.actions;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.meeting.ActionCounts;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionRules;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.ActionRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The meeting's action lists (tasks, problems, responsibilities): the open items, overdue first, and with "show
 * closed" those closed in the last {@value ActionRules#CLOSED_SHOWN_DAYS} days; one list or all three; how many are
 * open and overdue. Adds, changes, closes with an outcome and reopens through forms ({@link ActionFormViewModel},
 * {@link ActionCloseViewModel}) in the background, publishes each write, and loads again when the items, places,
 * persons or a package change.
 */
public final class ActionListViewModel {

    private final ActionItemRepository repo;
    private final TaskRunner runner;
    private final Clock clock;
    private final String user;
    private final DataEvents events;
    private final LoadState state = new LoadState();
    private final ObservableList<ActionItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ActionKind> kindFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showClosed = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper openCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper overdueCount = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<ActionItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final BooleanBinding selectedOpen;
    private final BooleanBinding selectedDone;
    private List<ActionItem> loaded = List.of();
    private LocalDate today;
    private Long wanted;
    private long generation;
    private boolean changedWhileLoading;

    public ActionListViewModel(ActionItemRepository repo, TaskRunner runner, Clock clock, String user,
                               DataEvents events) {
        this.repo = repo;
        this.runner = runner;
        this.clock = clock;
        this.user = user;
        this.events = events;
        this.today = LocalDate.now(clock);
        selectedOpen = Bindings.createBooleanBinding(() -> state.isReady() && !writing.get()
                && selected.get() != null && selected.get().open(), selected, state.readyProperty(), writing);
        selectedDone = Bindings.createBooleanBinding(() -> state.isReady() && !writing.get()
                && selected.get() != null && !selected.get().open(), selected, state.readyProperty(), writing);
        kindFilter.addListener((o, a, b) -> show());
        showClosed.addListener((o, a, b) -> show());
        events.subscribe(EnumSet.of(DataKind.ACTION_ITEMS, DataKind.PLACES, DataKind.LEDGER, DataKind.PACKAGES),
                c -> changed());
    }

    private void changed() {
        if (state.phase() == LoadState.Phase.LOADING) {
            changedWhileLoading = true;
        } else if (state.phase() != LoadState.Phase.NOT_LOADED) {
            reload();
        }
    }

    public void reload() {
        long gen = ++generation;
        changedWhileLoading = false;
        state.loading();
        LocalDate day = LocalDate.now(clock);
        runner.run("action-items-load", () -> repo.list(day, ActionRules.CLOSED_SHOWN_DAYS), list -> {
            if (gen != generation) {
                return;
            }
            today = day;
            loaded = list;
            show();
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

    private void show() {
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        wanted = null;
        ActionKind k = kindFilter.get();
        List<ActionItem> ofKind = loaded.stream().filter(i -> k == null || i.kind() == k).toList();
        ActionCounts counts = ActionRules.counts(ofKind, today);
        openCount.set(counts.open());
        overdueCount.set(counts.overdue());
        items.setAll(ofKind.stream().filter(i -> showClosed.get() || i.open()).toList());
        selected.set(keep == null ? null : items.stream().filter(i -> i.id() == keep).findFirst().orElse(null));
    }

    public void select(ActionItem item) {
        selected.set(item);
    }

    /** The form of a new item, entered today (the clock's day, also when the list was loaded the day before). */
    public ActionFormViewModel startNew() {
        notice.set(null);
        return new ActionFormViewModel(repo, runner, null, LocalDate.now(clock), user,
                id -> written(id, Notice.ok("meeting.actions.added")));
    }

    /** The form of the selected item; null unless it is open (a closed item is reopened first). */
    public ActionFormViewModel startEdit() {
        ActionItem item = selected.get();
        if (!selectedOpen.get()) {
            return null;
        }
        notice.set(null);
        return new ActionFormViewModel(repo, runner, item, LocalDate.now(clock), user,
                id -> written(id, Notice.ok("meeting.actions.edited")));
    }

    /** The closing form of the selected item; null unless it is open. */
    public ActionCloseViewModel startClose() {
        ActionItem item = selected.get();
        if (!selectedOpen.get()) {
            return null;
        }
        notice.set(null);
        return new ActionCloseViewModel(repo, runner, item, LocalDate.now(clock), user,
                id -> written(id, Notice.ok("meeting.actions.closed")));
    }

    /** Opens the selected closed item again; false unless one is selected. */
    public boolean reopen() {
        ActionItem item = selected.get();
        if (!selectedDone.get()) {
            return false;
        }
        notice.set(null);
        writing.set(true);
        runner.run("action-reopen", () -> {
            repo.reopen(item.id(), user);
            return item.id();
        }, id -> {
            writing.set(false);
            written(id, Notice.ok("meeting.actions.reopened"));
        }, error -> {
            writing.set(false);
            notice.set(error instanceof ActionRefused r && !r.problems().isEmpty()
                    ? new Notice(Msg.label(r.problems().get(0).kind()), true)
                    : Notice.error("meeting.actions.error.saveFailed", Failures.msg(error)));
        });
        return true;
    }

    private void written(long id, Notice done) {
        wanted = id;
        notice.set(done);
        events.publish(new DataChange.ActionItemsChanged());
    }

    /** Open and due before the day of the last load. */
    public boolean overdue(ActionItem item) {
        return ActionRules.isOverdue(item, today);
    }

    /** The status column: open, overdue by so many days, or closed on a day. */
    public Msg status(ActionItem item) {
        if (!item.open()) {
            return Msg.of("meeting.actions.status.done", item.closedOn());
        }
        if (overdue(item)) {
            return Msg.of("meeting.actions.status.overdue", ChronoUnit.DAYS.between(item.due(), today));
        }
        return Msg.of("meeting.actions.status.open");
    }

    /** The link column: what the item is about, a person's name masked; null when about nothing single. */
    public static Msg link(ActionItem item) {
        return item.link() == null ? null
                : Msg.of("meeting.actions.link", item.link().kind(), item.link().shownLabel());
    }

    public LoadState state() { return state; }
    /** The items shown: of the chosen kind, open (and lately closed when asked), in the list's order. */
    public ObservableList<ActionItem> items() { return items; }
    /** The list shown: null for all three. */
    public ObjectProperty<ActionKind> kindFilterProperty() { return kindFilter; }
    public BooleanProperty showClosedProperty() { return showClosed; }
    /** Open items of the chosen kind (all kinds when none). */
    public ReadOnlyIntegerProperty openCountProperty() { return openCount.getReadOnlyProperty(); }
    /** Of those, the overdue. */
    public ReadOnlyIntegerProperty overdueCountProperty() { return overdueCount.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ActionItem> selectedProperty() { return selected; }
    /** An open item is selected and nothing is being written: it may be edited or closed. */
    public BooleanBinding selectedOpenProperty() { return selectedOpen; }
    /** A closed item is selected and nothing is being written: it may be reopened. */
    public BooleanBinding selectedDoneProperty() { return selectedDone; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    /** The day the list was last loaded for (overdue is judged against it). */
    public LocalDate today() { return today; }
}
