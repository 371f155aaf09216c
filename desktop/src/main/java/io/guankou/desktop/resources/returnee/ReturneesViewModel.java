package io.guankou.desktop.resources.returnee;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.place.Village;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.Returnee;
import io.guankou.model.returnee.ReturneeEdit;
import io.guankou.model.returnee.ReturneeField;
import io.guankou.model.returnee.ReturneeProblem;
import io.guankou.model.returnee.ReturneeRules;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.returnee.ReturneeRefused;
import io.guankou.persistence.returnee.ReturneeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The returnee register (resources › returnees): the list, households with a red person first, and the form (name,
 * phone, village, household joined or an address, arrival day, where from, clinic's number and advice given), each
 * field with its message. Loads in the background, and again when the ledger, places or a package change.
 */
public final class ReturneesViewModel {

    record Loaded(List<Returnee> returnees, Map<Long, HouseholdRef> households, List<Village> villages) {
    }

    private final ReturneeRepository repo;
    private final PlaceRepository places;
    private final TaskRunner runner;
    private final DataEvents events;
    private final Clock clock;
    private final String user;
    private final LoadState state = new LoadState();
    private final ObservableList<ReturneeRules.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObservableList<HouseholdRef> households = FXCollections.observableArrayList();
    private final ObjectProperty<ReturneeRules.Line> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Long> villageId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> householdId = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty arrival = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final BooleanProperty clinicNumber = new SimpleBooleanProperty();
    private final BooleanProperty advice = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final Map<ReturneeField, ObjectProperty<Msg>> errors = new EnumMap<>(ReturneeField.class);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private Loaded loaded = new Loaded(List.of(), Map.of(), List.of());
    private Long wanted;
    private long generation;
    private boolean changedWhileLoading;

    public ReturneesViewModel(ReturneeRepository repo, PlaceRepository places, TaskRunner runner, DataEvents events,
                              Clock clock, String user) {
        this.repo = repo;
        this.places = places;
        this.runner = runner;
        this.events = events;
        this.clock = clock;
        this.user = user;
        for (ReturneeField f : ReturneeField.values()) {
            errors.put(f, new SimpleObjectProperty<>());
        }
        villageId.addListener((o, a, b) -> showHouseholds());
        arrival.set(LocalDate.now(clock).toString());
        events.subscribe(EnumSet.of(DataKind.RETURNEES, DataKind.LEDGER, DataKind.PLACES, DataKind.PACKAGES), c -> changed());
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
        LocalDate today = LocalDate.now(clock);
        runner.run("returnees-load", () -> new Loaded(repo.returnees(), repo.households(today), places.villages()),
                l -> {
                    if (gen != generation) {
                        return;
                    }
                    show(l);
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

    private void show(Loaded l) {
        loaded = l;
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().returnee().id();
        wanted = null;
        Long v = villageId.get();
        Long h = householdId.get();
        villages.setAll(l.villages());
        lines.setAll(ReturneeRules.list(l.returnees(), l.households()));
        showHouseholds();
        villageId.set(v);
        householdId.set(h);
        if (keep != null) {
            lines.stream().filter(x -> x.returnee().id() == keep).findFirst().ifPresent(this::select);
        }
    }

    private void showHouseholds() {
        Long v = villageId.get();
        Long h = householdId.get();
        households.setAll(v == null ? List.of() : loaded.households().values().stream()
                .filter(x -> x.villageId() == v).toList());
        householdId.set(h != null && households.stream().anyMatch(x -> x.id() == h) ? h : null);
    }

    /** Shows a returnee in the form; null: a new one. */
    public void select(ReturneeRules.Line line) {
        selected.set(line);
        errors.values().forEach(p -> p.set(null));
        if (line == null) {
            name.set("");
            phone.set("");
            villageId.set(null);
            householdId.set(null);
            address.set("");
            arrival.set(LocalDate.now(clock).toString());
            from.set("");
            clinicNumber.set(false);
            advice.set(false);
            return;
        }
        Returnee r = line.returnee();
        name.set(r.name());
        phone.set(r.phone() == null ? "" : r.phone());
        villageId.set(r.villageId());
        householdId.set(r.householdId());
        address.set(r.address() == null ? "" : r.address());
        arrival.set(r.arrival().toString());
        from.set(r.from());
        clinicNumber.set(r.clinicNumberGiven());
        advice.set(r.adviceGiven());
    }

    public void startNew() {
        select(null);
        notice.set(null);
    }

    private boolean show(List<ReturneeProblem> problems) {
        errors.values().forEach(p -> p.set(null));
        for (ReturneeProblem p : problems) {
            ObjectProperty<Msg> at = errors.get(p.field());
            if (at.get() == null) {
                at.set(new Msg(Messages.enumKey(p.kind()), p.args()));
            }
        }
        return problems.isEmpty();
    }

    public boolean save() {
        if (saving.get() || !state.isReady()) {
            return false;
        }
        notice.set(null);
        ReturneeEdit edit = new ReturneeEdit(selected.get() == null ? 0 : selected.get().returnee().id(), name.get(),
                phone.get(), villageId.get(), householdId.get(), address.get(), arrival.get(), from.get(),
                clinicNumber.get(), advice.get());
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> householdVillages = loaded.households().values().stream()
                .collect(Collectors.toMap(HouseholdRef::id, HouseholdRef::villageId));
        if (!show(ReturneeRules.check(edit, villages.stream().map(Village::id).toList(), householdVillages, today))) {
            return false;
        }
        saving.set(true);
        String shown = ReturneeRules.text(edit.name());
        runner.run("returnee-save", () -> repo.save(edit, user, today), id -> {
            saving.set(false);
            wanted = id;
            notice.set(Notice.ok("returnees.saved", shown));
            events.publish(new DataChange.ReturneesChanged());
        }, error -> {
            saving.set(false);
            if (error instanceof ReturneeRefused r) {
                show(r.problems());
            } else {
                notice.set(Notice.error("returnees.error.saveFailed", Failures.msg(error)));
            }
        });
        return true;
    }

    /** The household's persons as one line of text parts: name, age, and whether red or with comorbidity. */
    public static List<Msg> members(HouseholdRef h) {
        return h == null ? List.of() : h.members().stream().map(m -> Msg.of(m.red() ? "returnees.member.red"
                : m.comorbidity() ? "returnees.member.sick" : "returnees.member", m.name(), m.age())).toList();
    }

    public LoadState state() { return state; }
    public ObservableList<ReturneeRules.Line> lines() { return lines; }
    public ObservableList<Village> villages() { return villages; }
    public ObservableList<HouseholdRef> households() { return households; }
    public ReadOnlyObjectProperty<ReturneeRules.Line> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public StringProperty phoneProperty() { return phone; }
    public ObjectProperty<Long> villageIdProperty() { return villageId; }
    public ObjectProperty<Long> householdIdProperty() { return householdId; }
    public StringProperty addressProperty() { return address; }
    public StringProperty arrivalProperty() { return arrival; }
    public StringProperty fromProperty() { return from; }
    public BooleanProperty clinicNumberProperty() { return clinicNumber; }
    public BooleanProperty adviceProperty() { return advice; }
    public ReadOnlyBooleanProperty savingProperty() { return saving; }
    public ReadOnlyObjectProperty<Msg> errorAt(ReturneeField field) { return errors.get(field); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    /** The village's name, "" for one no longer in the ledger. */
    public String villageName(long id) {
        return villages.stream().filter(v -> v.id() == id).map(Village::name).findFirst().orElse("");
    }
}
