package io.guankou.desktop.i18n;

import io.guankou.persistence.DatabaseException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one resource-bundle family of the desktop ({@code io/guankou/desktop/i18n/messages_*.properties}),
 * passed to every view and to the command line.
 */
public final class Messages {

    public static final String BUNDLE = "io.guankou.desktop.i18n.messages";

    private static final String DB_ERROR_PREFIX = "db.error.";

    private final ResourceBundle bundle;
    private final Language language;

    private Messages(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    public static Messages of(Language language) {
        Objects.requireNonNull(language, "language");
        // no fallback to the JVM's locale: the choice of language is the user's, not the machine's
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b, language);
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; a missing key shows as itself so a gap is visible, not fatal. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /**
     * A database failure in the user's language: key {@code db.error.<REASON>} with the exception's
     * non-personal detail as {0}. An unclassified failure falls back to its English message.
     */
    public String describe(DatabaseException e) {
        String detail = e.reason() == DatabaseException.Reason.OTHER ? e.getMessage() : e.detail();
        return format(dbErrorKey(e.reason()), detail);
    }

    public static String dbErrorKey(DatabaseException.Reason reason) {
        return DB_ERROR_PREFIX + reason.name();
    }
}
