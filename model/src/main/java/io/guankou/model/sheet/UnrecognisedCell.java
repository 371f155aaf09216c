package io.guankou.model.sheet;

import java.util.Objects;

/**
 * A cell of an enumerated column (or a part of a list cell) whose value the parser does not recognise: the row
 * is not refused for it, the import asks the user once per distinct value ({@link UnknownValue},
 * {@link ValueMapping}) and the planner applies the answer.
 *
 * @param column the column ({@link ValueOptions#maps})
 * @param text   the value as typed, stripped
 */
public record UnrecognisedCell(LedgerColumn column, String text) {

    public UnrecognisedCell {
        Objects.requireNonNull(column, "column");
        if (!ValueOptions.maps(column)) {
            throw new IllegalArgumentException("no values to map for " + column);
        }
        if (SheetText.isBlank(text)) {
            throw new IllegalArgumentException("a blank cell is not unrecognised");
        }
        text = text.strip();
    }

    /** The value in normal form: the key of its answer in a {@link ValueMapping}. */
    public String key() {
        return SheetText.normalise(text);
    }
}
