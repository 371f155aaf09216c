package io.guankou.model.supply;

import java.util.Objects;

/**
 * One medicine or kit the office tracks: its kind, its name (a named patent medicine) and the unit it is counted in (box);
 * {@code perPerson} is how many units one person covered by the target needs (1 box, 2 kits).
 */
public record SupplyItem(long id, SupplyKind kind, String name, String unit, int perPerson) {

    public SupplyItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (perPerson < 1) {
            throw new IllegalArgumentException("units per person must be at least 1: " + perPerson);
        }
    }
}
