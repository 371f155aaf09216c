package io.guankou.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.tier.TierRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that could not be read do not pretend: the defaults on screen cannot be applied over the stored
 * rules the user has not seen, and the reason is shown until a retry reads them.
 */
class SettingsFailureTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    TierRulesRepository rules;
    final Clock clock = TestClocks.FIXED;
    SettingsViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        rules = new TierRulesRepository(db, clock);
        vm = new SettingsViewModel(rules, new FollowUpSettingsRepository(db, clock),
                UserSettings.inMemory(Language.ZH, "tester"), new SameThreadTaskRunner(), new DataEvents());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void rulesThatCannotBeReadCannotBeOverwrittenUnseen() {
        TierRules stricter = TierRules.defaults().withAgeLowerBound(65);
        rules.save(stricter, "office");
        try (BrokenTable broken = BrokenTable.hide(file, "setting")) {
            vm.load();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.followUp().state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.state().failureProperty().get().key()).startsWith("db.error.");
            assertThat(vm.apply()).as("apply refused while the stored rules are unknown").isFalse();
            assertThat(vm.followUp().apply()).isFalse();
        }
        assertThat(rules.load()).isEqualTo(stricter);
        vm.load();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.followUp().state().isReady()).isTrue();
        assertThat(vm.rules()).isEqualTo(stricter);
        assertThat(vm.apply()).isTrue();
    }

    @Test
    void aLanguageThatCannotBeStoredIsSaidSo() {
        UserSettings readOnly = new UserSettings() {
            @Override
            public Language language() {
                return Language.ZH;
            }

            @Override
            public boolean setLanguage(Language language) {
                return false;
            }

            @Override
            public String userName() {
                return "tester";
            }
        };
        SettingsViewModel settings = new SettingsViewModel(rules, new FollowUpSettingsRepository(db, clock), readOnly,
                new SameThreadTaskRunner(), new DataEvents());
        settings.languageProperty().set(Language.EN);
        assertThat(settings.languageNoticeProperty().get().error()).isTrue();
        assertThat(settings.languageNoticeProperty().get().text().key()).isEqualTo("settings.language.notStored");
        assertThat(settings.languageChangedProperty().get()).isFalse();
    }
}
