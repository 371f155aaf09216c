package io.guankou.model.place.rules;

/** What the places editor edits: the township's places and the organisations serving them (DOMAIN.md §1). */
public enum PlaceKind {
    /** A village or community (村 / 社区), with its 12-digit division code. */
    VILLAGE,
    /** A grid (网格) of a village. */
    GRID,
    /** A responsibility team (包保小分队) of a village. */
    TEAM,
    /** A member of a responsibility team. */
    MEMBER,
    /** A health facility (卫生院, 卫生服务中心/站, 卫生室). */
    FACILITY
}
