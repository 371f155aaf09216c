package io.guankou.desktop.overdue;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.contact.Contact;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueList;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.InfectionEpisode;
import io.guankou.model.person.Tier;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The overdue list's state. {@link #reload()} reads the ledger and the follow-up index in the
 * background; everything after that (grouping, tier filter, a recorded contact) is rebuilt from memory on
 * the calling thread. That is deliberate: the index is not thread-safe and is only ever touched on the FX
 * thread once handed over, and a rebuild is a scan over the ledger in memory (decisions/0003), fast enough
 * not to need a task.
 */
public final class OverdueViewModel {

    private final LedgerRepository ledger;
    private final FollowUpRepository followUps;
    private final FollowUpSettingsRepository settings;
    private final TaskRunner runner;
    private final Clock clock;

    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.VILLAGE);
    private final Map<Tier, BooleanProperty> tierShown = new EnumMap<>(Tier.class);
    private final ObservableList<OverdueGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<OverdueGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ObjectProperty<LocalDateTime> asOf = new SimpleObjectProperty<>();
    private final LoadState state = new LoadState();

    /** The ledger rows by person id, kept from the load and updated per save: the list is built from it. */
    private Map<Long, LedgerEntry> entries = Map.of();
    private FollowUpIndex index;
    private LocalDateTime now;
    private long generation;
    /**
     * Contacts and ledger changes while a reload was running: what it loaded may predate them, so they are
     * replayed on arrival.
     */
    private final List<DataChange> whileLoading = new ArrayList<>();
    /** The list order just before the last recorded contact, so "next" continues where the user was. */
    private List<OverdueRow> orderBeforeSave = List.of();
    private Long lastSavedPerson;

    public OverdueViewModel(LedgerRepository ledger, FollowUpRepository followUps,
                            FollowUpSettingsRepository settings, TaskRunner runner, Clock clock, DataEvents events) {
        this.ledger = ledger;
        this.followUps = followUps;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
        for (Tier t : Tier.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(true);
            shown.addListener((o, a, b) -> reorder());
            tierShown.put(t, shown);
        }
        grouping.addListener((o, a, b) -> reorder());
        events.subscribe(EnumSet.of(DataKind.LEDGER, DataKind.CONTACTS, DataKind.SETTINGS, DataKind.PLACES),
                this::changed);
    }

    private void changed(DataChange change) {
        if (change instanceof DataChange.PersonSaved s) {
            personSaved(s.entry());
        } else if (change instanceof DataChange.PersonLeft l) {
            personLeft(l.personId());
        } else if (change instanceof DataChange.ContactSaved c) {
            contactSaved(c.saved());
        } else {
            reload(); // an import, new tier rules or new targets
        }
    }

    private record Loaded(List<LedgerEntry> entries, FollowUpIndex index) {
    }

    /** Reads the ledger, the targets and the follow-up index again, as of the clock's time now. */
    public void reload() {
        long gen = ++generation;
        LocalDateTime at = nowFromClock();
        state.loading();
        whileLoading.clear();
        runner.run("overdue-load", () -> {
            ContactTargets targets = settings.loadTargets();
            // contacts saved while this runs may be missing from it: they are replayed on arrival
            FollowUpIndex loadedIndex = followUps.loadIndex(targets, at);
            return new Loaded(ledger.loadEntries(), loadedIndex);
        }, loaded -> {
            if (gen != generation) {
                return; // a newer reload is under way
            }
            entries = OverdueList.byId(loaded.entries());
            index = loaded.index();
            now = at;
            whileLoading.forEach(this::replay);
            whileLoading.clear();
            orderBeforeSave = List.of();
            lastSavedPerson = null;
            state.ready();
            asOf.set(now);
            rebuild();
        }, failure -> {
            if (gen == generation) {
                state.failed(failure);
            }
        });
    }

    /**
     * A contact was saved (by the contact form): one person's state changes in the index and the list is
     * rebuilt from memory, without going back to the database. "Now" moves on to the clock's time, so the
     * saved contact counts in the rolling 7 days.
     */
    void contactSaved(SavedContact saved) {
        if (state.phase() == LoadState.Phase.LOADING) {
            whileLoading.add(new DataChange.ContactSaved(saved));
        }
        if (index == null) {
            return;
        }
        long personId = saved.contact().personId();
        if (!Long.valueOf(personId).equals(lastSavedPerson)) {
            // several contacts for one person in a row keep the place where the user started on them
            orderBeforeSave = OverdueList.rows(groups);
            lastSavedPerson = personId;
        }
        apply(saved);
        LocalDateTime clockNow = nowFromClock();
        if (clockNow.isAfter(now)) {
            now = clockNow;
            asOf.set(now);
        }
        rebuild();
    }

    /** A person was added or edited in the ledger: their row and tier change here without a reload. */
    void personSaved(LedgerEntry entry) {
        if (state.phase() == LoadState.Phase.LOADING) {
            whileLoading.add(new DataChange.PersonSaved(entry));
        }
        if (index == null) {
            return; // the load under way reads the saved row
        }
        entries.put(entry.personId(), entry);
        index.put(entry.personId(), entry.tier());
        rebuild();
    }

    /** A person left the ledger (moved away, deceased). */
    void personLeft(long personId) {
        if (state.phase() == LoadState.Phase.LOADING) {
            whileLoading.add(new DataChange.PersonLeft(personId));
        }
        if (index == null) {
            return;
        }
        entries.remove(personId);
        index.remove(personId);
        rebuild();
    }

    /** A change that came while loading, applied to what was loaded (no rebuild: the load rebuilds). */
    private void replay(DataChange change) {
        if (change instanceof DataChange.ContactSaved c) {
            apply(c.saved());
        } else if (change instanceof DataChange.PersonSaved s) {
            entries.put(s.entry().personId(), s.entry());
            index.put(s.entry().personId(), s.entry().tier());
        } else if (change instanceof DataChange.PersonLeft l) {
            entries.remove(l.personId());
            index.remove(l.personId());
        }
    }

    private void apply(SavedContact saved) {
        Contact c = saved.contact();
        if (!index.contains(c.personId())) {
            return; // not on the ledger any more (left since the load)
        }
        if (c.reached()) {
            index.reached(c.personId(), c.at());
        }
        InfectionEpisode episode = saved.episode();
        if (episode != null && episode.homeTreatment()) {
            index.homeTreatment(c.personId(), episode.start(), episode.end());
        } else {
            index.clearHomeTreatment(c.personId());
        }
    }

    /**
     * The person after {@code personId} in the list order the user was working through, skipping anyone no
     * longer overdue: what the contact form shows next. Right after a contact for {@code personId} was saved,
     * that order is the one before the save (the saved person may have left the list or moved down it).
     */
    public Optional<LedgerEntry> nextAfter(long personId) {
        List<OverdueRow> current = OverdueList.rows(groups);
        List<OverdueRow> order = Long.valueOf(personId).equals(lastSavedPerson) ? orderBeforeSave : current;
        Map<Long, LedgerEntry> stillOverdue = new HashMap<>();
        for (OverdueRow r : current) {
            stillOverdue.put(r.person().personId(), r.person());
        }
        boolean passed = false;
        for (OverdueRow r : order) {
            long id = r.person().personId();
            if (passed && id != personId && stillOverdue.containsKey(id)) {
                return Optional.of(stillOverdue.get(id));
            }
            if (id == personId) {
                passed = true;
            }
        }
        return Optional.empty();
    }

    /** The user chose another grouping or filter: "next" follows the new order from now on. */
    private void reorder() {
        orderBeforeSave = List.of();
        lastSavedPerson = null;
        rebuild();
    }

    private void rebuild() {
        if (index == null) {
            return;
        }
        List<OverdueGroup> built = OverdueList.build(entries, index, now, grouping.get(), shownTiers());
        groups.setAll(built);
        total.set(built.stream().mapToInt(OverdueGroup::count).sum());
    }

    /** The tiers currently ticked. */
    public Set<Tier> shownTiers() {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        tierShown.forEach((t, shown) -> {
            if (shown.get()) {
                tiers.add(t);
            }
        });
        return tiers;
    }

    /** Every row of the list in display order (groups in order, oldest overdue first within each). */
    public List<OverdueRow> rows() {
        return OverdueList.rows(groups);
    }

    /** Person ids currently listed. */
    public Set<Long> listedIds() {
        Set<Long> ids = new HashSet<>();
        rows().forEach(r -> ids.add(r.person().personId()));
        return ids;
    }

    private LocalDateTime nowFromClock() {
        // whole minutes: contacts are stored to the minute, and so the as-of time reads cleanly
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    // ---- properties

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public BooleanProperty tierShownProperty(Tier tier) {
        return tierShown.get(tier);
    }

    public ObservableList<OverdueGroup> groups() {
        return groupsView;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyObjectProperty<LocalDateTime> asOfProperty() {
        return asOf;
    }

    /** Whether the list has loaded; printing, exporting and recording wait for it. */
    public LoadState state() {
        return state;
    }
}
