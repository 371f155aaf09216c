package io.guankou.model.meeting;

import io.guankou.model.transport.Ambulance;
import io.guankou.model.transport.AmbulanceStatus;
import java.util.Collection;

/** The township's 120-networked ambulances and how many of them stand ready now (not on a call, not in the workshop). */
public record AmbulanceCount(int networked, int available) {

    /** Null when no ambulance is recorded at all: the tile then says there is no data. */
    public static AmbulanceCount of(Collection<Ambulance> ambulances) {
        if (ambulances.isEmpty()) {
            return null;
        }
        int networked = 0;
        int available = 0;
        for (Ambulance a : ambulances) {
            if (a.networked()) {
                networked++;
                if (a.status() == AmbulanceStatus.AVAILABLE) {
                    available++;
                }
            }
        }
        return new AmbulanceCount(networked, available);
    }
}
