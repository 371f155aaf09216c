package io.guankou.model.place;

/** What is wrong with a typed county code (the first six digits of its townships' codes). */
public enum CountyCodeProblem {
    /** Nothing given, or only spaces. */
    MISSING,
    /** Something other than the digits 0-9. */
    NOT_DIGITS,
    /** Digits, but not 6 of them. */
    WRONG_LENGTH,
    /** The first two digits are no province-level division. */
    UNKNOWN_PROVINCE,
    /** Digits 3-4 are 00: the province itself. */
    NO_CITY,
    /** Digits 5-6 are 00: a prefecture-level city itself. */
    NO_COUNTY
}
