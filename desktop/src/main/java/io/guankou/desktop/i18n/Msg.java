package io.guankou.desktop.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text a view-model wants shown: a bundle key and its arguments, never formatted text. Views turn it into
 * words with {@link Messages#text(Msg)}; an argument that is itself a {@code Msg} or an enum constant is put
 * into words too, so view-models stay language-free all the way down.
 */
public record Msg(String key, List<Object> args) {

    public Msg {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args)); // arguments may be null
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
    }

    /** The label of an enum constant (key {@link Messages#enumKey(Enum)}). */
    public static Msg label(Enum<?> value) {
        return of(Messages.enumKey(value));
    }
}
