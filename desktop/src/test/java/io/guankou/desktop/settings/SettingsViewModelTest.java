package io.guankou.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.UserSettings;
import io.guankou.desktop.i18n.Language;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;
    Database db;
    TierRulesRepository rules;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    UserSettings settings = UserSettings.inMemory(Language.ZH, "tester");
    int reloads;
    SettingsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        rules = new TierRulesRepository(db, Clock.systemDefaultZone());
        vm = new SettingsViewModel(rules, settings, runner, () -> reloads++);
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
    void invalidRulesAreNotStored() {
        vm.greenMaxProperty().set(5);
        vm.yellowMaxProperty().set(3);
        assertThat(vm.apply()).isFalse();
        assertThat(vm.rulesErrorProperty().get()).isNotBlank();
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
