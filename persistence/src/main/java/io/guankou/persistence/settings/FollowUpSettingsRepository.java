package io.guankou.persistence.settings;

import io.guankou.model.followup.ContactTargets;
import io.guankou.model.referral.ReferralRules;
import io.guankou.persistence.Database;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The office's follow-up settings: contact targets per group and the referral rules, each one setting row
 * in the text format its model class owns. A file without the row uses the defaults.
 */
public final class FollowUpSettingsRepository {

    public static final String KEY_TARGETS = "contact.targets";
    public static final String KEY_REFERRAL = "referral.rules";

    private final SettingStore store;

    public FollowUpSettingsRepository(Database db, Clock clock) {
        this.store = new SettingStore(db, clock);
    }

    public ContactTargets loadTargets() {
        return load(KEY_TARGETS, ContactTargets::decode).orElseGet(ContactTargets::defaults);
    }

    public void saveTargets(ContactTargets targets, String user) {
        save(KEY_TARGETS, Objects.requireNonNull(targets, "targets").encode(), user);
    }

    public ReferralRules loadReferralRules() {
        return load(KEY_REFERRAL, ReferralRules::decode).orElseGet(ReferralRules::defaults);
    }

    public void saveReferralRules(ReferralRules rules, String user) {
        save(KEY_REFERRAL, Objects.requireNonNull(rules, "rules").encode(), user);
    }

    private <T> Optional<T> load(String key, Function<String, T> decode) {
        return store.load(key, decode);
    }

    private void save(String key, String text, String user) {
        store.save(key, text, user);
    }
}
