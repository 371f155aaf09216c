package io.guankou.model.transport;

/** Where a village's travel time comes from. */
public enum TimeSource {
    /** Measured and entered by the office: it overrides every estimate. */
    MEASURED,
    /** Estimated from the quickest ambulance base's straight-line distance. */
    ESTIMATED,
    /** Neither: no measured time, and no position for the village or for any base. */
    UNKNOWN
}
