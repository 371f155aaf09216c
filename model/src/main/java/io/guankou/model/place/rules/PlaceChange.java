package io.guankou.model.place.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a place's history: a field changed from one stored text to another, or an event
 * ({@link PlaceEvent}). Ids of other places (a grid's village, a merge's other side) are stored as their row ids.
 *
 * @param field the name of a {@link PlaceField} or a {@link PlaceEvent}
 */
public record PlaceChange(PlaceKind kind, long placeId, String field, String oldValue, String newValue,
                          String changedBy, Instant changedAt) {

    public PlaceChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
