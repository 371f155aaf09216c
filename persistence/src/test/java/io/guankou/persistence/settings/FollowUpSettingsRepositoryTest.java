package io.guankou.persistence.settings;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.followup.ContactTarget;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpGroup;
import io.guankou.model.referral.ReferralRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpSettingsRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    FollowUpSettingsRepository settings;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("settings.db"));
        settings = new FollowUpSettingsRepository(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aFileWithoutTheSettingsUsesTheDefaults() {
        assertThat(settings.loadTargets()).isEqualTo(ContactTargets.defaults());
        assertThat(settings.loadReferralRules()).isEqualTo(ReferralRules.defaults());
    }

    @Test
    void roundTripsBothSettingsAsSettingRows() {
        ContactTargets targets = ContactTargets.defaults().with(FollowUpGroup.RED, new ContactTarget(4, 48));
        ReferralRules rules = new ReferralRules(94, 12);
        settings.saveTargets(targets, "谭文华");
        settings.saveReferralRules(rules, "谭文华");

        assertThat(new FollowUpSettingsRepository(db, CLOCK).loadTargets()).isEqualTo(targets);
        assertThat(new FollowUpSettingsRepository(db, CLOCK).loadReferralRules()).isEqualTo(rules);
        assertThat(TestTownship.query(db, "SELECT value || '|' || updated_by || '|' || revision || '|'"
                + " || township_code FROM setting WHERE key = 'referral.rules'"))
                .isEqualTo("spo2=94;staleHours=12|谭文华|1|" + TestTownship.CODE);

        settings.saveReferralRules(new ReferralRules(92, 12), "李书记");
        assertThat(settings.loadReferralRules().spo2Threshold()).isEqualTo(92);
        assertThat(TestTownship.query(db, "SELECT revision FROM setting WHERE key = 'referral.rules'")).isEqualTo("2");
        // saving the same value again is no change
        settings.saveReferralRules(new ReferralRules(92, 12), "李书记");
        assertThat(TestTownship.query(db, "SELECT revision FROM setting WHERE key = 'referral.rules'")).isEqualTo("2");
        assertThat(TestTownship.query(db, "SELECT count(*) FROM setting")).isEqualTo("2");
    }
}
