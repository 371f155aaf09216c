package io.guankou.desktop.resources.familydoctor;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.familydoctor.ContractCoverage;
import io.guankou.model.familydoctor.ContractPerson;
import io.guankou.model.familydoctor.CoverageCount;
import io.guankou.model.familydoctor.CoverageGroup;
import io.guankou.model.familydoctor.CoverageRow;
import io.guankou.persistence.familydoctor.ContractRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Family-doctor contract coverage (resources › family-doctor contracts), read only: the township's coverage of 60+, 65+ and
 * comorbidity, the same per village or per team (gaps with comorbidity first), and the unsigned persons of the
 * selected row (all when none) for follow-up. Loads in the background, and again when the ledger or places change.
 */
public final class ContractsViewModel {

    private final ContractRepository repo;
    private final TaskRunner runner;
    private final Clock clock;
    private final LoadState state = new LoadState();
    private final ObjectProperty<CoverageBy> by = new SimpleObjectProperty<>(CoverageBy.VILLAGE);
    private final ObservableList<CoverageRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CoverageRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ContractPerson> unsigned = FXCollections.observableArrayList();
    private final ObjectProperty<Msg> summary = new SimpleObjectProperty<>(Msg.of("contracts.summary.none"));
    private List<ContractPerson> persons = List.of();
    private long generation;
    private boolean changedWhileLoading;

    public ContractsViewModel(ContractRepository repo, TaskRunner runner, Clock clock, DataEvents events) {
        this.repo = repo;
        this.runner = runner;
        this.clock = clock;
        by.addListener((o, a, b) -> show());
        selected.addListener((o, a, b) -> showUnsigned());
        events.subscribe(EnumSet.of(DataKind.LEDGER, DataKind.PLACES, DataKind.PACKAGES), c -> changed());
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
        runner.run("contracts-load", () -> repo.persons(today), loaded -> {
            if (gen != generation) {
                return;
            }
            persons = List.copyOf(loaded);
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
        CoverageRow keep = selected.get();
        rows.setAll(by.get() == CoverageBy.VILLAGE ? ContractCoverage.byVillage(persons)
                : ContractCoverage.byTeam(persons));
        selected.set(keep == null ? null : rows.stream().filter(r -> Objects.equals(r.id(), keep.id())
                && Objects.equals(r.name(), keep.name())).findFirst().orElse(null));
        CoverageRow t = ContractCoverage.township(persons);
        summary.set(Msg.of("contracts.summary", text(t.count(CoverageGroup.AGE_60_PLUS)),
                text(t.count(CoverageGroup.AGE_65_PLUS)), text(t.count(CoverageGroup.COMORBIDITY))));
        showUnsigned();
    }

    private void showUnsigned() {
        CoverageRow r = selected.get();
        List<ContractPerson> in = r == null ? persons : persons.stream().filter(p -> by.get() == CoverageBy.VILLAGE
                ? Objects.equals(p.villageId(), r.id()) : Objects.equals(p.teamId(), r.id())).toList();
        unsigned.setAll(ContractCoverage.unsigned(in));
    }

    /** "signed / persons (percent)" of a count, as a message. */
    public static Msg text(CoverageCount c) {
        return c.persons() == 0 ? Msg.of("contracts.count.none") : Msg.of("contracts.count", c.signed(), c.persons(),
                c.percent());
    }

    public void select(CoverageRow row) {
        selected.set(row);
    }

    public LoadState state() { return state; }
    public ObjectProperty<CoverageBy> byProperty() { return by; }
    public ObservableList<CoverageRow> rows() { return rows; }
    public ReadOnlyObjectProperty<CoverageRow> selectedProperty() { return selected; }
    public ObservableList<ContractPerson> unsigned() { return unsigned; }
    public ReadOnlyObjectProperty<Msg> summaryProperty() { return summary; }
}
