package io.guankou.desktop.ui;

import java.util.Objects;

/** An item of a combo box: a value (null for "all") and the text shown for it. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }

    public boolean is(T other) {
        return Objects.equals(value, other);
    }
}
