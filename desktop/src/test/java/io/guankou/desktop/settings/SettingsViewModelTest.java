package io.guankou.desktop.settings;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;
    Database db;
    TierRulesRepository rules;
    FollowUpSettingsRepository followUp;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    UserSettings settings = UserSettings.inMemory(Language.ZH, "tester");
    int reloads;
    DataEvents events = new DataEvents();
    SettingsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        rules = new TierRulesRepository(db, TestClocks.FIXED);
        followUp = new FollowUpSettingsRepository(db, TestClocks.FIXED);
        events.subscribe(DataKind.SETTINGS, change -> {
            if (change instanceof DataChange.TierRulesApplied) {
                reloads++;
            }
        });
        vm = new SettingsViewModel(rules, followUp, settings, runner, events);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void showsTheStoredRules() {
        assertThat(vm.rules()).isEqualTo(rules.load());
    }

    @Test
    void applyingStricterRulesRecomputesAndReportsHowManyChanged() {
        vm.greenMaxProperty().set(0);
        vm.yellowMaxProperty().set(1);
        assertThat(vm.apply()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.lastResultProperty().get()).isNotNull();
        assertThat(vm.lastResultProperty().get().changed()).isPositive();
        assertThat(vm.lastResultProperty().get().persons()).isGreaterThan(250);
        assertThat(rules.load().greenMax()).isZero();
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void progressRunsFromUnknownToDoneAndTheProgressBarRestsAfterwards() {
        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
        vm.greenMaxProperty().set(0);
        vm.yellowMaxProperty().set(1);
        assertThat(vm.apply()).isTrue();
        assertThat(seen).first().isEqualTo(SettingsViewModel.INDETERMINATE);
        assertThat(seen).contains(1.0);
        assertThat(vm.progressProperty().get()).isZero();
        assertThat(vm.cancelledProperty().get()).isFalse();
    }

    @Test
    void cancellingTheRecomputeLeavesEveryTierAndTheRulesUnchanged() {
        Map<Long, Tier> before = tiers();
        // the same-thread runner reports progress inside apply(): cancel at the first real report
        vm.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() >= 0 && vm.busyProperty().get()) {
                vm.cancel();
            }
        });
        vm.greenMaxProperty().set(0);
        vm.yellowMaxProperty().set(1);

        assertThat(vm.apply()).isTrue();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.cancelledProperty().get()).isTrue();
        assertThat(vm.lastResultProperty().get()).isNull();
        assertThat(vm.rulesErrorProperty().get()).isNull();
        assertThat(runner.errors).isEmpty();
        assertThat(reloads).isZero();
        assertThat(rules.load()).isEqualTo(TierRules.defaults());
        assertThat(tiers()).isEqualTo(before);
        assertThat(Messages.of(Language.ZH).get(SettingsViewModel.CANCELLED_KEY)).isEqualTo("已取消，分级未改变");
        assertThat(Messages.of(Language.EN).get(SettingsViewModel.CANCELLED_KEY))
                .isEqualTo("Cancelled; no tier changed");

        // without a cancel the same rules do change tiers, and the cancelled note goes away
        SettingsViewModel again = new SettingsViewModel(rules, followUp, settings, runner, events);
        again.load();
        again.greenMaxProperty().set(0);
        again.yellowMaxProperty().set(1);
        assertThat(again.apply()).isTrue();
        assertThat(again.cancelledProperty().get()).isFalse();
        assertThat(tiers()).isNotEqualTo(before);
    }

    @Test
    void cancelWithoutARunningRecomputeDoesNothing() {
        vm.cancel();
        vm.greenMaxProperty().set(0);
        vm.yellowMaxProperty().set(1);
        assertThat(vm.apply()).isTrue();
        assertThat(vm.cancelledProperty().get()).isFalse();
        assertThat(vm.lastResultProperty().get().changed()).isPositive();
    }

    private Map<Long, Tier> tiers() {
        return new LedgerRepository(db, TestClocks.FIXED).loadEntries().stream()
                .collect(Collectors.toMap(LedgerEntry::personId, LedgerEntry::computedTier));
    }

    @Test
    void invalidRulesAreNotStored() {
        vm.greenMaxProperty().set(5);
        vm.yellowMaxProperty().set(3);
        assertThat(vm.apply()).isFalse();
        assertThat(vm.rulesErrorProperty().get().key()).isEqualTo("settings.rules.invalid");
        assertThat(Messages.of(Language.ZH).text(vm.rulesErrorProperty().get()))
                .isEqualTo("规则无效：黄色上限须高于绿色上限（5）且不超过 " + TierRules.MAX_SCORE + "，现为 3");
        assertThat(Messages.of(Language.EN).text(vm.rulesErrorProperty().get())).startsWith("Invalid rules: the highest");
        assertThat(rules.load()).isEqualTo(TierRules.defaults());
        assertThat(reloads).isZero();
    }

    @Test
    void ageLowerBoundAndBands() {
        vm.ageLowerBoundProperty().set(65);
        vm.addAgeBand();
        assertThat(vm.rules().ageBands()).hasSize(4);
        assertThat(vm.rules().ageLowerBound()).isEqualTo(65);
        vm.removeAgeBand(vm.ageBands().get(0));
        assertThat(vm.ageBands()).as("the first band (from 0) stays").hasSize(4);
    }

    @Test
    void theLanguageChoiceIsSaved() {
        vm.languageProperty().set(Language.EN);
        assertThat(settings.language()).isEqualTo(Language.EN);
        assertThat(vm.languageChangedProperty().get()).isTrue();
    }
}
