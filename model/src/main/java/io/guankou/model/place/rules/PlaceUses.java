package io.guankou.model.place.rules;

import java.util.EnumMap;
import java.util.Map;

/** What every place holds, by kind and row id; a place not listed holds nothing. */
public record PlaceUses(Map<PlaceKind, Map<Long, PlaceUse>> byKind) {

    public static final PlaceUses NONE = new PlaceUses(Map.of());

    public PlaceUses {
        Map<PlaceKind, Map<Long, PlaceUse>> copy = new EnumMap<>(PlaceKind.class);
        byKind.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        byKind = java.util.Collections.unmodifiableMap(copy);
    }

    public PlaceUse of(PlaceKind kind, long id) {
        return byKind.getOrDefault(kind, Map.of()).getOrDefault(id, PlaceUse.NONE);
    }
}
