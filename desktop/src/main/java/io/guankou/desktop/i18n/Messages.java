package io.guankou.desktop.i18n;

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

    /** Label of an enum constant: key {@link #enumKey(Enum)}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get(enumKey(value));
    }

    /** A view-model's message in words; {@code Msg} and enum arguments are put into words too. */
    public String text(Msg m) {
        if (m == null) {
            return "";
        }
        Object[] args = m.args().stream().map(this::argument).toArray();
        return format(m.key(), args);
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");
    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A list argument is shown as its elements joined by {@code list.separator}; dates as 2026-11-20, times
     * as 10:05, both as 2026-11-20 10:05 (the forms offices write, the same in both languages).
     */
    private Object argument(Object a) {
        if (a instanceof Msg inner) {
            return text(inner);
        }
        if (a instanceof Enum<?> e) {
            return label(e);
        }
        if (a instanceof java.time.LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (a instanceof java.time.LocalTime t) {
            return TIME.format(t);
        }
        if (a instanceof java.time.LocalDate d) {
            return d.toString();
        }
        if (a instanceof java.util.Collection<?> items) {
            return join(items.stream().map(i -> String.valueOf(argument(i))).toList());
        }
        return a;
    }

    /** Items of a list in one line, joined the way the language does (the ideographic comma in Chinese). */
    public String join(java.util.List<String> items) {
        return String.join(get("list.separator"), items);
    }

    /**
     * The one convention for keys built from enum constants: {@code enum.<Type>.<CONSTANT>}, where Type is the
     * simple name with its enclosing types ({@code enum.Departure.Reason.MOVED_AWAY}). The bundle test counts
     * every such key as used and checks that each labelled enum has a key for every constant.
     */
    public static String enumKey(Enum<?> value) {
        return "enum." + typeName(value.getDeclaringClass()) + "." + value.name();
    }

    /**
     * A second family of keys for an enum (other than its label): {@code <family>.<CONSTANT>}, e.g.
     * {@code db.error.NOT_SQLITE}. Every family is registered in the bundle test (MessagesTest), which fails on one it does not know.
     */
    public static String enumKey(String family, Enum<?> value) {
        return family + "." + value.name();
    }

    static String typeName(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : typeName(outer) + "." + type.getSimpleName();
    }

    /**
     * A failure in the user's language ({@link Failures#msg}): a database failure by its reason
     * ({@code db.error.<REASON>}, with its non-personal detail), anything else by its kind, never its message.
     */
    public String describe(Throwable e) {
        return text(Failures.msg(e));
    }
}
