package io.guankou.desktop.referral;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.referral.Referral;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.referral.Transport;
import io.guankou.persistence.referral.ReferralEntry;
import io.guankou.persistence.referral.ReferralConflictException;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The referral queue (DOMAIN.md §5): open referrals oldest first (or all), which of them are stale by the
 * office's rule, and the selected referral's arrangement and status moves. Holds no nodes; every database
 * call runs through the {@link TaskRunner}. Messages are bundle keys so the view-model stays language-free.
 */
public final class ReferralViewModel {

    public static final String KEY_OUTCOME_REQUIRED = "referral.error.outcomeRequired";
    public static final String KEY_TRANSPORT_REQUIRED = "referral.error.transportRequired";
    public static final String KEY_CONFLICT = "referral.error.conflict";
    public static final String KEY_SAVE_FAILED = "referral.error.saveFailed";
    public static final String KEY_SAVED = "referral.saved";
    public static final String KEY_MOVED = "referral.moved";

    private final ReferralRepository referrals;
    private final FollowUpSettingsRepository settings;
    private final TaskRunner runner;
    private final Clock clock;
    private final String userName;

    private final BooleanProperty openOnly = new SimpleBooleanProperty(true);
    private final ObservableList<ReferralEntry> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReferralRules> rules = new SimpleObjectProperty<>(ReferralRules.defaults());
    private final IntegerProperty openCount = new SimpleIntegerProperty();
    private final IntegerProperty staleCount = new SimpleIntegerProperty();
    private final LoadState state = new LoadState();
    private final DataEvents events;
    private final ObservableList<String> destinations = FXCollections.observableArrayList();

    private final ObjectProperty<ReferralEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty destination = new SimpleStringProperty("");
    private final ObjectProperty<Transport> transport = new SimpleObjectProperty<>();
    private final BooleanProperty escort = new SimpleBooleanProperty();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final ObservableList<ReferralStatus> moves = FXCollections.observableArrayList();
    private final StringProperty outcomeError = new SimpleStringProperty();
    private final StringProperty transportError = new SimpleStringProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanBinding dirty;

    /** Every referral as last loaded (open and closed): the filter and the destination list work on it. */
    private List<ReferralEntry> all = List.of();
    private long generation;

    public ReferralViewModel(ReferralRepository referrals, FollowUpSettingsRepository settings, TaskRunner runner,
                             Clock clock, String userName, DataEvents events) {
        this.referrals = referrals;
        this.events = events;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
        this.userName = userName;
        openOnly.addListener((o, a, b) -> refilter());
        events.subscribe(EnumSet.of(DataKind.REFERRALS, DataKind.LEDGER, DataKind.SETTINGS, DataKind.PLACES),
                this::changed);
        dirty = Bindings.createBooleanBinding(this::computeDirty, selected, destination, transport, escort, outcome);
        // a fixed field clears its message as the user types, not only at the next save
        outcome.addListener((o, a, b) -> {
            if (b != null && !b.isBlank()) {
                outcomeError.set(null);
            }
        });
        transport.addListener((o, a, b) -> {
            if (b != null) {
                transportError.set(null);
            }
        });
    }

    private record Loaded(List<ReferralEntry> entries, ReferralRules rules) {
    }

    private void changed(DataChange change) {
        if (change instanceof DataChange.ReferralUpdated u) {
            ReferralEntry updated = u.entry();
            all = all.stream().map(x -> x.referral().id() == updated.referral().id() ? updated : x).toList();
            destinations.setAll(usedDestinations(all));
            Long keep = selectedId();
            refilter();
            reselect(keep);
        } else if (change instanceof DataChange.PersonSaved p) {
            reloadIfListed(p.entry().personId()); // a new name, phone or tier of someone in the queue
        } else if (change instanceof DataChange.PersonLeft l) {
            reloadIfListed(l.personId());
        } else {
            reload(); // a referral opened, persons imported, new tiers, or a new stale rule
        }
    }

