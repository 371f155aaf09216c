package io.guankou.model.transport;

import io.guankou.model.sync.RecordMeta;
import java.util.Objects;

/**
 * An ambulance kept at a health facility (its base): plate, whether it is on the 120 network, and its
 * status.
 */
public record Ambulance(long id, RecordMeta meta, long facilityId, String plate, boolean networked,
                        AmbulanceStatus status) {

    public Ambulance {
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(status, "status");
    }

    /** A networked ambulance that is not in maintenance: what coverage counts. */
    public boolean covers() {
        return networked && status.inService();
    }
}
