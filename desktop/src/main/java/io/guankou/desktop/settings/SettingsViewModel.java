package io.guankou.desktop.settings;

import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskHandle;
import io.guankou.desktop.task.TaskProgress;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.tier.AgeBand;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.settings.RecomputeProgress;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.settings.RecomputeResult;
import io.guankou.persistence.settings.TierRulesRepository;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings: the interface language (this machine) and the township's tier rule table. Applying the rules
 * stores them and recomputes every person's tier off the FX thread with progress, then reports how many
 * changed; a cancelled recompute rolls back, so the rules and every tier stay as they were.
 */
public final class SettingsViewModel {

    public static final List<Integer> AGE_LOWER_BOUNDS = List.of(60, 65);

    /** Bundle key of the message after a cancelled recompute. */
    public static final String CANCELLED_KEY = "settings.recompute.cancelled";

    /** Progress while the total is not known yet (the same value as ProgressBar's indeterminate). */
    public static final double INDETERMINATE = -1;

    /** One editable row of the age factor. */
    public static final class AgeBandRow {
        private final IntegerProperty fromAge = new SimpleIntegerProperty();
        private final IntegerProperty points = new SimpleIntegerProperty();

        public AgeBandRow(int fromAge, int points) {
            this.fromAge.set(fromAge);
            this.points.set(points);
        }

        public IntegerProperty fromAgeProperty() {
            return fromAge;
        }

        public IntegerProperty pointsProperty() {
            return points;
        }
    }

    private final TierRulesRepository rulesRepository;
    private final UserSettings settings;
    private final TaskRunner runner;
    private final DataEvents events;
    private final LoadState state = new LoadState();
    private final FollowUpSettingsViewModel followUp;

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final BooleanProperty languageChanged = new SimpleBooleanProperty();
    /** After a language choice: takes effect after a restart, or could not be stored. */
    private final ObjectProperty<Notice> languageNotice = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> ageLowerBound = new SimpleObjectProperty<>(60);
    private final ObservableList<AgeBandRow> ageBands = FXCollections.observableArrayList();
    private final IntegerProperty comorbidityNone = new SimpleIntegerProperty();
    private final IntegerProperty comorbidityStable = new SimpleIntegerProperty();
    private final IntegerProperty comorbidityUnstable = new SimpleIntegerProperty();
    private final IntegerProperty vaccinationComplete = new SimpleIntegerProperty();
    private final IntegerProperty vaccinationIncomplete = new SimpleIntegerProperty();
    private final IntegerProperty vaccinationNone = new SimpleIntegerProperty();
    private final IntegerProperty greenMax = new SimpleIntegerProperty();
    private final IntegerProperty yellowMax = new SimpleIntegerProperty();
    private final BooleanProperty pregnantIsRed = new SimpleBooleanProperty();

    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<RecomputeResult> lastResult = new SimpleObjectProperty<>();
    /** Why the last apply was refused or failed, or null. */
    private final ObjectProperty<Msg> rulesError = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty cancelled = new SimpleBooleanProperty();
    /** The running recompute's handle; null when none runs. */
    private TaskHandle recompute;

    /** Applied rules are published as {@link DataChange.TierRulesApplied}, targets as their own change. */
    public SettingsViewModel(TierRulesRepository rulesRepository, FollowUpSettingsRepository followUpRepository,
                             UserSettings settings, TaskRunner runner, DataEvents events) {
        this.rulesRepository = rulesRepository;
        this.settings = settings;
        this.runner = runner;
        this.events = events;
        this.followUp = new FollowUpSettingsViewModel(followUpRepository, runner, settings.userName(), events);
        language.set(settings.language());
        language.addListener((o, a, b) -> {
            if (b != null) {
                boolean stored = settings.setLanguage(b);
                languageNotice.set(stored ? Notice.ok("settings.language.restart")
                        : Notice.error("settings.language.notStored"));
                languageChanged.set(stored);
            }
        });
        show(TierRules.defaults());
    }

    /**
     * Reads the stored rules (and the follow-up settings). Until they have loaded the form shows the defaults
     * and Apply stays disabled: applying then would overwrite rules the user has not seen.
     */
    public void load() {
        state.loading();
        runner.run("rules-load", rulesRepository::load, rules -> {
            show(rules);
            state.ready();
        }, state::failed);
        followUp.load();
    }

    /** Whether the stored rules have loaded. */
    public LoadState state() {
        return state;
    }

    /** Contact targets and referral rules: their own apply, independent of the tier recompute. */
    public FollowUpSettingsViewModel followUp() {
        return followUp;
    }