    /** Most ledger edits concern persons without a referral: only a listed person's change needs the database. */
    private void reloadIfListed(long personId) {
        if (all.stream().anyMatch(e -> e.referral().personId() == personId)) {
            reload();
        }
    }

    /** Loads every referral and the stale rule again; the selection stays on the same referral if it still shows. */
    public void reload() {
        load(null);
    }

    private void load(Notice after) {
        long gen = ++generation;
        Long keep = selectedId();
        state.loading();
        runner.run("referral-load", () -> new Loaded(referrals.list(false), settings.loadReferralRules()),
                loaded -> {
                    if (gen != generation) {
                        return; // a newer load is on its way
                    }
                    state.ready();
                    rules.set(loaded.rules());
                    all = List.copyOf(loaded.entries());
                    destinations.setAll(usedDestinations(all));
                    refilter();
                    reselect(keep);
                    if (after != null) {
                        notice.set(after);
                    }
                },
                error -> {
                    if (gen == generation) {
                        state.failed(error);
                    }
                });
    }

    /** The repository lists open referrals oldest first, then closed ones newest first: keep that order. */
    private void refilter() {
        List<ReferralEntry> shown = openOnly.get()
                ? all.stream().filter(e -> e.referral().status().isOpen()).toList()
                : all;
        rows.setAll(shown);
        LocalDateTime now = now();
        openCount.set((int) all.stream().filter(e -> e.referral().status().isOpen()).count());
        staleCount.set((int) all.stream().filter(e -> rules.get().isStale(e.referral(), now)).count());
        if (selected.get() != null && !rows.contains(selected.get())) {
            select(null);
        }
    }

    private void reselect(Long id) {
        if (id == null) {
            return;
        }
        rows.stream().filter(e -> e.referral().id() == id).findFirst().ifPresentOrElse(this::select, () -> select(null));
    }

