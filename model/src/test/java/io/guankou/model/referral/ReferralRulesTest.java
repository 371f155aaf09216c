package io.guankou.model.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.Symptom;
import io.guankou.model.sync.RecordMeta;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    private final ReferralRules rules = ReferralRules.defaults();

    private static Contact call(boolean reached, Integer spo2, Symptom... symptoms) {
        return Contact.draft(RecordMeta.fresh("500235124", Instant.EPOCH), 1, NOW, "Li", ContactMode.PHONE, reached)
                .withVitals(null, spo2).withSymptoms(Set.of(symptoms));
    }

    @Test
    void spo2BelowNinetyThreeTriggersAndNinetyThreeDoesNot() {
        assertThat(rules.triggers(call(true, 92))).containsExactly(ReferralTrigger.LOW_SPO2);
        assertThat(rules.triggers(call(true, 93))).isEmpty();
        assertThat(rules.triggers(call(true, null))).isEmpty();
    }

    @Test
    void persistentHighFeverAndBreathingDifficultyTriggerButAPlainFeverDoesNot() {
        assertThat(rules.triggers(call(true, 96, Symptom.PERSISTENT_HIGH_FEVER, Symptom.BREATHING_DIFFICULTY)))
                .containsExactlyInAnyOrder(ReferralTrigger.PERSISTENT_HIGH_FEVER, ReferralTrigger.BREATHING_DIFFICULTY);
        assertThat(rules.triggers(call(true, 96, Symptom.FEVER, Symptom.COUGH))).isEmpty();
    }

    @Test
    void anUnreachedAttemptTriggersNothing() {
        assertThat(rules.triggers(call(false, null, Symptom.BREATHING_DIFFICULTY))).isEmpty();
    }

    @Test
    void theThresholdIsASetting() {
        ReferralRules stricter = new ReferralRules(95, 24);
        assertThat(stricter.triggers(call(true, 94))).containsExactly(ReferralTrigger.LOW_SPO2);
        assertThat(ReferralRules.decode(stricter.encode())).isEqualTo(stricter);
        assertThat(ReferralRules.decode("spo2=90;future=1")).isEqualTo(new ReferralRules(90, 24));
        assertThatThrownBy(() -> new ReferralRules(930, 24)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenReferralOlderThanTheSettingIsStaleAndAClosedOneNever() {
        Referral r = Referral.open(RecordMeta.fresh("500235124", Instant.EPOCH), 1, null,
                Set.of(ReferralTrigger.LOW_SPO2), NOW.minusHours(25), "Li");
        assertThat(rules.isStale(r, NOW)).isTrue();
        assertThat(rules.isStale(r, NOW.minusHours(2))).isFalse();
        Referral closed = r.moveTo(ReferralStatus.CLOSED, NOW, "recovered at home");
        assertThat(rules.isStale(closed, NOW)).isFalse();
    }
}
