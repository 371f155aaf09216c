package io.guankou.desktop.resources.supply;

import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyReport;
import io.guankou.model.supply.SupplySettings;
import io.guankou.model.supply.SupplyStatus;
import io.guankou.persistence.supply.SupplyOverview;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The medicines and test kits tab (resources › medicines and test kits): the stock of every facility and item with its daily use,
 * days of supply and target, alerts first; the receipt / issue form ({@link MovementFormViewModel}) and the set-up
 * ({@link SupplySetupViewModel}). Loads in the background, and again when supplies, places or a package change.
 */
public final class SuppliesViewModel {

    private final SupplyServices services;
    private final SupplyWrites writes;
    private final LoadState state = new LoadState();
    private final ObservableList<StockLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<SupplyOverview> overview = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> summary = new SimpleObjectProperty<>(Msg.of("supplies.summary.none"));
    private final ObjectProperty<Msg> festival = new SimpleObjectProperty<>(Msg.of("supplies.festival.none"));
    private final MovementFormViewModel form;
    private final SupplySetupViewModel setup;
    private long generation;
    private boolean changedWhileLoading;

    public SuppliesViewModel(SupplyServices services) {
        this.services = services;
        this.writes = new SupplyWrites(services);
        this.form = new MovementFormViewModel(writes);
        this.setup = new SupplySetupViewModel(writes);
        services.events().subscribe(EnumSet.of(DataKind.SUPPLIES, DataKind.PLACES, DataKind.PACKAGES),
                change -> changed());
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
        LocalDate today = services.today();
        services.runner().run("supplies-load", () -> services.supplies().overview(today), loaded -> {
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

    private void show(SupplyOverview o) {
        overview.set(o);
        lines.setAll(o.lines());
        form.setData(o);
        setup.setData(o);
        Map<SupplyStatus, Integer> counts = SupplyReport.counts(o.lines());
        summary.set(o.lines().isEmpty() ? Msg.of("supplies.summary.none") : Msg.of("supplies.summary",
                o.lines().size(), counts.get(SupplyStatus.UNDER_ALERT_DAYS), o.settings().alertDays(),
                counts.get(SupplyStatus.BELOW_TARGET)));
        festival.set(festival(o.settings(), o.today()));
    }

    /** What the Spring Festival setting does today: none set, raised now, or raised from a later day. */
    static Msg festival(SupplySettings s, LocalDate today) {
        if (s.springFestival() == null) {
            return Msg.of("supplies.festival.none");
        }
        LocalDate from = s.springFestival().minusDays(s.festivalLeadDays());
        LocalDate to = s.springFestival().plusDays(SupplySettings.FESTIVAL_DAYS_AFTER);
        if (s.festivalRaised(today)) {
            return Msg.of("supplies.festival.raised", s.springFestival(), s.festivalRaisePercent(), to);
        }
        if (today.isBefore(from)) {
            return Msg.of("supplies.festival.ahead", s.springFestival(), s.festivalRaisePercent(), from);
        }
        return Msg.of("supplies.festival.past", s.springFestival());
    }

    public LoadState state() { return state; }
    public ObservableList<StockLine> lines() { return lines; }
    public ReadOnlyObjectProperty<SupplyOverview> overviewProperty() { return overview; }
    public ReadOnlyObjectProperty<Msg> summaryProperty() { return summary; }
    public ReadOnlyObjectProperty<Msg> festivalProperty() { return festival; }
    public MovementFormViewModel form() { return form; }
    public SupplySetupViewModel setup() { return setup; }
}
