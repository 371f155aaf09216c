package io.guankou.model.sheet;

/**
 * The ledger fields an office sheet may carry (DOMAIN.md §2), in the order a ledger is usually laid out.
 * Header synonyms for each constant are in {@code header-synonyms.txt} beside this class.
 */
public enum LedgerColumn {
    NAME,
    RESIDENT_ID,
    SEX,
    BIRTH_DATE,
    /** Age in years: informational only, the birth date (or the ID) decides. */
    AGE,
    PHONE,
    EMERGENCY_CONTACT_NAME,
    EMERGENCY_CONTACT_PHONE,
    VILLAGE,
    GRID,
    ADDRESS,
    /** One or more living situations in one cell. */
    LIVING_SITUATION,
    MOBILITY,
    /** Free text, several diseases in one cell, each optionally marked unstable. */
    COMORBIDITIES,
    /** A separate "under control?" column some sheets keep beside the diseases; applies to all of them. */
    COMORBIDITY_CONTROL,
    VACCINATION,
    INFECTION,
    INFECTION_DATE,
    PREGNANT,
    /** Family-doctor contract: yes/no or the contract date. */
    FAMILY_DOCTOR_CONTRACT,
    /** The responsibility team, by its name (or its leader's). */
    RESPONSIBILITY_TEAM,
    /**
     * The person responsible for the row (the "baobao zerenren" column): the team this person leads is the row's team. Not a person
     * field of its own; read only when the row gives no {@link #RESPONSIBILITY_TEAM}.
     */
    RESPONSIBLE_PERSON,
    /** Oximeter issued: a device serial or yes/no. */
    OXIMETER,
    /** Health pack issued: a date or yes/no. */
    HEALTH_PACK,
    /** A tier given in the sheet: kept as an override only if the user asks. */
    TIER,
    /** Informational only. */
    NOTE;

    /** Columns whose value is shown but never written to a person. */
    public boolean isInformational() {
        return this == AGE || this == NOTE;
    }

    /** A header row is recognised only if it names one of these (besides at least one other column). */
    public boolean identifiesPerson() {
        return this == NAME || this == RESIDENT_ID;
    }
}
