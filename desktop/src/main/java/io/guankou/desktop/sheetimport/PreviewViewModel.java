package io.guankou.desktop.sheetimport;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.place.Village;
import io.guankou.model.sheet.ImportChoices;
import io.guankou.model.sheet.ImportPlan;
import io.guankou.model.sheet.PlannedRow;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.UnknownGrid;
import io.guankou.model.sheet.UnknownTeam;
import io.guankou.model.sheet.UnknownValue;
import io.guankou.model.sheet.ValueAnswer;
import io.guankou.model.sheet.UnknownVillage;
import io.guankou.model.sheet.ValueMapping;
import io.guankou.model.sheet.VillageChoice;
import io.guankou.persistence.ledger.PreparedImport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The preview: what the import will do with every row, counted per action and filtered by the action toggles;
 * the villages the ledger does not have, each with the user's decision; whether to keep the sheet's tiers as
 * overrides; the values the parser did not recognise, each with the user's answer (the answers the mapping
 * remembered already given), and nothing can be imported while one is unanswered. Every decision plans again
 * through the task runner (planning is pure and fast, but a 100,000-row
 * sheet is better planned off the FX thread); the newest plan wins.
 */
public final class PreviewViewModel {

    private final PreparedImport prepared;
    private final List<Village> villages;
    private final ImportChoices base;
    private final TaskRunner runner;
    private final String overrideReason;
    private final SimpleObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final Map<RowAction, IntegerProperty> counts = new EnumMap<>(RowAction.class);
    private final Map<RowAction, BooleanProperty> shown = new EnumMap<>(RowAction.class);
    private final ObservableList<PlannedRow> rows = FXCollections.observableArrayList();
    private final List<VillageDecision> decisions = new ArrayList<>();
    private final List<ValueDecision> valueDecisions = new ArrayList<>();
    private final IntegerProperty unanswered = new SimpleIntegerProperty();
    private final int rowsWithUnknownValues;
    private final BooleanProperty keepSheetTier = new SimpleBooleanProperty();
    private final IntegerProperty tierDifferences = new SimpleIntegerProperty();
    private final IntegerProperty toWrite = new SimpleIntegerProperty();
    private final IntegerProperty villagesToCreate = new SimpleIntegerProperty();
    private final BooleanProperty createGrids = new SimpleBooleanProperty();
    private final BooleanProperty createTeams = new SimpleBooleanProperty();
    private final ObservableList<UnknownGrid> newGrids = FXCollections.observableArrayList();
    private final ObservableList<UnknownTeam> newTeams = FXCollections.observableArrayList();
    private final IntegerProperty gridsToCreate = new SimpleIntegerProperty();
    private final IntegerProperty teamsToCreate = new SimpleIntegerProperty();
    private final BooleanProperty planning = new SimpleBooleanProperty();
    /** Why the last re-plan failed (then nothing can be imported until one succeeds), or null. */
    private final ObjectProperty<Msg> planFailure = new SimpleObjectProperty<>();
    private final BooleanBinding canImport;
    private long generation;
    private boolean batch;

    /**
     * @param villages       the ledger's villages (for "map to an existing village")
     * @param base           user and time of the import, whether grids and teams are created at first (an
     *                       office's first import: see {@code ImportSession.startingChoices}), and the answers for
     *                       unrecognised values given already (remembered with the mapping); villages, tier choice
     *                       and answers are replaced here
     * @param overrideReason written on overrides taken from the sheet when the user keeps its tiers
     */
    public PreviewViewModel(PreparedImport prepared, List<Village> villages, ImportChoices base, TaskRunner runner,
                            String overrideReason) {
        this.prepared = Objects.requireNonNull(prepared);
        this.villages = List.copyOf(villages);
        this.base = Objects.requireNonNull(base);
        this.runner = Objects.requireNonNull(runner);
        this.overrideReason = overrideReason;
        for (RowAction a : RowAction.values()) {
            counts.put(a, new SimpleIntegerProperty());
            BooleanProperty show = new SimpleBooleanProperty(true);
            show.addListener((o, was, is) -> refilter());
            shown.put(a, show);
        }
        // an office's first import creates its villages; a ledger that has some asks for each
        VillageDecision.Kind initial = villages.isEmpty() ? VillageDecision.Kind.CREATE : VillageDecision.Kind.SKIP;
        for (UnknownVillage v : prepared.reading().unknownVillages()) {
            VillageDecision d = new VillageDecision(v, initial);
            d.kindProperty().addListener((o, a, b) -> replan());
            d.mapToProperty().addListener((o, a, b) -> {
                if (d.kindProperty().get() == VillageDecision.Kind.MAP) {
                    replan();
                }
            });
            decisions.add(d);
        }
        keepSheetTier.addListener((o, a, b) -> replan());
        for (UnknownValue v : prepared.reading().unknownValues()) {
            ValueDecision d = new ValueDecision(v, base.values().answer(v.column(), v.key()).orElse(null));
            d.answerProperty().addListener((o, a, b) -> {
                countUnanswered();
                replan();
            });
            valueDecisions.add(d);
        }
        countUnanswered();
        rowsWithUnknownValues = (int) prepared.reading().rows().stream().filter(r -> !r.unrecognised().isEmpty()).count();
        createGrids.set(base.createGrids());
        createTeams.set(base.createTeams());
        createGrids.addListener((o, a, b) -> replan());
        createTeams.addListener((o, a, b) -> replan());
        canImport = Bindings.createBooleanBinding(
                () -> !planning.get() && planFailure.get() == null && toWrite.get() > 0 && unanswered.get() == 0,
                planning, toWrite, planFailure, unanswered);
        replan();
    }

