package io.guankou.desktop.prefs;

import io.guankou.desktop.i18n.Language;

/** Per-user preferences of this machine (not of the township database). */
public interface UserSettings {

    Language language();

    /** Stores the choice for the next start; false when it could not be stored (the user is told). */
    boolean setLanguage(Language language);

    /** The name written into history rows and tier overrides. */
    String userName();

    /** Held in memory only: for tests and the command line. */
    static UserSettings inMemory(Language language, String userName) {
        return new UserSettings() {
            private Language current = language;

            @Override
            public Language language() {
                return current;
            }

            @Override
            public boolean setLanguage(Language l) {
                current = l;
                return true;
            }

            @Override
            public String userName() {
                return userName;
            }
        };
    }
}
