package io.guankou.model.place.rules;

/** History rows of a place that are no field change; stored by the constant's name in the field column. */
public enum PlaceEvent {
    /** Added in the places editor; new value: its name. */
    CREATED,
    /** The office checked an import's placeholder code and kept it; new value: the code. */
    CODE_CONFIRMED,
    /** Merged into another place of its kind and removed; new value: the other place's id. */
    MERGED_INTO,
    /** Another place of its kind was merged into this one; new value: that place's id. */
    MERGED_FROM,
    /** Removed (nothing was attached to it); old value: its name. */
    REMOVED,
    /** Its boundary was imported or replaced; new value: the file's name. */
    SHAPE_REPLACED
}