    /** Plans again with the current decisions; the plan arrives through {@link #planProperty()}. */
    public void replan() {
        if (batch) {
            return;
        }
        ImportChoices choices = choices();
        long gen = ++generation;
        planning.set(true);
        // a 100,000-row sheet takes from half a second to a few seconds to plan: never on the FX thread
        runner.run("import-plan", () -> Planned.of(prepared.plan(choices)), p -> {
            if (gen == generation) {
                planFailure.set(null);
                show(p);
                planning.set(false);
            }
        }, error -> {
            if (gen == generation) {
                // the plan shown is for the previous decisions: it must not be imported
                planFailure.set(Msg.of("import.ui.planFailed", Failures.msg(error)));
                planning.set(false);
            }
        });
    }

    /** The user's decisions as the planner takes them. */
    public ImportChoices choices() {
        Map<Long, VillageChoice> v = new HashMap<>();
        for (VillageDecision d : decisions) {
            d.choice().ifPresent(c -> v.put(d.village().placeholderId(), c));
        }
        boolean keep = keepSheetTier.get();
        return base.withVillages(v).withKeepSheetTier(keep, keep ? overrideReason : null)
                .withCreateGrids(createGrids.get()).withCreateTeams(createTeams.get()).withValues(values());
    }

    /** The answers the mapping brought, with the user's decisions on this sheet's values. */
    private ValueMapping values() {
        ValueMapping m = base.values();
        for (ValueDecision d : valueDecisions) {
            UnknownValue v = d.value();
            m = d.answerProperty().get() == null ? m.without(v.column(), v.key())
                    : m.with(v.column(), v.key(), d.answerProperty().get());
        }
        return m;
    }

    /** Every value not answered yet is left empty (as a blank cell); one re-plan. */
    public void leaveRestEmpty() {
        batch = true;
        try {
            for (ValueDecision d : valueDecisions) {
                if (d.answerProperty().get() == null) {
                    d.answerProperty().set(ValueAnswer.LEAVE_EMPTY);
                }
            }
        } finally {
            batch = false;
        }
        replan();
    }

    private void countUnanswered() {
        unanswered.set((int) valueDecisions.stream().filter(d -> d.answerProperty().get() == null).count());
    }

    /** Every unknown village created (a new office's first import); one re-plan. */
    public void createAllVillages() {
        batch = true;
        try {
            for (VillageDecision d : decisions) {
                d.kindProperty().set(VillageDecision.Kind.CREATE);
            }
        } finally {
            batch = false;
        }
        replan();
    }

    /** A plan and what the preview shows of it, counted in the background. */
    private record Planned(ImportPlan plan, Map<RowAction, Integer> counts, int tierDifferences,
                           int villagesToCreate, int gridsToCreate, int teamsToCreate) {
        static Planned of(ImportPlan p) {
            return new Planned(p, p.counts(), p.tierDifferences().size(), p.villagesToCreate().size(),
                    p.gridsToCreate().size(), p.teamsToCreate().size());
        }
    }

    private void show(Planned p) {
        plan.set(p.plan());
        p.counts().forEach((a, n) -> counts.get(a).set(n));
        tierDifferences.set(p.tierDifferences());
        toWrite.set(p.counts().get(RowAction.ADD) + p.counts().get(RowAction.UPDATE));
        villagesToCreate.set(p.villagesToCreate());
        if (!newGrids.equals(p.plan().unknownGrids())) {
            newGrids.setAll(p.plan().unknownGrids());
        }
        if (!newTeams.equals(p.plan().unknownTeams())) {
            newTeams.setAll(p.plan().unknownTeams());
        }
        gridsToCreate.set(p.gridsToCreate());
        teamsToCreate.set(p.teamsToCreate());
        refilter();
    }

