package io.guankou.desktop.settings;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Notice;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.followup.ContactTarget;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpGroup;
import io.guankou.model.referral.ReferralRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contacts-and-referrals part of Settings, reached through the settings view-model as the view does. */
class FollowUpSettingsViewModelTest {

    @TempDir
    Path dir;
    Database db;
    FollowUpSettingsRepository repository;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    int tierReloads;
    int followUpReloads;
    FollowUpSettingsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = TestClocks.FIXED;
        repository = new FollowUpSettingsRepository(db, clock);
        DataEvents events = new DataEvents();
        events.subscribe(DataKind.SETTINGS, change -> {
            if (change instanceof DataChange.TierRulesApplied) {
                tierReloads++;
            } else if (change instanceof DataChange.FollowUpSettingsSaved) {
                followUpReloads++;
            }
        });
        SettingsViewModel settings = new SettingsViewModel(new TierRulesRepository(db, clock), repository,
                UserSettings.inMemory(Language.ZH, "测试员"), runner, events);
        settings.load();
        vm = settings.followUp();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    @Test
    void showsTheStoredSettings() {
        assertThat(vm.targets()).isEqualTo(repository.loadTargets());
        assertThat(vm.referralRules()).isEqualTo(repository.loadReferralRules());
        assertThat(vm.row(FollowUpGroup.RED).perWeekProperty().get()).isEqualTo(3);
        assertThat(vm.row(FollowUpGroup.RED).intervalHoursProperty().get()).isEqualTo(56);
        assertThat(vm.spo2ThresholdProperty().get()).isEqualTo(93);
        assertThat(vm.rows()).extracting(FollowUpSettingsViewModel.TargetRow::group)
                .containsExactly(FollowUpGroup.values());
    }

    @Test
    void changingATargetAndApplyingStoresItAndTellsTheListsToReload() {
        vm.row(FollowUpGroup.RED).perWeekProperty().set(4);
        vm.row(FollowUpGroup.RED).intervalHoursProperty().set(48);
        vm.row(FollowUpGroup.GREEN).perWeekProperty().set(1);

        assertThat(vm.apply()).isTrue();

        ContactTargets stored = repository.loadTargets();
        assertThat(stored.target(FollowUpGroup.RED)).isEqualTo(new ContactTarget(4, 48));
        assertThat(stored.target(FollowUpGroup.GREEN)).isEqualTo(new ContactTarget(1, 0));
        assertThat(stored.target(FollowUpGroup.YELLOW)).isEqualTo(ContactTargets.defaults().target(FollowUpGroup.YELLOW));
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.ok(FollowUpSettingsViewModel.KEY_SAVED));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(followUpReloads).isEqualTo(1);
        assertThat(tierReloads).as("no tier recompute for a contact target").isZero();
    }

    @Test
    void theReferralThresholdAndStaleHoursAreStored() {
        vm.spo2ThresholdProperty().set(95);
        vm.staleAfterHoursProperty().set(12);
        assertThat(vm.apply()).isTrue();
        assertThat(repository.loadReferralRules()).isEqualTo(new ReferralRules(95, 12));
    }

    @Test
    void invalidValuesAreNotStored() {
        vm.staleAfterHoursProperty().set(0);
        assertThat(vm.apply()).isFalse();
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo(FollowUpSettingsViewModel.KEY_INVALID);
        assertThat(vm.noticeProperty().get().error()).isTrue();
        // the reason in the user's words, from the rule the model names
        assertThat(Messages.of(Language.ZH).text(vm.noticeProperty().get().text()))
                .isEqualTo("设置无效：转诊超时须在 1–" + ReferralRules.MAX_STALE_AFTER_HOURS + " 小时之间，现为 0");
        assertThat(repository.loadReferralRules()).isEqualTo(ReferralRules.defaults());
        assertThat(followUpReloads).isZero();
    }

    @Test
    void restoreDefaultsFillsTheFieldsAndApplyStoresThem() {
        vm.row(FollowUpGroup.YELLOW).perWeekProperty().set(5);
        vm.spo2ThresholdProperty().set(90);
        assertThat(vm.apply()).isTrue();
        assertThat(repository.loadTargets()).isNotEqualTo(ContactTargets.defaults());

        vm.resetToDefaults();
        assertThat(vm.targets()).isEqualTo(ContactTargets.defaults());
        assertThat(vm.referralRules()).isEqualTo(ReferralRules.defaults());
        assertThat(repository.loadTargets()).as("nothing stored before apply").isNotEqualTo(ContactTargets.defaults());
        assertThat(vm.apply()).isTrue();
        assertThat(repository.loadTargets()).isEqualTo(ContactTargets.defaults());
        assertThat(repository.loadReferralRules()).isEqualTo(ReferralRules.defaults());
    }

    @Test
    void theIntervalIsAlsoShownInDays() {
        Messages zh = Messages.of(Language.ZH);
        assertThat(zh.format("followup.settings.hoursDays", 56, 56 / 24.0)).isEqualTo("56小时 (2.3天)");
        assertThat(zh.format("followup.settings.hoursDays", 72, 72 / 24.0)).isEqualTo("72小时 (3天)");
    }
}
