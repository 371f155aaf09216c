package io.guankou.model.transport;

import io.guankou.model.place.GeoPoint;

/**
 * Straight-line distance over the earth's surface between two WGS-84 points, by the haversine formula on a sphere of
 * the mean earth radius. Over a township (tens of kilometres) the sphere is within 0.5% of the ellipsoid, far inside
 * the uncertainty of the detour factor it is multiplied by.
 */
public final class GreatCircle {

    /** The IUGG mean earth radius R1, in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double distanceKm(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
