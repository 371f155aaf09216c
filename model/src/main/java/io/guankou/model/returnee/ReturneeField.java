package io.guankou.model.returnee;

/** The fields of the returnee form a problem can point at. */
public enum ReturneeField {
    NAME,
    PHONE,
    VILLAGE,
    HOUSEHOLD,
    ADDRESS,
    ARRIVAL,
    FROM
}
