package io.guankou.model.org;

/** Roles in a responsibility team (DOMAIN.md §1). */
public enum TeamRole {
    /** 村支部书记 (team leader) */
    PARTY_SECRETARY,
    /** 村干部 */
    VILLAGE_CADRE,
    /** 卫生院医生 */
    HEALTH_CENTRE_DOCTOR,
    /** 乡村医生 */
    VILLAGE_DOCTOR,
    /** 志愿者 */
    VOLUNTEER;

    public boolean isMedical() {
        return this == HEALTH_CENTRE_DOCTOR || this == VILLAGE_DOCTOR;
    }
}
