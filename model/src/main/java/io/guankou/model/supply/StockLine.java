package io.guankou.model.supply;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One facility's stock of one item: stock, units issued in the window and the daily use, days of supply (empty:
 * no recent use), the target (null: no served population entered) and whether it is the raised festival target,
 * the status and the shortfall against the target.
 */
public record StockLine(long facilityId, String facilityName, SupplyItem item, int stock, int issuedInWindow,
                        double dailyUse, OptionalDouble daysOfSupply, Integer target, boolean festivalRaised,
                        SupplyStatus status) {

    public StockLine {
        Objects.requireNonNull(facilityName, "facilityName");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(daysOfSupply, "daysOfSupply");
        Objects.requireNonNull(status, "status");
    }

    /** Units missing to reach the target; 0 at or over it, or without a target. */
    public int shortfall() {
        return target == null ? 0 : Math.max(0, target - stock);
    }

    /** Whole days of supply, rounded down (what the list shows); -1 without recent use. */
    public int wholeDays() {
        return daysOfSupply.isPresent() ? (int) Math.floor(daysOfSupply.getAsDouble()) : -1;
    }
}
