package io.guankou.desktop.places;

import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.task.LoadState;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The places editor: villages, grids, responsibility teams (with their members) and health facilities, one tab
 * each. Loads everything together in the background ({@link LoadState}), and again whenever places change (its own
 * saves included) or the ledger does (persons decide what a place holds).
 */
public final class PlacesViewModel {

    private final PlaceServices services;
    private final LoadState state = new LoadState();
    private final ObjectProperty<PlaceData> data = new SimpleObjectProperty<>(PlaceData.EMPTY);
    private final VillagesViewModel villages;
    private final GridsViewModel grids;
    private final TeamsViewModel teams;
    private final FacilitiesViewModel facilities;
    private long loadGeneration;
    private boolean changedWhileLoading;

    public PlacesViewModel(PlaceServices services) {
        this.services = services;
        this.villages = new VillagesViewModel(services);
        this.grids = new GridsViewModel(services);
        this.teams = new TeamsViewModel(services);
        this.facilities = new FacilitiesViewModel(services);
        services.events().subscribe(EnumSet.of(DataKind.PLACES, DataKind.LEDGER), change -> changed());
    }

    private void changed() {
        if (state.phase() == LoadState.Phase.LOADING) {
            changedWhileLoading = true; // the running load may have read before the change
        } else if (state.phase() != LoadState.Phase.NOT_LOADED) {
            reload();
        }
    }

    /** Loads (again) every place, what each holds, and the names and settled codes the forms need. */
    public void reload() {
        long gen = ++loadGeneration;
        changedWhileLoading = false;
        state.loading();
        services.runner().run("places-load", () -> new PlaceData(services.places().township().code(),
                services.places().villages(), services.history().removedVillages(), services.places().grids(),
                services.places().gridTeams(), services.places().responsibilityTeams(),
                services.places().facilities(), services.uses().uses(), services.history().settledVillageCodes(),
                services.places().names()), loaded -> {
                    if (gen != loadGeneration) {
                        return;
                    }
                    data.set(loaded);
                    for (PlaceFormViewModel tab : List.of(villages, grids, teams, facilities)) {
                        tab.setData(loaded);
                    }
                    state.ready();
                    if (changedWhileLoading) {
                        reload();
                    }
                }, error -> {
                    if (gen == loadGeneration) {
                        state.failed(error);
                    }
                });
    }

    /** Whether the places have loaded; editing waits for it, and a failed reload stops it (its lists may be stale). */
    public LoadState state() {
        return state;
    }

    public ReadOnlyObjectProperty<PlaceData> dataProperty() {
        return data;
    }

    public VillagesViewModel villages() {
        return villages;
    }

    public GridsViewModel grids() {
        return grids;
    }

    public TeamsViewModel teams() {
        return teams;
    }

    public FacilitiesViewModel facilities() {
        return facilities;
    }

    /** The zone in which the history's times are shown (the office's). */
    public java.time.ZoneId zone() {
        return services.zone();
    }
}
