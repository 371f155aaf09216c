package io.guankou.model.oximeter;

import io.guankou.model.org.FacilityType;

/**
 * The kinds of holder the notices set a minimum for (DOMAIN.md §6, Shanghai; Chongqing agrees on the first line):
 * centre and sub-centre at least 20, station and village clinic at least 2, a villagers'/residents' committee at
 * least 1, each family-doctor team and responsibility team "a certain number" (an office setting).
 */
public enum HolderType {
    HEALTH_CENTRE(20),
    SUB_CENTRE(20),
    HEALTH_STATION(2),
    VILLAGE_CLINIC(2),
    COMMITTEE(1),
    FAMILY_DOCTOR_TEAM(1),
    RESPONSIBILITY_TEAM(1);

    private final int noticeMinimum;

    HolderType(int noticeMinimum) {
        this.noticeMinimum = noticeMinimum;
    }

    /** The notices' default (for the teams, "a certain number": 1 until the office sets its own). */
    public int noticeMinimum() {
        return noticeMinimum;
    }

    public static HolderType of(FacilityType type) {
        switch (type) {
            case TOWNSHIP_HEALTH_CENTRE:
            case COMMUNITY_HEALTH_CENTRE:
                return HEALTH_CENTRE;
            case SUB_CENTRE:
                return SUB_CENTRE;
            case COMMUNITY_HEALTH_STATION:
                return HEALTH_STATION;
            case VILLAGE_CLINIC:
                return VILLAGE_CLINIC;
            default:
                throw new IllegalArgumentException("no holder type for " + type);
        }
    }
}
