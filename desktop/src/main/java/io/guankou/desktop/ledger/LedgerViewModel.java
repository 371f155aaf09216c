package io.guankou.desktop.ledger;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.ledger.LedgerQuery;
import io.guankou.model.ledger.LedgerSearch;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Person;
import io.guankou.model.person.PersonChange;
import io.guankou.model.person.Tier;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The ledger screen's state: filters in, matching rows out. Holds no nodes; every database call and every
 * filter pass runs through the {@link TaskRunner}, and a result that arrives after a newer query was
 * started is dropped so fast typing never shows stale rows. Saves and departures, wherever they happen, arrive
 * as {@link DataChange}s; an import or a tier recompute loads everything again.
 */
public final class LedgerViewModel {

    private final LedgerRepository ledger;
    private final PlaceRepository places;
    private final TierRulesRepository rulesRepository;
    private final TaskRunner runner;
    private final Clock clock;
    private final String userName;
    private final DataEvents events;
    private final LoadState state = new LoadState();

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Long> villageId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> gridId = new SimpleObjectProperty<>();
    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> teamId = new SimpleObjectProperty<>();

    private final ObservableList<LedgerEntry> rows = FXCollections.observableArrayList();
    private final IntegerProperty shown = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ObjectProperty<PlaceLists> placeLists = new SimpleObjectProperty<>(PlaceLists.EMPTY);
    private final ObservableSet<Long> revealed = FXCollections.observableSet();

    private LedgerSearch search = new LedgerSearch(List.of());
    private long generation;
    private long loadGeneration;
    /** Saves and departures while a load runs: the load may have read the ledger before them, so they replay. */
    private final List<DataChange> whileLoading = new java.util.ArrayList<>();

    public LedgerViewModel(LedgerRepository ledger, PlaceRepository places, TierRulesRepository rulesRepository,
                           TaskRunner runner, Clock clock, String userName, DataEvents events) {
        this.ledger = ledger;
        this.places = places;
        this.rulesRepository = rulesRepository;
        this.runner = runner;
        this.clock = clock;
        this.userName = userName;
        this.events = events;
        events.subscribe(EnumSet.of(DataKind.LEDGER, DataKind.SETTINGS, DataKind.PLACES), this::changed);
        searchText.addListener((o, a, b) -> refilter());
        villageId.addListener((o, a, b) -> {
            // a grid or team of another village would match nothing: narrow with the village
            if (gridId.get() != null && placeLists.get().gridsOf(b).stream().noneMatch(g -> g.id() == gridId.get())) {
                gridId.set(null);
            }
            if (teamId.get() != null && placeLists.get().teamsOf(b).stream().noneMatch(t -> t.id() == teamId.get())) {
                teamId.set(null);
            }
            refilter();
        });
        gridId.addListener((o, a, b) -> refilter());
        tier.addListener((o, a, b) -> refilter());
        teamId.addListener((o, a, b) -> refilter());
    }

    private record Loaded(PlaceLists places, LedgerSearch search) {
    }

    /** Loads places, rules and every ledger row again (start-up, retry, after an import or a rules change). */
    public void reload() {
        long gen = ++loadGeneration;
        state.loading();
        whileLoading.clear();
        runner.run("ledger-load", () -> new Loaded(
                new PlaceLists(places.villages(), places.grids(), places.responsibilityTeams(),
                        places.familyDoctorTeams(), rulesRepository.load(), places.names()),
                new LedgerSearch(ledger.loadEntries())),
                loaded -> {
                    if (gen != loadGeneration) {
                        return;
                    }
                    placeLists.set(loaded.places());
                    search = loaded.search();
                    whileLoading.forEach(this::applyToSearch);
                    whileLoading.clear();
                    total.set(search.size());
                    state.ready();
                    refilter();
                },
                error -> {
                    if (gen == loadGeneration) {
                        state.failed(error);
                    }
                });
    }

