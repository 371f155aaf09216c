package io.guankou.desktop.ui;

import io.guankou.desktop.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * Choice and combo boxes over enum constants, labelled by the one enum-label convention
 * ({@link Messages#label(Enum)}), bound both ways to a view-model property.
 */
public final class EnumChoices {

    private EnumChoices() {
    }

    public static <E extends Enum<E>> ComboBox<E> combo(String id, Class<E> type, Property<E> value, Messages msg) {
        return combo(id, Arrays.asList(type.getEnumConstants()), value, msg::label);
    }

    public static <E extends Enum<E>> ComboBox<E> combo(String id, List<E> items, Property<E> value,
                                                       Function<E, String> label) {
        ComboBox<E> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setConverter(converter(label));
        if (value != null) {
            c.valueProperty().bindBidirectional(value);
        }
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    public static <E extends Enum<E>> ChoiceBox<E> choice(String id, Class<E> type, Property<E> value,
                                                         Messages msg) {
        return choice(id, Arrays.asList(type.getEnumConstants()), value, msg::label);
    }

    public static <E extends Enum<E>> ChoiceBox<E> choice(String id, List<E> items, Property<E> value,
                                                         Function<E, String> label) {
        ChoiceBox<E> c = new ChoiceBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setConverter(converter(label));
        if (value != null) {
            c.valueProperty().bindBidirectional(value);
        }
        return c;
    }

    /** Shows each value by {@code label}; null as empty. One-way: these boxes are not editable. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
