package io.guankou.model.transport;

/** Where an ambulance stands today (DOMAIN.md §5): ready, out on a call, or in the workshop. */
public enum AmbulanceStatus {
    AVAILABLE,
    ON_CALL,
    IN_MAINTENANCE;

    /** Whether the ambulance serves its base's area: on a call it comes back, in maintenance it does not. */
    public boolean inService() {
        return this != IN_MAINTENANCE;
    }
}
