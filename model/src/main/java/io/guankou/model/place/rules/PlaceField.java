package io.guankou.model.place.rules;

/**
 * The fields the places editor edits, as its forms label them and as the change history stores them (the
 * constant's name). Which kind has which field: village CODE NAME URBAN_RURAL LONGITUDE LATITUDE; grid NAME VILLAGE
 * TEAM; team NAME VILLAGE; member NAME ROLE PHONE MEDICAL (and TEAM when a merge moves it); facility TYPE NAME
 * VILLAGE DUTY_PHONE FEVER_CLINIC LONGITUDE LATITUDE.
 */
public enum PlaceField {
    CODE,
    NAME,
    URBAN_RURAL,
    LONGITUDE,
    LATITUDE,
    /** The village a grid, team or facility belongs to (stored as the village's id). */
    VILLAGE,
    /** The responsibility team serving a grid, or a member's team (stored as the team's id). */
    TEAM,
    ROLE,
    PHONE,
    MEDICAL,
    TYPE,
    DUTY_PHONE,
    FEVER_CLINIC
}
