package io.guankou.model.transport;

import io.guankou.model.sync.RecordMeta;
import java.util.Objects;

/**
 * A vehicle of the township's non-emergency transport fleet (DOMAIN.md §5: units', organisations' and volunteers'
 * cars): who owns it, the phone to call, its seats and whether it is available.
 */
public record FleetVehicle(long id, RecordMeta meta, String owner, String phone, int seats,
                           FleetAvailability availability) {

    public FleetVehicle {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(availability, "availability");
    }
}
