package io.guankou.model.id;

/**
 * What can be wrong with a resident ID number (GB 11643-1999, DOMAIN.md §2).
 * The UI turns each constant into a message at the field; only {@link #LOWERCASE_X} is a warning.
 */
public enum IdProblem {
    /** Not 18 characters after trimming. */
    WRONG_LENGTH,
    /** Something other than 17 digits followed by a digit or X. */
    BAD_CHARACTERS,
    /** Check character typed as 'x': accepted and upper-cased, but worth a warning (Excel and phones do this). */
    LOWERCASE_X,
    /** The 18th character is not the one the weighted sum of the first 17 gives. */
    CHECK_CHARACTER,
    /** Digits 7–14 are not a real calendar date, or are before 1880. */
    IMPOSSIBLE_BIRTH_DATE,
    /** Digits 7–14 are a date after today. */
    FUTURE_BIRTH_DATE,
    /** Excel turned the number into scientific notation (5.00235E+17): the digits are gone. */
    EXCEL_SCIENTIFIC_NOTATION,
    /** Excel stored it as a number: a decimal point, or the last digits zeroed by its 15-digit precision. */
    EXCEL_NUMBER,
    /** The form's sex disagrees with digit 17 (odd = male). */
    SEX_MISMATCH,
    /** The form's birth date disagrees with digits 7–14. */
    BIRTH_DATE_MISMATCH;

    /** Only a lower-case x leaves the number usable. */
    public boolean isWarning() {
        return this == LOWERCASE_X;
    }
}
