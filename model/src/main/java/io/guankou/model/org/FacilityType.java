package io.guankou.model.org;

/** Health facility types of DOMAIN.md §1; the oximeter minimum of §6 hangs on these. */
public enum FacilityType {
    TOWNSHIP_HEALTH_CENTRE,
    COMMUNITY_HEALTH_CENTRE,
    SUB_CENTRE,
    COMMUNITY_HEALTH_STATION,
    VILLAGE_CLINIC
}
