package io.guankou.model.sheet;

/** Why a typed cell value could not be read. The preview shows one per rejected cell. */
public enum ValueProblem {
    /** Not one of the words known for this column. */
    UNRECOGNISED,
    /** Not a date in any accepted form (also a year and month only, or a two-digit year). */
    NOT_A_DATE,
    /** A date whose day and month could be either way round ({@code 1/5/2023}): never guessed. */
    AMBIGUOUS_DAY_MONTH,
    /** Shaped like a date but no such day ({@code 2023-02-30}, {@code 13/13/2023}), or before 1880. */
    IMPOSSIBLE_DATE,
    /** A bare number of up to five digits: an Excel date serial that lost its date format; never guessed. */
    EXCEL_DATE_NUMBER
}