    private void show(TierRules r) {
        ageBands.setAll(r.ageBands().stream().map(b -> new AgeBandRow(b.fromAge(), b.points())).toList());
        comorbidityNone.set(r.comorbidityNonePoints());
        comorbidityStable.set(r.comorbidityStablePoints());
        comorbidityUnstable.set(r.comorbidityUnstablePoints());
        vaccinationComplete.set(r.vaccinationCompletePoints());
        vaccinationIncomplete.set(r.vaccinationIncompletePoints());
        vaccinationNone.set(r.vaccinationNonePoints());
        greenMax.set(r.greenMax());
        yellowMax.set(r.yellowMax());
        ageLowerBound.set(r.ageLowerBound());
        pregnantIsRed.set(r.pregnantIsRed());
    }

    /** The rules as edited; throws IllegalArgumentException with the model's reason when they are invalid. */
    public TierRules rules() {
        List<AgeBand> bands = new ArrayList<>();
        ageBands.stream().sorted((a, b) -> Integer.compare(a.fromAge.get(), b.fromAge.get()))
                .forEach(row -> bands.add(new AgeBand(row.fromAge.get(), row.points.get())));
        return new TierRules(bands, comorbidityNone.get(), comorbidityStable.get(), comorbidityUnstable.get(),
                vaccinationComplete.get(), vaccinationIncomplete.get(), vaccinationNone.get(), greenMax.get(),
                yellowMax.get(), ageLowerBound.get() == null ? 60 : ageLowerBound.get(), pregnantIsRed.get());
    }

    public void resetToDefaults() {
        show(TierRules.defaults());
    }

    public void addAgeBand() {
        int last = ageBands.isEmpty() ? 0 : ageBands.get(ageBands.size() - 1).fromAge.get();
        ageBands.add(new AgeBandRow(Math.min(last + 5, TierRules.MAX_AGE), 0));
    }

    public void removeAgeBand(AgeBandRow row) {
        if (ageBands.size() > 1 && ageBands.indexOf(row) > 0) {
            ageBands.remove(row);
        }
    }

    /** Stores the rules and recomputes every tier in the background; false when the rules are invalid. */
    public boolean apply() {
        if (!state.isReady() || busy.get()) {
            return false;
        }
        TierRules rules;
        try {
            rules = rules();
        } catch (IllegalArgumentException e) {
            rulesError.set(Msg.of("settings.rules.invalid", Failures.msg(e)));
            return false;
        }
        rulesError.set(null);
        lastResult.set(null);
        cancelled.set(false);
        progress.set(INDETERMINATE);
        busy.set(true);
        String user = settings.userName();
        TaskHandle handle = new TaskHandle();
        recompute = handle;
        runner.run("rules-apply", handle, p -> rulesRepository.save(rules, user, adapt(p)),
                v -> {
                    if (recompute == handle) { // a late report must not outlive its task
                        progress.set(v);
                    }
                },
                result -> {
                    finished();
                    lastResult.set(result);
                    events.publish(new DataChange.TierRulesApplied());
                }, () -> {
                    finished();
                    cancelled.set(true);
                }, e -> {
                    finished();
                    rulesError.set(Failures.msg(e));
                });
        return true;
    }

    /** Stops a running recompute; nothing of it is stored. Does nothing when none runs. */
    public void cancel() {
        if (recompute != null) {
            recompute.cancel();
        }
    }

    private void finished() {
        recompute = null;
        busy.set(false);
        progress.set(0);
    }

    private static RecomputeProgress adapt(TaskProgress p) {
        return new RecomputeProgress() {
            @Override
            public void progress(int done, int total) {
                p.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    public ObjectProperty<Language> languageProperty() { return language; }
    public ReadOnlyBooleanProperty languageChangedProperty() { return languageChanged; }
    public ReadOnlyObjectProperty<Notice> languageNoticeProperty() { return languageNotice; }
    public ObjectProperty<Integer> ageLowerBoundProperty() { return ageLowerBound; }
    public ObservableList<AgeBandRow> ageBands() { return ageBands; }
    public IntegerProperty comorbidityNoneProperty() { return comorbidityNone; }
    public IntegerProperty comorbidityStableProperty() { return comorbidityStable; }
    public IntegerProperty comorbidityUnstableProperty() { return comorbidityUnstable; }
    public IntegerProperty vaccinationCompleteProperty() { return vaccinationComplete; }
    public IntegerProperty vaccinationIncompleteProperty() { return vaccinationIncomplete; }
    public IntegerProperty vaccinationNoneProperty() { return vaccinationNone; }
    public IntegerProperty greenMaxProperty() { return greenMax; }
    public IntegerProperty yellowMaxProperty() { return yellowMax; }
    public BooleanProperty pregnantIsRedProperty() { return pregnantIsRed; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyObjectProperty<RecomputeResult> lastResultProperty() { return lastResult; }
    public ReadOnlyObjectProperty<Msg> rulesErrorProperty() { return rulesError; }
    /** 0..1 while a recompute runs, {@link #INDETERMINATE} before its first report. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    /** True after the last recompute was cancelled (until the next apply). */
    public ReadOnlyBooleanProperty cancelledProperty() { return cancelled; }
}
