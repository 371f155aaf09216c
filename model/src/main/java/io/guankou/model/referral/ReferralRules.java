package io.guankou.model.referral;

import io.guankou.model.settings.InvalidSettingException;
import io.guankou.model.codec.KeyValueCodec;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.Symptom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * When a contact opens a referral (DOMAIN.md §4: SpO2 below the threshold, persistent high fever, breathing
 * difficulty) and when an open referral counts as stale on the queue. Both are office settings.
 */
public record ReferralRules(int spo2Threshold, int staleAfterHours) {

    public static final int DEFAULT_SPO2_THRESHOLD = 93;
    public static final int DEFAULT_STALE_AFTER_HOURS = 24;
    /** Settings outside these bounds are typing slips, not policy. */
    public static final int MIN_SPO2_THRESHOLD = 80;
    public static final int MAX_SPO2_THRESHOLD = 99;
    public static final int MAX_STALE_AFTER_HOURS = 24 * 14;

    private static final String SPO2_KEY = "spo2";
    private static final String STALE_KEY = "staleHours";
    private static final KeyValueCodec TEXT = KeyValueCodec.semicolons("referral rules");

    public ReferralRules {
        if (spo2Threshold < MIN_SPO2_THRESHOLD || spo2Threshold > MAX_SPO2_THRESHOLD) {
            throw new InvalidSettingException(InvalidSettingException.Kind.SPO2_RANGE, "SpO2 threshold must be "
                    + MIN_SPO2_THRESHOLD + ".." + MAX_SPO2_THRESHOLD + ": " + spo2Threshold, MIN_SPO2_THRESHOLD,
                    MAX_SPO2_THRESHOLD, spo2Threshold);
        }
        if (staleAfterHours < 1 || staleAfterHours > MAX_STALE_AFTER_HOURS) {
            throw new InvalidSettingException(InvalidSettingException.Kind.STALE_RANGE, "stale-after hours must be 1.."
                    + MAX_STALE_AFTER_HOURS + ": " + staleAfterHours, MAX_STALE_AFTER_HOURS, staleAfterHours);
        }
    }

    public static ReferralRules defaults() {
        return new ReferralRules(DEFAULT_SPO2_THRESHOLD, DEFAULT_STALE_AFTER_HOURS);
    }

    /** The triggers this contact sets off; empty for an unreached attempt. */
    public Set<ReferralTrigger> triggers(Contact contact) {
        Set<ReferralTrigger> found = EnumSet.noneOf(ReferralTrigger.class);
        if (!contact.reached()) {
            return found;
        }
        if (contact.spo2() != null && contact.spo2() < spo2Threshold) {
            found.add(ReferralTrigger.LOW_SPO2);
        }
        if (contact.symptoms().contains(Symptom.PERSISTENT_HIGH_FEVER)) {
            found.add(ReferralTrigger.PERSISTENT_HIGH_FEVER);
        }
        if (contact.symptoms().contains(Symptom.BREATHING_DIFFICULTY)) {
            found.add(ReferralTrigger.BREATHING_DIFFICULTY);
        }
        return found;
    }

    /** A referral still open longer than the setting after it was opened. */
    public boolean isStale(Referral referral, LocalDateTime now) {
        return referral.status().isOpen()
                && Duration.between(referral.openedAt(), now).compareTo(Duration.ofHours(staleAfterHours)) > 0;
    }

    /** Text for the settings table: {@code spo2=93;staleHours=24}. */
    public String encode() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(SPO2_KEY, Integer.toString(spo2Threshold));
        entries.put(STALE_KEY, Integer.toString(staleAfterHours));
        return TEXT.write(entries);
    }

    /** Reads {@link #encode()} text; unknown keys are ignored so a newer file still opens. */
    public static ReferralRules decode(String text) {
        Map<String, String> m = TEXT.parseMap(text);
        return new ReferralRules(integer(m, SPO2_KEY, DEFAULT_SPO2_THRESHOLD),
                integer(m, STALE_KEY, DEFAULT_STALE_AFTER_HOURS));
    }

    private static int integer(Map<String, String> m, String key, int fallback) {
        String v = m.get(key);
        return v == null ? fallback : Integer.parseInt(v);
    }
}