    private void changed(DataChange change) {
        if (change instanceof DataChange.PersonSaved || change instanceof DataChange.PersonLeft) {
            if (state.phase() == LoadState.Phase.LOADING) {
                whileLoading.add(change);
            }
            applyToSearch(change);
            total.set(search.size());
            refilter();
        } else if (!(change instanceof DataChange.FollowUpSettingsSaved)) { // targets change no ledger row
            reload();
        }
    }

    private void applyToSearch(DataChange change) {
        if (change instanceof DataChange.PersonSaved s) {
            search = search.replacing(s.entry());
        } else if (change instanceof DataChange.PersonLeft l) {
            search = search.without(l.personId());
            revealed.remove(l.personId());
        }
    }

    public LedgerQuery query() {
        return new LedgerQuery(searchText.get(), villageId.get(), gridId.get(), tier.get(), teamId.get());
    }

    private void refilter() {
        long gen = ++generation;
        LedgerSearch s = search;
        LedgerQuery q = query();
        runner.run("ledger-filter", () -> s.filter(q), result -> {
            if (gen == generation) {
                rows.setAll(result);
                shown.set(result.size());
            }
        }, error -> {
            if (gen == generation) {
                state.failed(error);
            }
        });
    }

    /** Clears every filter and the search text. */
    public void clearFilters() {
        searchText.set("");
        villageId.set(null);
        gridId.set(null);
        tier.set(null);
        teamId.set(null);
    }

    // ---- per-row ID reveal: per person, in memory, never logged

    public boolean isRevealed(long personId) {
        return revealed.contains(personId);
    }

    public void toggleReveal(long personId) {
        if (!revealed.remove(personId)) {
            revealed.add(personId);
        }
    }

    public String displayedId(LedgerEntry e) {
        return isRevealed(e.personId()) ? e.residentId() : ResidentIds.mask(e.residentId());
    }

    public ObservableSet<Long> revealed() {
        return revealed;
    }

    // ---- edits

    /** A form for a new person. */
    public PersonFormViewModel newPerson() {
        return new PersonFormViewModel(null, List.of(), placeLists.get(), ledger, runner, clock, userName,
                saved -> events.publish(new DataChange.PersonSaved(saved)));
    }

    /**
     * Loads the person and their history off the FX thread, then hands over a filled form; a failure goes to
     * {@code failed} (the view shows it: nothing opens).
     */
    public void edit(long personId, Consumer<PersonFormViewModel> open, Consumer<Throwable> failed) {
        record Found(Person person, List<PersonChange> history) {
        }
        runner.run("person-load", () -> new Found(ledger.find(personId).orElseThrow(), ledger.history(personId)),
                f -> open.accept(new PersonFormViewModel(f.person(), f.history(), placeLists.get(), ledger, runner,
                        clock, userName, saved -> events.publish(new DataChange.PersonSaved(saved)))),
                failed);
    }

    /**
     * The person leaves the ledger (moved away or deceased); their row disappears from every list. A failure
     * goes to {@code failed}, and the row stays.
     */
    public void leave(long personId, Departure departure, Runnable done, Consumer<Throwable> failed) {
        runner.run("person-leave", () -> {
            ledger.leave(personId, departure, userName);
            return personId;
        }, id -> {
            events.publish(new DataChange.PersonLeft(id));
            done.run();
        }, failed);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- properties

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Long> villageIdProperty() {
        return villageId;
    }

    public ObjectProperty<Long> gridIdProperty() {
        return gridId;
    }

    public ObjectProperty<Tier> tierProperty() {
        return tier;
    }

    public ObjectProperty<Long> teamIdProperty() {
        return teamId;
    }

    public ObservableList<LedgerEntry> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty shownProperty() {
        return shown;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    /** Whether the ledger has loaded; adding, editing and exporting wait for it. */
    public LoadState state() {
        return state;
    }

    public ReadOnlyObjectProperty<PlaceLists> placeListsProperty() {
        return placeLists;
    }
}
