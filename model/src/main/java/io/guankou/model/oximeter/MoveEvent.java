package io.guankou.model.oximeter;

/** What happened to a device, one history row each. */
public enum MoveEvent {
    /** Recorded as delivered into the township's stock. */
    DELIVERED,
    /** Shared out by an accepted allocation. */
    ALLOCATED,
    /** Moved to another holder by hand. */
    MOVED,
    /** Issued to a person at home. */
    ISSUED,
    /** Came back from a person at home. */
    RETURNED,
    /** Found broken, lost, or working again. */
    CONDITION
}
