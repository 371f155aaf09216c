package io.guankou.model.place.rules;

/** What the places editor edits: the township's places and the organisations serving them (DOMAIN.md §1). */
public enum PlaceKind {
    /** A village or community, with its 12-digit division code. */
    VILLAGE,
    /** A grid of a village. */
    GRID,
    /** A responsibility team of a village. */
    TEAM,
    /** A member of a responsibility team. */
    MEMBER,
    /** A health facility (township health centre, community health centre or station, village clinic). */
    FACILITY
}
