package io.guankou.model.person;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a person created by an import came from: the sheet's file name and the row. Stored as the new value of
 * the one history row such a person gets (field {@link #HISTORY_FIELD}), as {@code ledger.xlsx#12}: the number
 * follows the last {@code #}, so a file name holding {@code #} stays readable.
 */
public record SheetSource(String fileName, int rowNumber) {

    /** The history field of the creation row. */
    public static final String HISTORY_FIELD = "created";

    public SheetSource {
        Objects.requireNonNull(fileName, "fileName");
        if (rowNumber < 1) {
            throw new IllegalArgumentException("sheet rows are numbered from 1: " + rowNumber);
        }
    }

    public String stored() {
        return fileName + "#" + rowNumber;
    }

    /** The source a stored value names; empty for anything else. */
    public static Optional<SheetSource> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        int hash = stored.lastIndexOf('#');
        String row = stored.substring(hash + 1);
        if (hash <= 0 || !row.matches("[0-9]{1,9}") || Integer.parseInt(row) < 1) {
            return Optional.empty();
        }
        return Optional.of(new SheetSource(stored.substring(0, hash), Integer.parseInt(row)));
    }
}
