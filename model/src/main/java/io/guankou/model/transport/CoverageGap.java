package io.guankou.model.transport;

/** Why a village is not covered. */
public enum CoverageGap {
    /** The township has no networked 120 ambulance in service at any base. */
    NO_NETWORKED_AMBULANCE,
    /** Its travel time is unknown: no measured time, and the village or the bases have no position. */
    NO_TRAVEL_TIME,
    /** The quickest ambulance takes longer than the target time. */
    BEYOND_TARGET
}
