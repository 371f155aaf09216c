package io.guankou.model.meeting;

import io.guankou.model.supply.StockLine;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/** The medicine or test kit with the fewest whole days of supply at any facility (only lines with recent use). */
public record LowestSupply(String facilityName, String itemName, int days) {

    public LowestSupply {
        Objects.requireNonNull(facilityName, "facilityName");
        Objects.requireNonNull(itemName, "itemName");
    }

    /** The lowest of {@code lines}; null when no line has recent use (no days of supply to speak of). */
    public static LowestSupply of(Collection<StockLine> lines) {
        return lines.stream().filter(l -> l.daysOfSupply().isPresent())
                .min(Comparator.comparingDouble((StockLine l) -> l.daysOfSupply().getAsDouble())
                        .thenComparing(StockLine::facilityName).thenComparing(l -> l.item().name()))
                .map(l -> new LowestSupply(l.facilityName(), l.item().name(), l.wholeDays()))
                .orElse(null);
    }
}
