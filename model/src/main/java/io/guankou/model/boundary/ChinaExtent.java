package io.guankou.model.boundary;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Coordinates must be degrees inside China's bounding box (lon 73–135, lat 18–54). Outside it, the feature tells
 * which mistake: metres of a projection (far outside degrees), latitude first (swapped, it fits), or a place
 * elsewhere.
 */
final class ChinaExtent {

    static final Envelope CHINA = new Envelope(73, 135, 18, 54);

    private ChinaExtent() {
    }

    static void check(Geometry g, int number, String label) {
        Envelope e = g.getEnvelopeInternal();
        if (CHINA.contains(e)) {
            return;
        }
        Coordinate outside = null;
        for (Coordinate c : g.getCoordinates()) {
            if (!CHINA.contains(c)) {
                outside = c;
                break;
            }
        }
        String at = outside == null ? e.toString() : outside.x + ", " + outside.y;
        if (CHINA.contains(new Envelope(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX()))) {
            throw new BoundaryRefused(BoundaryRefusal.SWAPPED_AXES, number, label, at);
        }
        if (Math.abs(e.getMinX()) > 180 || Math.abs(e.getMaxX()) > 180 || Math.abs(e.getMinY()) > 90
                || Math.abs(e.getMaxY()) > 90) {
            throw new BoundaryRefused(BoundaryRefusal.PROJECTED_COORDINATES, number, label, at);
        }
        throw new BoundaryRefused(BoundaryRefusal.OUTSIDE_CHINA, number, label, at);
    }
}
