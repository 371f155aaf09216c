package io.guankou.desktop.map;

/** What can be switched on and off on the map; labels in the bundles as {@code enum.MapLayer.<CONST>}. */
public enum MapLayer {
    /** Villages shaded by the share of red persons, with the red/yellow/green glyph. */
    TIERS,
    /** The number of persons overdue for a contact, per village. */
    OVERDUE,
    /** Health facilities by type. */
    FACILITIES,
    /** Villages whose oximeter holders are short of their minimums. */
    OXIMETERS,
    /** Ambulance bases, their reach within the target, and villages not covered. */
    AMBULANCES
}
