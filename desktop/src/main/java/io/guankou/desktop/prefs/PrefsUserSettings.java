package io.guankou.desktop.prefs;

import io.guankou.desktop.i18n.Language;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link UserSettings} in {@link Preferences} (per OS user; registry on Windows, ~/.java on Linux). */
public final class PrefsUserSettings implements UserSettings {

    private static final Logger LOG = LoggerFactory.getLogger(PrefsUserSettings.class);
    private static final String LANGUAGE = "language";

    private final Preferences prefs;

    public PrefsUserSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static PrefsUserSettings forCurrentUser() {
        return new PrefsUserSettings(Preferences.userRoot().node("io/guankou/desktop"));
    }

    @Override
    public Language language() {
        Language l = Language.fromTag(prefs.get(LANGUAGE, Language.ZH.tag()));
        return l == null ? Language.ZH : l;
    }

    @Override
    public boolean setLanguage(Language language) {
        try {
            prefs.put(LANGUAGE, language.tag());
            prefs.flush();
            return true;
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("Could not store the language preference: {}", e.getClass().getName());
            return false;
        }
    }

    @Override
    public String userName() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "guankou" : name;
    }
}
