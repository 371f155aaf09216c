package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.oximeter.HolderType;
import io.guankou.model.oximeter.Shortfalls;
import io.guankou.model.oximeter.VillageShortfall;
import io.guankou.persistence.oximeter.DeviceEntry;
import io.guankou.persistence.oximeter.DeviceMoveEntry;
import io.guankou.persistence.oximeter.OximeterOverview;
import io.guankou.persistence.oximeter.OximeterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The oximeter tab's data (issue 13): every holder with a minimum and its shortfall (gaps first), the same per
 * village, every device (filtered by serial or holder as typed), the returns overdue, and the selected device's
 * history; the selected device's condition and its return from a home. The delivery, allocation, issue and minimums
 * panes have their own view-models over {@link #overviewProperty()}; every write publishes
 * {@link DataChange.DevicesChanged}, and this loads again on it.
 */
public final class OximetersViewModel {

    public static final String KEY_CONDITION_SET = "oximeter.device.conditionSet";
    public static final String KEY_RETURNED = "oximeter.device.returned";

    private final OximeterRepository repo;
    private final TaskRunner runner;
    private final Clock clock;
    private final String user;
    private final DataEvents events;

    private final LoadState state = new LoadState();
    private final ObjectProperty<OximeterOverview> overview = new SimpleObjectProperty<>();
    private final ObservableList<HolderStock> holders = FXCollections.observableArrayList();
    private final ObservableList<VillageShortfall> villages = FXCollections.observableArrayList();
    private final ObservableList<DeviceEntry> devices = FXCollections.observableArrayList();
    private final ObservableList<DeviceEntry> overdue = FXCollections.observableArrayList();
    private final ObservableList<DeviceMoveEntry> history = FXCollections.observableArrayList();
    private final IntegerProperty workingInStock = new SimpleIntegerProperty();
    private final IntegerProperty totalShortfall = new SimpleIntegerProperty();
    private final IntegerProperty holdersShort = new SimpleIntegerProperty();
    private final StringProperty deviceFilter = new SimpleStringProperty("");
    private final BooleanProperty gapsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<DeviceEntry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private long generation;

    public OximetersViewModel(OximeterRepository repo, TaskRunner runner, Clock clock, String user,
                              DataEvents events) {
        this.repo = repo;
        this.runner = runner;
        this.clock = clock;
        this.user = user;
        this.events = events;
        deviceFilter.addListener((o, a, b) -> refilter());
        gapsOnly.addListener((o, a, b) -> refilter());
        events.subscribe(EnumSet.of(DataKind.DEVICES, DataKind.LEDGER, DataKind.PLACES, DataKind.SETTINGS),
                change -> reload());
    }

    public void reload() {
        long gen = ++generation;
        state.loading();
        LocalDate today = today();
        runner.run("oximeter-load", () -> repo.overview(today), loaded -> {
            if (gen != generation) {
                return;
            }
            Long keep = selected.get() == null ? null : selected.get().id();
            overview.set(loaded);
            workingInStock.set(loaded.workingInStock());
            totalShortfall.set(loaded.holders().stream().mapToInt(HolderStock::shortfall).sum());
            holdersShort.set((int) loaded.holders().stream().filter(h -> h.shortfall() > 0).count());
            villages.setAll(Shortfalls.byVillage(loaded.holders()));
            overdue.setAll(loaded.overdue());
            refilter();
            state.ready();
            select(keep == null ? null : devices.stream().filter(d -> d.id() == keep).findFirst().orElse(null));
        }, error -> {
            if (gen == generation) {
                state.failed(error);
            }
        });
    }

    private void refilter() {
        OximeterOverview o = overview.get();
        if (o == null) {
            return;
        }
        List<HolderStock> h = Shortfalls.gapsFirst(o.holders());
        holders.setAll(gapsOnly.get() ? h.stream().filter(x -> x.shortfall() > 0).toList() : h);
        String f = deviceFilter.get() == null ? "" : deviceFilter.get().strip().toUpperCase(Locale.ROOT);
        devices.setAll(f.isEmpty() ? o.devices() : o.devices().stream()
                .filter(d -> d.serial().contains(f) || d.holderName() != null && d.holderName().contains(f))
                .toList());
    }

    /** Shows the device's history (null clears it). */
    public void select(DeviceEntry device) {
        selected.set(device);
        history.clear();
        if (device == null) {
            return;
        }
        long id = device.id();
        runner.run("oximeter-history", () -> repo.history(id), rows -> {
            if (selected.get() != null && selected.get().id() == id) {
                history.setAll(rows);
            }
        }, error -> notice.set(OximeterFailures.notice(error)));
    }

    /** Records the selected device as working, broken or lost (it stays where it is). */
    public boolean setCondition(DeviceCondition condition) {
        DeviceEntry d = selected.get();
        if (d == null || saving.get() || d.condition() == condition) {
            return false;
        }
        write("oximeter-condition", () -> repo.setCondition(d.id(), condition, null, today(), user),
                Notice.ok(KEY_CONDITION_SET, d.serial(), condition));
        return true;
    }

    /** The selected device comes back from a home, in the condition given, to where it was issued from. */
    public boolean returnSelected(DeviceCondition condition) {
        DeviceEntry d = selected.get();
        if (d == null || saving.get() || !d.atHome()) {
            return false;
        }
        write("oximeter-return", () -> repo.returnFromHome(d.id(), null, condition, today(), user),
                Notice.ok(KEY_RETURNED, d.serial(), d.holderName()));
        return true;
    }

    private void write(String name, Runnable work, Notice done) {
        saving.set(true);
        notice.set(null);
        runner.run(name, () -> {
            work.run();
            return null;
        }, ok -> {
            saving.set(false);
            notice.set(done);
            events.publish(new DataChange.DevicesChanged());
        }, error -> {
            saving.set(false);
            notice.set(OximeterFailures.notice(error));
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The resident ID of a person holding the device, masked; empty for other holders. */
    public String displayedId(DeviceEntry d) {
        return d.residentId() == null ? "" : ResidentIds.mask(d.residentId());
    }

    public long daysOverdue(DeviceEntry d) {
        OximeterOverview o = overview.get();
        return o == null ? 0 : o.daysOverdue(d);
    }

    public int minimum(HolderType type) {
        OximeterOverview o = overview.get();
        return o == null ? type.noticeMinimum() : o.rules().minimum(type);
    }

    // ---- properties

    public LoadState state() {
        return state;
    }

    public ReadOnlyObjectProperty<OximeterOverview> overviewProperty() {
        return overview;
    }

    public ObservableList<HolderStock> holders() {
        return holders;
    }

    public ObservableList<VillageShortfall> villages() {
        return villages;
    }

    public ObservableList<DeviceEntry> devices() {
        return devices;
    }

    public ObservableList<DeviceEntry> overdue() {
        return overdue;
    }

    public ObservableList<DeviceMoveEntry> history() {
        return history;
    }

    public IntegerProperty workingInStockProperty() {
        return workingInStock;
    }

    public IntegerProperty totalShortfallProperty() {
        return totalShortfall;
    }

    public IntegerProperty holdersShortProperty() {
        return holdersShort;
    }

    public StringProperty deviceFilterProperty() {
        return deviceFilter;
    }

    public BooleanProperty gapsOnlyProperty() {
        return gapsOnly;
    }

    public ReadOnlyObjectProperty<DeviceEntry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
