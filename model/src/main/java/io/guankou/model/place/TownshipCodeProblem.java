package io.guankou.model.place;

/**
 * What can be wrong with a township code as typed (DOMAIN.md §1: the 9-digit prefix of the 12-digit statistical
 * division code, province 2 + city 2 + county 2 + township 3). The UI turns each constant into a message.
 */
public enum TownshipCodeProblem {
    /** Nothing given, or only spaces. */
    MISSING,
    /** Something other than the digits 0–9 (letters, dashes, full-width digits, spaces inside). */
    NOT_DIGITS,
    /** 12 digits: a village or community code, whose first 9 digits are its township's code. */
    VILLAGE_CODE,
    /** Digits, but not 9 of them (nor 12). */
    WRONG_LENGTH,
    /** The first 2 digits are no province-level division of the statistical codes (11–65). */
    UNKNOWN_PROVINCE,
    /** Digits 3–4 are 00: a province's own code, not a division below it. */
    NO_CITY,
    /** Digits 7–9 are 000: the county-level division itself, not a township in it. */
    NO_TOWNSHIP
}