    private void refilter() {
        ImportPlan p = plan.get();
        if (p == null) {
            rows.clear();
            return;
        }
        List<PlannedRow> out = new ArrayList<>(p.rows().size());
        for (PlannedRow r : p.rows()) {
            if (shown.get(r.action()).get()) {
                out.add(r);
            }
        }
        rows.setAll(out);
    }

    // ---- state

    public PreparedImport prepared() {
        return prepared;
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan;
    }

    public ImportPlan plan() {
        return plan.get();
    }

    /** The rows shown: the plan's rows whose action is toggled on, in sheet order. */
    public ObservableList<PlannedRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty countProperty(RowAction action) {
        return counts.get(action);
    }

    /** The filter toggle of an action (all on at first). */
    public BooleanProperty shownProperty(RowAction action) {
        return shown.get(action);
    }

    public List<VillageDecision> villageDecisions() {
        return decisions;
    }

    /** The values the parser did not recognise, in the reading's order (per column, most rows first). */
    public List<ValueDecision> valueDecisions() {
        return valueDecisions;
    }

    /** How many sheet rows hold a value the parser did not recognise. */
    public int rowsWithUnknownValues() {
        return rowsWithUnknownValues;
    }

    /** How many of {@link #valueDecisions()} have no answer yet; nothing is imported until none. */
    public ReadOnlyIntegerProperty unansweredProperty() {
        return unanswered;
    }

    /** The ledger's villages to map an unknown one to. */
    public List<Village> villages() {
        return villages;
    }

    public BooleanProperty keepSheetTierProperty() {
        return keepSheetTier;
    }

    /** Rows whose sheet tier differs from the computed one. */
    public ReadOnlyIntegerProperty tierDifferencesProperty() {
        return tierDifferences;
    }

    /** Persons the import adds or updates. */
    public ReadOnlyIntegerProperty toWriteProperty() {
        return toWrite;
    }

    public ReadOnlyIntegerProperty villagesToCreateProperty() {
        return villagesToCreate;
    }

    // ---- grids and teams from the sheet

    /** Create the grids the sheet names that their villages lack (on at an office's first import). */
    public BooleanProperty createGridsProperty() {
        return createGrids;
    }

    /** Create the teams the sheet names, or its responsible persons lead, that the villages lack. */
    public BooleanProperty createTeamsProperty() {
        return createTeams;
    }

    /** The grids the sheet names that the ledger lacks, each in the village its rows go to (per the last plan). */
    public ObservableList<UnknownGrid> newGrids() {
        return newGrids;
    }

    /** The teams the sheet names that the ledger lacks (per the last plan). */
    public ObservableList<UnknownTeam> newTeams() {
        return newTeams;
    }

    /** Grids the import creates: those of {@link #newGrids()} that a written row uses, when asked. */
    public ReadOnlyIntegerProperty gridsToCreateProperty() {
        return gridsToCreate;
    }

    public ReadOnlyIntegerProperty teamsToCreateProperty() {
        return teamsToCreate;
    }

    /** One line of the new grids: the grid, its village, how many rows name it. */
    public Msg gridLine(UnknownGrid g) {
        return Msg.of("import.ui.gridLine", g.name(), villageName(g.villageId()), g.rows());
    }

    /** One line of the new teams: the team, its village, rows, and the person leading it when one is named. */
    public Msg teamLine(UnknownTeam t) {
        return t.leader() == null
                ? Msg.of("import.ui.teamLine", t.name(), villageName(t.villageId()), t.rows())
                : Msg.of("import.ui.teamLineLed", t.name(), villageName(t.villageId()), t.rows(), t.leader());
    }

    /** A stored village's name, or a new one's as the sheet names it. */
    private String villageName(long villageId) {
        for (Village v : villages) {
            if (v.id() == villageId) {
                return v.name();
            }
        }
        for (VillageDecision d : decisions) {
            if (d.village().placeholderId() == villageId) {
                return d.village().name();
            }
        }
        return "";
    }

    public ReadOnlyObjectProperty<Msg> planFailureProperty() {
        return planFailure;
    }

    public ReadOnlyBooleanProperty planningProperty() {
        return planning;
    }

    /** A plan is ready, every value answered, and it writes something. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
