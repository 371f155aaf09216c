package io.guankou.model.returnee;

/** The fields of the returnee form a problem can point at. */
public enum ReturneeField {
    NAME,
    PHONE,
    VILLAGE,
    HOUSEHOLD,
    ADDRESS,
    ARRIVAL,
    FROM,
    /** Whether the clinic's number was given (a yes/no column of an imported sheet). */
    CLINIC_NUMBER,
    /** Whether the advice was given (a yes/no column of an imported sheet). */
    ADVICE
}
