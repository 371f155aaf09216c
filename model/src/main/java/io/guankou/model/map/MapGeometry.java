package io.guankou.model.map;

import io.guankou.model.boundary.BoundaryShapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * The shapes of a map on its plane: the villages, and when they belong to more than one township (county mode)
 * each township as the union of its villages (see {@link #union}). Shapes are found by an
 * {@link STRtree}: the ones in view for a frame, the one under the pointer.
 *
 * <p>The level shown: townships while zoomed out far enough that a typical village (the median of the square roots
 * of their areas) would be under {@value #VILLAGE_MIN_PX} pixels across; villages from there in. With one township
 * the villages are always shown.
 */
public final class MapGeometry {

    static final double VILLAGE_MIN_PX = 36;
    static final double SLIVER_KM2 = 0.01;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final MapPlane plane;
    private final List<MapShape> villages;
    private final List<MapShape> townships;
    private final STRtree villageIndex = new STRtree();
    private final STRtree townshipIndex = new STRtree();
    private final Envelope extent = new Envelope();
    private final double typicalVillageKm;

    private MapGeometry(MapPlane plane, List<MapShape> villages, List<MapShape> townships) {
        this.plane = plane;
        this.villages = List.copyOf(villages);
        this.townships = List.copyOf(townships);
        for (MapShape s : villages) {
            villageIndex.insert(s.envelope(), s);
            extent.expandToInclude(s.envelope());
        }
        for (MapShape s : townships) {
            townshipIndex.insert(s.envelope(), s);
        }
        villageIndex.build();
        townshipIndex.build();
        double[] sizes = villages.stream().mapToDouble(s -> Math.sqrt(s.shape().getArea())).sorted().toArray();
        this.typicalVillageKm = sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    }

    /** The map of {@code outlines} (villages): their plane is centred on their extent. */
    public static MapGeometry build(List<PlaceOutline> outlines) {
        List<Geometry> lonLat = new ArrayList<>();
        Envelope all = new Envelope();
        for (PlaceOutline o : outlines) {
            Geometry g = BoundaryShapes.geometry(o.wkt());
            lonLat.add(g);
            all.expandToInclude(g.getEnvelopeInternal());
        }
        MapPlane plane = MapPlane.around(all);
        List<MapShape> villages = new ArrayList<>();
        Map<String, List<Geometry>> byTownship = new LinkedHashMap<>();
        for (int i = 0; i < outlines.size(); i++) {
            PlaceOutline o = outlines.get(i);
            Geometry shape = plane.toPlane(lonLat.get(i));
            villages.add(new MapShape(o.id(), o.townshipCode(), shape, plane.toPlane(o.labelLongitude(),
                    o.labelLatitude())));
            byTownship.computeIfAbsent(o.townshipCode(), k -> new ArrayList<>()).add(shape);
        }
        List<MapShape> townships = new ArrayList<>();
        if (byTownship.size() > 1) {
            long n = 0;
            for (Map.Entry<String, List<Geometry>> t : byTownship.entrySet()) {
                Geometry union = union(t.getValue());
                townships.add(new MapShape(n++, t.getKey(), union, labelPoint(union)));
            }
        }
        return new MapGeometry(plane, villages, townships);
    }

    /**
     * The villages' union by snap-rounding overlay (JTS {@link UnaryUnionNG}) on a 1 m grid, or a 10 m or 100 m one
     * should the finer fail: real neighbouring boundaries overlap and leave slivers, which floating-point union
     * does not always survive.
     */
    static Geometry union(List<Geometry> shapes) {
        Geometry all = FACTORY.buildGeometry(shapes);
        TopologyException last = null;
        for (double gridsPerKm : new double[]{1000, 100, 10}) {
            try {
                return withoutSlivers(UnaryUnionNG.union(all, new PrecisionModel(gridsPerKm)));
            } catch (TopologyException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * The union without the holes and parts under {@value #SLIVER_KM2} km² that the gaps and overlaps between
     * neighbouring village boundaries leave: a township has no such holes, and thousands of them would make every
     * frame draw thousands of rings.
     */
    static Geometry withoutSlivers(Geometry union) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < union.getNumGeometries(); i++) {
            if (!(union.getGeometryN(i) instanceof Polygon)) {
                continue;
            }
            Polygon p = (Polygon) union.getGeometryN(i);
            LinearRing shell = p.getExteriorRing();
            if (FACTORY.createPolygon(shell).getArea() < SLIVER_KM2) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                LinearRing hole = p.getInteriorRingN(h);
                if (FACTORY.createPolygon(hole).getArea() >= SLIVER_KM2) {
                    holes.add(hole);
                }
            }
            parts.add(FACTORY.createPolygon(shell, holes.toArray(new LinearRing[0])));
        }
        return parts.size() == 1 ? parts.get(0) : FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    private static Coordinate labelPoint(Geometry g) {
        Geometry largest = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > largest.getArea()) {
                largest = g.getGeometryN(i);
            }
        }
        Envelope e = largest.getEnvelopeInternal();
        Point p = MaximumInscribedCircle.getCenter(largest, Math.max(Math.min(e.getWidth(), e.getHeight()) / 200, 1e-6));
        return p.getCoordinate();
    }

    public MapPlane plane() {
        return plane;
    }

    public List<MapShape> villages() {
        return villages;
    }

    /** The townships' shapes in county mode; empty with one township. */
    public List<MapShape> townships() {
        return townships;
    }

    public boolean isEmpty() {
        return villages.isEmpty();
    }

    /** Everything on the map, on the plane. */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /** Whether a frame at {@code pxPerKm} shows townships (county mode, zoomed out) rather than villages. */
    public boolean showsTownships(double pxPerKm) {
        return !townships.isEmpty() && typicalVillageKm * pxPerKm < VILLAGE_MIN_PX;
    }

    /** The shapes of the level shown at the viewport's scale that lie (partly) in view. */
    @SuppressWarnings("unchecked")
    public List<MapShape> inView(Viewport v) {
        STRtree index = showsTownships(v.pxPerKm()) ? townshipIndex : villageIndex;
        List<MapShape> found = new ArrayList<>(index.query(v.planeEnvelope()));
        found.sort(Comparator.comparingLong(MapShape::id));
        return found;
    }

    /** The village under a plane point (whatever the level shown). */
    public Optional<MapShape> villageAt(Coordinate planePoint) {
        return at(villageIndex, planePoint);
    }

    /** The township under a plane point (county mode). */
    public Optional<MapShape> townshipAt(Coordinate planePoint) {
        return at(townshipIndex, planePoint);
    }

    @SuppressWarnings("unchecked")
    private static Optional<MapShape> at(STRtree index, Coordinate p) {
        List<MapShape> candidates = index.query(new Envelope(p));
        return candidates.stream().filter(s -> s.contains(p)).min(Comparator.comparingLong(MapShape::id));
    }
}