    /** Destinations used before, most used first: typing the same hospital name twice is where typos come from. */
    static List<String> usedDestinations(List<ReferralEntry> entries) {
        Map<String, Long> counts = entries.stream()
                .map(e -> e.referral().destination())
                .filter(d -> d != null && !d.isBlank())
                .map(String::strip)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    // ---- selection and editing

    /** Shows {@code entry} in the edit pane (null clears it); unsaved edits of the previous one are dropped. */
    public void select(ReferralEntry entry) {
        selected.set(entry);
        outcomeError.set(null);
        transportError.set(null);
        notice.set(null);
        if (entry == null) {
            destination.set("");
            transport.set(null);
            escort.set(false);
            outcome.set("");
            moves.clear();
            return;
        }
        Referral r = entry.referral();
        destination.set(r.destination() == null ? "" : r.destination());
        transport.set(r.transport());
        escort.set(r.escort());
        outcome.set(r.outcome() == null ? "" : r.outcome());
        List<ReferralStatus> next = new ArrayList<>(r.status().next());
        next.sort(Comparator.naturalOrder());
        moves.setAll(next);
    }

    private Long selectedId() {
        return selected.get() == null ? null : selected.get().referral().id();
    }

    private boolean computeDirty() {
        ReferralEntry e = selected.get();
        if (e == null) {
            return false;
        }
        Referral r = e.referral();
        return !Objects.equals(blankToNull(destination.get()), blankToNull(r.destination()))
                || transport.get() != r.transport()
                || escort.get() != r.escort()
                || !Objects.equals(blankToNull(outcome.get()), blankToNull(r.outcome()));
    }

    /** Stores destination, transport, escort and outcome without a status move. */
    public boolean save() {
        ReferralEntry e = selected.get();
        if (e == null || saving.get()) {
            return false;
        }
        store(e, edited(e.referral()), KEY_SAVED);
        return true;
    }

    /**
     * Moves the selected referral to {@code target} together with the edits. Refused at the field when the
     * move ends the referral without an outcome, or arranges transport without saying which.
     */
    public boolean moveTo(ReferralStatus target) {
        ReferralEntry e = selected.get();
        if (e == null || saving.get() || !moves.contains(target)) {
            return false;
        }
        boolean ok = true;
        if (!target.isOpen() && blankToNull(outcome.get()) == null) {
            outcomeError.set(KEY_OUTCOME_REQUIRED);
            ok = false;
        }
        if (target == ReferralStatus.TRANSPORT_ARRANGED && transport.get() == null) {
            transportError.set(KEY_TRANSPORT_REQUIRED);
            ok = false;
        }
        if (!ok) {
            return false;
        }
        Referral changed = edited(e.referral()).moveTo(target, now(), outcome.get());
        store(e, changed, KEY_MOVED);
        return true;
    }

    private Referral edited(Referral r) {
        Referral arranged = r.arranged(blankToNull(destination.get()), transport.get(), escort.get());
        String text = blankToNull(outcome.get());
        // an outcome may be written or corrected without a move; the model sets it only on a move
        return new Referral(arranged.id(), arranged.meta(), arranged.personId(), arranged.contactId(),
                arranged.triggers(), arranged.openedAt(), arranged.openedBy(), arranged.destination(),
                arranged.transport(), arranged.escort(), arranged.status(), arranged.statusAt(), text);
    }

    private void store(ReferralEntry entry, Referral changed, String doneKey) {
        saving.set(true);
        notice.set(null);
        String user = userName;
        runner.run("referral-save", () -> referrals.update(changed, user), stored -> {
            saving.set(false);
            ReferralEntry updated = new ReferralEntry(stored, entry.personName(), entry.residentId(), entry.phone(),
                    entry.villageName(), entry.gridName(), entry.tier());
            events.publish(new DataChange.ReferralUpdated(updated));
            reselect(stored.id());
            notice.set(Notice.ok(doneKey));
        }, error -> {
            saving.set(false);
            if (error instanceof ReferralConflictException) {
                // someone else changed it, or its status moved on: show what is stored now
                load(Notice.error(KEY_CONFLICT));
            } else {
                notice.set(Notice.error(KEY_SAVE_FAILED, Failures.msg(error)));
            }
        });
    }

    // ---- what the table shows

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Still open longer than the office's setting after it was opened. */
    public boolean isStale(ReferralEntry e) {
        return rules.get().isStale(e.referral(), now());
    }

    /** How long it has been open; for an ended referral, how long it was open. */
    public Duration openFor(ReferralEntry e) {
        Referral r = e.referral();
        LocalDateTime end = r.status().isOpen() ? now() : r.statusAt();
        Duration d = Duration.between(r.openedAt(), end);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public String displayedId(ReferralEntry e) {
        return e.residentId() == null ? "" : ResidentIds.mask(e.residentId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- properties

    public BooleanProperty openOnlyProperty() { return openOnly; }
    public ObservableList<ReferralEntry> rows() { return rows; }
    public ReadOnlyObjectProperty<ReferralRules> rulesProperty() { return rules; }
    public ReadOnlyIntegerProperty openCountProperty() { return openCount; }
    public ReadOnlyIntegerProperty staleCountProperty() { return staleCount; }
    /** Whether the queue has loaded; editing and exporting wait for it. */
    public LoadState state() { return state; }
    /** Destinations already used in referrals, most used first, for the destination field's suggestions. */
    public ObservableList<String> destinations() { return destinations; }
    public ReadOnlyObjectProperty<ReferralEntry> selectedProperty() { return selected; }
    public StringProperty destinationProperty() { return destination; }
    public ObjectProperty<Transport> transportProperty() { return transport; }
    public BooleanProperty escortProperty() { return escort; }
    public StringProperty outcomeProperty() { return outcome; }
    /** Exactly {@code status.next()} of the selected referral, in enum order. */
    public ObservableList<ReferralStatus> moves() { return moves; }
    /** Bundle key of the message at the outcome field, or null. */
    public ReadOnlyStringProperty outcomeErrorProperty() { return outcomeError; }
    /** Bundle key of the message at the transport field, or null. */
    public ReadOnlyStringProperty transportErrorProperty() { return transportError; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty savingProperty() { return saving; }
    /** The edit pane differs from the stored referral. */
    public BooleanBinding dirtyProperty() { return dirty; }
}
