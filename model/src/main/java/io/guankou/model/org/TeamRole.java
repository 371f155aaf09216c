package io.guankou.model.org;

/** Roles in a responsibility team (DOMAIN.md §1). */
public enum TeamRole {
    /** The village party secretary, who leads the team. */
    PARTY_SECRETARY,
    VILLAGE_CADRE,
    HEALTH_CENTRE_DOCTOR,
    VILLAGE_DOCTOR,
    VOLUNTEER;

    public boolean isMedical() {
        return this == HEALTH_CENTRE_DOCTOR || this == VILLAGE_DOCTOR;
    }
}
