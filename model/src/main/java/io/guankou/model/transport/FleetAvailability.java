package io.guankou.model.transport;

/** Whether a vehicle of the non-emergency transport fleet can be called on now. */
public enum FleetAvailability {
    AVAILABLE,
    IN_USE,
    UNAVAILABLE
}
