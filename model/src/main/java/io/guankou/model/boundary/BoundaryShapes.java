package io.guankou.model.boundary;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A valid boundary geometry made into a {@link BoundaryShape}, and back. The label point is the centre of the
 * largest inscribed circle of the largest part (where a label has the most room; JTS
 * {@link MaximumInscribedCircle}), the display copy a {@link TopologyPreservingSimplifier} at about
 * {@value #DISPLAY_TOLERANCE} degrees (some 10 m), the area projected with the cosine of the shape's latitude.
 */
public final class BoundaryShapes {

    static final double DISPLAY_TOLERANCE = 0.0001;
    private static final double KM_PER_DEGREE = 111.32;

    private BoundaryShapes() {
    }

    public static BoundaryShape of(Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        Point label = labelPoint(g);
        double midLat = Math.toRadians((e.getMinY() + e.getMaxY()) / 2);
        double areaKm2 = g.getArea() * KM_PER_DEGREE * KM_PER_DEGREE * Math.cos(midLat);
        Geometry display = TopologyPreservingSimplifier.simplify(g, DISPLAY_TOLERANCE);
        WKTWriter writer = new WKTWriter();
        return new BoundaryShape(writer.write(g), writer.write(display), label.getX(), label.getY(), areaKm2,
                e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /** The stored WKT as a geometry again (for the map, for tests). */
    public static Geometry geometry(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not WKT: " + e.getMessage(), e);
        }
    }

    private static Point labelPoint(Geometry g) {
        Geometry largest = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > largest.getArea()) {
                largest = g.getGeometryN(i);
            }
        }
        Envelope e = largest.getEnvelopeInternal();
        double tolerance = Math.max(Math.min(e.getWidth(), e.getHeight()) / 200, 1e-7);
        Point p = MaximumInscribedCircle.getCenter(largest, tolerance);
        return p.isEmpty() || !largest.contains(p) ? largest.getFactory().createPoint(InteriorPointArea.getInteriorPoint(largest)) : p;
    }
}
