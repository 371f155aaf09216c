package io.guankou.model.place.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The name of every place the ledger ever had, removed and merged ones included, by kind and row id: a history
 * row that points at a merged village still reads as its name.
 */
public record PlaceNames(Map<PlaceKind, Map<Long, String>> byKind) {

    public static final PlaceNames NONE = new PlaceNames(Map.of());

    public PlaceNames {
        Map<PlaceKind, Map<Long, String>> copy = new EnumMap<>(PlaceKind.class);
        byKind.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        byKind = Collections.unmodifiableMap(copy);
    }

    public Optional<String> name(PlaceKind kind, long id) {
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(id));
    }
}
