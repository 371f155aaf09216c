package io.guankou.desktop.settings;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.model.followup.ContactTarget;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpGroup;
import io.guankou.model.referral.ReferralRules;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "contacts and referrals" part of Settings (DOMAIN.md §4–5): the contact target per follow-up group,
 * the SpO2 referral threshold and when an open referral counts as stale. Apply stores them off the FX thread
 * and tells the screens that depend on them; "restore defaults" only fills the fields, like the tier rules.
 */
public final class FollowUpSettingsViewModel {

    public static final String KEY_SAVED = "followup.settings.saved";
    public static final String KEY_INVALID = "followup.settings.invalid";
    public static final String KEY_FAILED = "followup.settings.failed";

    /** One editable row of the targets table. */
    public static final class TargetRow {
        private final FollowUpGroup group;
        private final IntegerProperty perWeek = new SimpleIntegerProperty();
        private final IntegerProperty intervalHours = new SimpleIntegerProperty();

        TargetRow(FollowUpGroup group) {
            this.group = group;
        }

        public FollowUpGroup group() {
            return group;
        }

        public IntegerProperty perWeekProperty() {
            return perWeek;
        }

        public IntegerProperty intervalHoursProperty() {
            return intervalHours;
        }
    }

    private final FollowUpSettingsRepository repository;
    private final TaskRunner runner;
    private final String userName;
    private final DataEvents events;
    private final LoadState state = new LoadState();

    private final List<TargetRow> rows = new ArrayList<>();
    private final IntegerProperty spo2Threshold = new SimpleIntegerProperty();
    private final IntegerProperty staleAfterHours = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The line under the buttons (saved, invalid, failed), or null. */
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public FollowUpSettingsViewModel(FollowUpSettingsRepository repository, TaskRunner runner, String userName,
                                     DataEvents events) {
        this.repository = repository;
        this.runner = runner;
        this.userName = userName;
        this.events = events;
        for (FollowUpGroup g : FollowUpGroup.values()) {
            rows.add(new TargetRow(g));
        }
        show(ContactTargets.defaults(), ReferralRules.defaults());
    }

    private record Loaded(ContactTargets targets, ReferralRules rules) {
    }

    /** Reads the stored targets and rules; until they have loaded, Apply stays disabled. */
    public void load() {
        state.loading();
        runner.run("followup-settings-load", () -> new Loaded(repository.loadTargets(), repository.loadReferralRules()),
                loaded -> {
                    show(loaded.targets(), loaded.rules());
                    state.ready();
                }, state::failed);
    }

    private void show(ContactTargets targets, ReferralRules rules) {
        for (TargetRow row : rows) {
            ContactTarget t = targets.target(row.group);
            row.perWeek.set(t.perWeek());
            row.intervalHours.set(t.intervalHours());
        }
        spo2Threshold.set(rules.spo2Threshold());
        staleAfterHours.set(rules.staleAfterHours());
    }

    /** The targets as edited; throws IllegalArgumentException with the model's reason when one is invalid. */
    public ContactTargets targets() {
        ContactTargets t = ContactTargets.defaults();
        for (TargetRow row : rows) {
            t = t.with(row.group, new ContactTarget(row.perWeek.get(), row.intervalHours.get()));
        }
        return t;
    }

    /** The referral rules as edited; throws IllegalArgumentException when out of bounds. */
    public ReferralRules referralRules() {
        return new ReferralRules(spo2Threshold.get(), staleAfterHours.get());
    }

    public void resetToDefaults() {
        show(ContactTargets.defaults(), ReferralRules.defaults());
        clearStatus();
    }

    /** Stores targets and referral rules in the background; false (and nothing stored) when a value is invalid. */
    public boolean apply() {
        if (!state.isReady() || busy.get()) {
            return false; // stored values not known: applying would overwrite them unseen
        }
        ContactTargets targets;
        ReferralRules rules;
        try {
            targets = targets();
            rules = referralRules();
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(KEY_INVALID, Failures.msg(e)));
            return false;
        }
        clearStatus();
        busy.set(true);
        String user = userName;
        runner.run("followup-settings-apply", () -> {
            repository.saveTargets(targets, user);
            repository.saveReferralRules(rules, user);
            return rules;
        }, saved -> {
            busy.set(false);
            notice.set(Notice.ok(KEY_SAVED));
            events.publish(new DataChange.FollowUpSettingsSaved());
        }, e -> {
            busy.set(false);
            notice.set(Notice.error(KEY_FAILED, Failures.msg(e)));
        });
        return true;
    }

    private void clearStatus() {
        notice.set(null);
    }

    public List<TargetRow> rows() { return List.copyOf(rows); }
    public TargetRow row(FollowUpGroup group) { return rows.get(group.ordinal()); }
    public IntegerProperty spo2ThresholdProperty() { return spo2Threshold; }
    public IntegerProperty staleAfterHoursProperty() { return staleAfterHours; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public LoadState state() { return state; }
}
