package io.guankou.desktop.map;

import org.locationtech.jts.geom.Coordinate;

/**
 * A facility with ambulances, on the map's plane: how many are networked to 120 and in service, and how far one
 * reaches within the target by the coverage estimate (0 when none is networked and in service).
 */
public record AmbulanceBase(long facilityId, Coordinate at, int ambulances, int networkedInService, double reachKm) {
}
