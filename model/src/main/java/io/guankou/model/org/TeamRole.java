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

    /** The role that leads a team: DOMAIN.md §1, a responsibility team is led by the village party secretary. */
    public boolean isLeader() {
        return this == leader();
    }

    /** The leader's role, given to the person a sheet names as responsible when the import creates their team. */
    public static TeamRole leader() {
        return PARTY_SECRETARY;
    }
}
