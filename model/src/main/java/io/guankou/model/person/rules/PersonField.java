package io.guankou.model.person.rules;

/** The fields of a person that a rule of {@link PersonValidator} can refuse. */
public enum PersonField {
    NAME,
    RESIDENT_ID,
    SEX,
    BIRTH_DATE,
    PHONE,
    EMERGENCY_PHONE,
    VILLAGE,
    INFECTION_DATE,
    CONTRACT_DATE,
    HEALTH_PACK_DATE,
    OVERRIDE_REASON
}
