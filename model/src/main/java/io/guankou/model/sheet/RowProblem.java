package io.guankou.model.sheet;

import java.util.Objects;

/**
 * Why a sheet row is not imported. Carries data only: the desktop and the CLI build the message from their
 * bundles ({@code enum.RowProblem.Kind.*} and the values).
 *
 * @param rowNumber the sheet row ({@link RawRow#number()})
 * @param column    the field at fault
 * @param kind      what is wrong
 * @param value     the cell as typed ({@code null} when missing); for {@link Kind#DUPLICATE_IN_SHEET} the
 *                  resident ID (normalised); for a rule of {@code PersonValidator} the value as read (dates
 *                  as yyyy-MM-dd)
 * @param detail    more precise reason, or {@code null}: for ID problems the {@code IdProblem} constant name,
 *                  for dates and values the {@link ValueProblem} constant name, for
 *                  {@link Kind#DUPLICATE_IN_SHEET} the number of the first row with the same ID, for
 *                  {@link Kind#BELOW_AGE_BOUND} the ledger's age lower bound
 */
public record RowProblem(int rowNumber, LedgerColumn column, Kind kind, String value, String detail) {

    public RowProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
    }

    public RowProblem(int rowNumber, LedgerColumn column, Kind kind, String value) {
        this(rowNumber, column, kind, value, null);
    }

    public enum Kind {
        /** A required field (name, resident ID; village for a new person) is missing. */
        REQUIRED,
        /** The resident ID is wrong (length, characters, check character, birth date digits). */
        INVALID_ID,
        /** Excel damaged the resident ID (number, scientific notation): never guessed, ask for the ID card. */
        DAMAGED_ID,
        /** The sheet's sex or birth date disagrees with the resident ID. */
        ID_MISMATCH,
        /** A date that cannot be read. */
        BAD_DATE,
        /** A value that is none of the words known for its field. */
        BAD_VALUE,
        /** The village text matches no village; {@code value} is the text. */
        UNKNOWN_VILLAGE,
        /** The resident ID already appeared higher up in the sheet; {@code detail} is that row's number. */
        DUPLICATE_IN_SHEET,
        /** A phone or emergency phone that is not a phone number. */
        BAD_PHONE,
        /** A date after the import date. */
        FUTURE_DATE,
        /** A new person younger than the ledger's age lower bound, not pregnant; {@code detail} is the bound. */
        BELOW_AGE_BOUND
    }
}
