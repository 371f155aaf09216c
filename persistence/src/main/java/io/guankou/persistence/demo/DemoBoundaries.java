package io.guankou.persistence.demo;

import io.guankou.model.boundary.BoundaryShape;
import io.guankou.model.boundary.BoundaryShapes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The demo's village boundaries (issue 12): the Voronoi cell of each village's point (JTS
 * {@link VoronoiDiagramBuilder}), clipped to a township outline, the villages' convex hull widened by
 * {@value #MARGIN_DEGREES}° (some 2.5 km). Neighbouring cells share their edges, so the shapes neither overlap nor
 * leave gaps and together cover the outline. No randomness: the shapes follow from the villages' coordinates.
 */
final class DemoBoundaries {

    static final double MARGIN_DEGREES = 0.025;
    static final String SOURCE = "demo";
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private DemoBoundaries() {
    }

    static void write(DemoSink sink, DemoPlaces places) throws SQLException {
        for (Map.Entry<Long, Geometry> cell : cells(places).entrySet()) {
            BoundaryShape s = BoundaryShapes.of(cell.getValue());
            sink.insert("village_boundary", "village_id, geometry, display_geometry, label_longitude, label_latitude,"
                    + " area_km2, min_longitude, min_latitude, max_longitude, max_latitude, source, updated_by",
                    cell.getKey(), s.wkt(), s.displayWkt(), s.labelLongitude(), s.labelLatitude(), s.areaKm2(),
                    s.minLongitude(), s.minLatitude(), s.maxLongitude(), s.maxLatitude(), SOURCE, SOURCE);
        }
    }

    /** The township outline around the villages' points. */
    static Geometry outline(DemoPlaces places) {
        return FACTORY.createMultiPointFromCoords(points(places).toArray(new Coordinate[0])).convexHull()
                .buffer(MARGIN_DEGREES);
    }

    /** Each village's cell by village id, in the villages' order. */
    static Map<Long, Geometry> cells(DemoPlaces places) {
        Geometry outline = outline(places);
        Envelope clip = new Envelope(outline.getEnvelopeInternal());
        clip.expandBy(MARGIN_DEGREES);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(points(places));
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(FACTORY);
        Map<Coordinate, Geometry> bySite = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            bySite.put((Coordinate) cell.getUserData(), cell);
        }
        Map<Long, Geometry> cells = new java.util.LinkedHashMap<>();
        for (DemoPlaces.VillagePlan v : places.villages()) {
            Geometry cell = bySite.get(new Coordinate(v.longitude(), v.latitude()));
            if (cell == null) {
                throw new IllegalStateException("demo boundaries: no cell for " + v.code() + " (a shared point?)");
            }
            Geometry clipped = cell.intersection(outline);
            if (!(clipped instanceof Polygonal) || !clipped.isValid()) {
                throw new IllegalStateException("demo boundaries: no valid polygon for " + v.code());
            }
            cells.put(v.id(), clipped);
        }
        return cells;
    }

    private static List<Coordinate> points(DemoPlaces places) {
        List<Coordinate> cs = new ArrayList<>();
        for (DemoPlaces.VillagePlan v : places.villages()) {
            cs.add(new Coordinate(v.longitude(), v.latitude()));
        }
        return cs;
    }
}
