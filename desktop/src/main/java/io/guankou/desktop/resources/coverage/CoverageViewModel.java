package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.transport.CentreCoverage;
import io.guankou.model.transport.CoverageCalculator;
import io.guankou.model.transport.CoverageReport;
import io.guankou.model.transport.MeasuredMinutes;
import io.guankou.model.transport.TransportField;
import io.guankou.model.transport.VillageCoverage;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The coverage tab (resources › ambulance coverage): per health centre the villages and red-tier persons its area has covered and
 * not covered and whether it meets the "at least one networked 120 ambulance" rule, gaps first; the selected centre's
 * villages with the estimate and the measured time (typed here; it overrides the estimate); the settings; and the
 * ambulances and the fleet ({@link AmbulancesViewModel}, {@link FleetViewModel}). Loads everything together in the
 * background, and again when transport data, places, the ledger (red persons) or a package change it.
 */
public final class CoverageViewModel {

    private final TransportServices services;
    private final TransportWrites writes;
    private final LoadState state = new LoadState();
    private final ObjectProperty<CoverageData> data = new SimpleObjectProperty<>(CoverageData.EMPTY);
    private final ObjectProperty<CoverageReport> report = new SimpleObjectProperty<>(
            CoverageCalculator.compute(CoverageData.EMPTY.inputs(), CoverageData.EMPTY.settings()));
    private final ObservableList<CentreCoverage> centres = FXCollections.observableArrayList();
    private final ObjectProperty<CentreCoverage> selectedCentre = new SimpleObjectProperty<>();
    private final ObservableList<VillageCoverage> villages = FXCollections.observableArrayList();
    private final ObjectProperty<VillageCoverage> selectedVillage = new SimpleObjectProperty<>();
    private final StringProperty measured = new SimpleStringProperty("");
    private final FieldErrors measuredError = new FieldErrors(TransportField.MEASURED_MINUTES);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final CoverageSettingsViewModel settings;
    private final AmbulancesViewModel ambulances;
    private final FleetViewModel fleet;
    private long generation;
    private boolean changedWhileLoading;

    public CoverageViewModel(TransportServices services) {
        this.services = services;
        this.writes = new TransportWrites(services);
        this.settings = new CoverageSettingsViewModel(writes);
        this.ambulances = new AmbulancesViewModel(writes);
        this.fleet = new FleetViewModel(writes);
        services.events().subscribe(EnumSet.of(DataKind.TRANSPORT, DataKind.PLACES, DataKind.LEDGER,
                DataKind.PACKAGES), change -> changed());
    }

    private void changed() {
        if (state.phase() == LoadState.Phase.LOADING) {
            changedWhileLoading = true;
        } else if (state.phase() != LoadState.Phase.NOT_LOADED) {
            reload();
        }
    }

    /** Loads (again) the places, red persons, ambulances, fleet, measured times and settings. */
    public void reload() {
        long gen = ++generation;
        changedWhileLoading = false;
        state.loading();
        services.runner().run("coverage-load", () -> CoverageData.load(services), loaded -> {
            if (gen != generation) {
                return;
            }
            show(loaded);
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

    private void show(CoverageData d) {
        Long centreId = selectedCentre.get() == null ? null : selectedCentre.get().centre().id();
        Long villageId = selectedVillage.get() == null ? null : selectedVillage.get().village().id();
        data.set(d);
        CoverageReport r = CoverageCalculator.compute(d.inputs(), d.settings());
        report.set(r);
        centres.setAll(r.centres());
        settings.setStored(d.settings());
        ambulances.setData(d);
        fleet.setData(d);
        CentreCoverage centre = r.centres().stream().filter(c -> centreId != null && c.centre().id() == centreId)
                .findFirst().orElse(r.centres().isEmpty() ? null : r.centres().get(0));
        selectCentre(centre);
        if (villageId != null) {
            villages.stream().filter(v -> v.village().id() == villageId).findFirst().ifPresent(this::selectVillage);
        }
    }

    /** Shows the centre's villages (gaps first); the first village is selected. */
    public void selectCentre(CentreCoverage c) {
        selectedCentre.set(c);
        villages.setAll(c == null ? List.of() : c.villages());
        selectVillage(villages.isEmpty() ? null : villages.get(0));
    }

    /** The village whose measured time the field shows and saves. */
    public void selectVillage(VillageCoverage v) {
        selectedVillage.set(v);
        measuredError.clear();
        measured.set(v == null || v.measuredMinutes() == null ? "" : Integer.toString(v.measuredMinutes()));
    }

    /** Stores the measured minutes typed for the selected village; blank removes the measured time. */
    public boolean saveMeasured() {
        VillageCoverage v = selectedVillage.get();
        if (v == null) {
            return false;
        }
        notice.set(null);
        MeasuredMinutes m = MeasuredMinutes.parse(measured.get());
        if (!measuredError.show(m.ok() ? List.of() : List.of(m.problem()))) {
            return false;
        }
        String typed = measured.get();
        long villageId = v.village().id();
        String name = v.village().name();
        String user = writes.user();
        return writes.run("coverage-measured-save", () -> {
            services.transport().setMeasuredMinutes(villageId, typed, user);
            return villageId;
        }, id -> notice.set(m.minutes() == null ? Notice.ok("coverage.measured.removed", name)
                        : Notice.ok("coverage.measured.saved", name, m.minutes())),
                refused -> {
                    if (refused.gone()) {
                        notice.set(Notice.error("coverage.error.gone"));
                    } else {
                        measuredError.show(refused.problems());
                    }
                }, notice::set);
    }

    /** One line over the table: centres not meeting the rule, villages and red persons not covered. */
    public Msg summary() {
        CoverageReport r = report.get();
        return Msg.of("coverage.summary", r.centres().size(), r.centresNotMeetingRule(), r.villagesNotCovered(),
                r.redNotCovered());
    }

    public LoadState state() { return state; }
    public ReadOnlyObjectProperty<CoverageData> dataProperty() { return data; }
    public ReadOnlyObjectProperty<CoverageReport> reportProperty() { return report; }
    public ObservableList<CentreCoverage> centres() { return centres; }
    public ReadOnlyObjectProperty<CentreCoverage> selectedCentreProperty() { return selectedCentre; }
    public ObservableList<VillageCoverage> villages() { return villages; }
    public ReadOnlyObjectProperty<VillageCoverage> selectedVillageProperty() { return selectedVillage; }
    public StringProperty measuredProperty() { return measured; }
    public ReadOnlyObjectProperty<Msg> measuredErrorProperty() { return measuredError.at(TransportField.MEASURED_MINUTES); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public CoverageSettingsViewModel settings() { return settings; }
    public AmbulancesViewModel ambulances() { return ambulances; }
    public FleetViewModel fleet() { return fleet; }
}
