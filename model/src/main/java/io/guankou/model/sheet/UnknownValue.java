package io.guankou.model.sheet;

import java.util.Objects;

/**
 * A distinct value of an enumerated column that the parser does not recognise, as the preview lists it.
 *
 * @param column the column
 * @param key    the value in {@link SheetText#normalise normal form}: what a {@link ValueMapping} answers
 * @param text   the value as first typed in the sheet, for showing
 * @param rows   how many rows hold it
 */
public record UnknownValue(LedgerColumn column, String key, String text, int rows) {

    public UnknownValue {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        if (rows < 1) {
            throw new IllegalArgumentException("an unknown value is on at least one row");
        }
    }
}
