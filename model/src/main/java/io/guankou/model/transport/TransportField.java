package io.guankou.model.transport;

/** The fields of the transport forms and the coverage settings, where a {@link TransportProblem} is shown. */
public enum TransportField {
    FACILITY,
    PLATE,
    STATUS,
    OWNER,
    PHONE,
    SEATS,
    AVAILABILITY,
    MEASURED_MINUTES,
    DISPATCH_DELAY,
    DETOUR_FACTOR,
    SPEED,
    RURAL_TARGET,
    URBAN_TARGET
}
