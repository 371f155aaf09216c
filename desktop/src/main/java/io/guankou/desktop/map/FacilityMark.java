package io.guankou.desktop.map;

import io.guankou.model.org.FacilityType;
import org.locationtech.jts.geom.Coordinate;

/** A health facility with a position, on the map's plane. */
public record FacilityMark(long id, FacilityType type, String name, Coordinate at) {
}
