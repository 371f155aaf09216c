package io.guankou.model.org;

import io.guankou.model.place.GeoPoint;
import io.guankou.model.sync.RecordMeta;

/** A health facility; {@code villageId} is where it stands, null for township-wide ones. */
public record Facility(long id, RecordMeta meta, FacilityType type, String name, Long villageId,
                       String dutyPhone, boolean feverClinic, GeoPoint location) {
}
