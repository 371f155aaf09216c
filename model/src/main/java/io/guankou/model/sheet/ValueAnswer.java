package io.guankou.model.sheet;

import java.util.Objects;

/**
 * What the user says a value of an enumerated column means that the parser did not recognise: one of the values
 * the column offers ({@link ValueOptions#of}), or {@link #LEAVE_EMPTY}, the cell taken as blank (not given: an
 * update keeps the stored value).
 *
 * @param value the column's value, {@code null} for {@link #LEAVE_EMPTY}
 */
public record ValueAnswer(Enum<?> value) {

    /** The cell is taken as blank. */
    public static final ValueAnswer LEAVE_EMPTY = new ValueAnswer(null);
    /** How {@link #LEAVE_EMPTY} is written in a mapping file. */
    public static final String EMPTY_CODE = "EMPTY";

    public static ValueAnswer of(Enum<?> value) {
        return new ValueAnswer(Objects.requireNonNull(value, "value"));
    }

    public boolean isEmpty() {
        return value == null;
    }

    /** The constant's name, or {@link #EMPTY_CODE}: as {@link ColumnMappingCodec} writes it. */
    public String code() {
        return value == null ? EMPTY_CODE : value.name();
    }

    @Override
    public String toString() {
        return code();
    }
}
