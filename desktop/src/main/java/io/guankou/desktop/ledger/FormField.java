package io.guankou.desktop.ledger;

/** Fields of the person form that can carry a validation message. */
public enum FormField {
    NAME, RESIDENT_ID, SEX, BIRTH_DATE, PHONE, EMERGENCY_PHONE, VILLAGE, INFECTION_DATE, CONTRACT_DATE, HEALTH_PACK,
    OVERRIDE_REASON
}
