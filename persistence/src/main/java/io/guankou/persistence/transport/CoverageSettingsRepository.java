package io.guankou.persistence.transport;

import io.guankou.model.transport.CoverageSettings;
import io.guankou.persistence.Database;
import io.guankou.persistence.settings.SettingStore;
import java.time.Clock;
import java.util.Objects;

/** The coverage settings (dispatch delay, detour factor, speed, targets): one setting row; the defaults without it. */
public final class CoverageSettingsRepository {

    public static final String KEY = "coverage.settings";

    private final SettingStore store;

    public CoverageSettingsRepository(Database db, Clock clock) {
        this.store = new SettingStore(db, clock);
    }

    public CoverageSettings load() {
        return store.load(KEY, CoverageSettings::decode).orElseGet(CoverageSettings::defaults);
    }

    public void save(CoverageSettings settings, String user) {
        store.save(KEY, Objects.requireNonNull(settings, "settings").encode(), user);
    }
}
