package io.guankou.persistence.supply;

import io.guankou.model.supply.SupplySettings;
import io.guankou.persistence.Database;
import io.guankou.persistence.settings.SettingStore;
import java.time.Clock;
import java.util.Objects;

/** The supplies settings (window, target %, alert days, Spring Festival): one setting row; the defaults without it. */
public final class SupplySettingsRepository {

    public static final String KEY = "supply.settings";

    private final SettingStore store;

    public SupplySettingsRepository(Database db, Clock clock) {
        this.store = new SettingStore(db, clock);
    }

    public SupplySettings load() {
        return store.load(KEY, SupplySettings::decode).orElseGet(SupplySettings::defaults);
    }

    public void save(SupplySettings settings, String user) {
        store.save(KEY, Objects.requireNonNull(settings, "settings").encode(), user);
    }
}
