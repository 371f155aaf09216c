package io.guankou.model.supply;

import java.time.LocalDate;
import java.util.Objects;

/** One receipt or issue of an item at a facility, on a day, in the item's units (always positive). */
public record SupplyMovement(long facilityId, long itemId, MovementKind kind, int quantity, LocalDate onDate) {

    public SupplyMovement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onDate, "onDate");
        if (quantity <= 0) {
            throw new IllegalArgumentException("a movement's quantity is positive: " + quantity);
        }
    }

    /** This movement's effect on the stock. */
    public int signedQuantity() {
        return kind.signed(quantity);
    }
}
