package io.guankou.desktop.map;

import io.guankou.model.boundary.BoundaryShape;
import io.guankou.model.boundary.BoundaryShapes;
import io.guankou.model.map.MapGeometry;
import io.guankou.model.map.MapPlane;
import io.guankou.model.map.PlaceFigures;
import io.guankou.model.map.PlaceOutline;
import io.guankou.model.org.FacilityType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A county-sized map for the benchmark: {@code n} villages in 20 townships over about 115 × 90 km, each the
 * Voronoi cell of a random point (JTS), clipped to the county's outline, its borders densified to a vertex every
 * {@value #DENSIFY_DEGREES}° (some 20 m) and made wiggly by a displacement that depends only on the coordinate
 * (so neighbours keep sharing their border) — about as many points as a real GIS boundary.
 */
final class GeneratedCounty {

    static final double DENSIFY_DEGREES = 0.0002;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    final List<PlaceOutline> outlines = new ArrayList<>();
    final List<Geometry> lonLat = new ArrayList<>();
    final MapData data;
    int skippedTopology;
    int skippedEmpty;
    int straight;

    GeneratedCounty(int n, long seed) {
        Random random = new Random(seed);
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) { // exactly n: every cell of the diagram is a village, so the county has no holes
            sites.add(new Coordinate(108.0 + random.nextDouble() * 1.2, 30.6 + random.nextDouble() * 0.8));
        }
        Geometry outline = FACTORY.createMultiPointFromCoords(sites.toArray(new Coordinate[0])).convexHull()
                .buffer(0.02);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Envelope clip = new Envelope(outline.getEnvelopeInternal());
        clip.expandBy(0.05);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(FACTORY);
        Map<Coordinate, Geometry> bySite = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            bySite.put((Coordinate) diagram.getGeometryN(i).getUserData(), diagram.getGeometryN(i));
        }
        Map<Long, PlaceFigures> figures = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<FacilityMark> facilities = new ArrayList<>();
        Map<String, String> townshipNames = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            Coordinate site = sites.get(i);
            Geometry cell;
            try {
                cell = OverlayNGRobust.overlay(bySite.get(site).copy(), outline, OverlayNG.INTERSECTION);
            } catch (TopologyException e) {
                skippedTopology++;
                continue; // a degenerate cell of two sites almost on top of each other (counted, reported by the run)
            }
            if (!(cell instanceof Polygonal) || cell.isEmpty()) {
                skippedEmpty++;
                continue;
            }
            Geometry wiggly = Densifier.densify(cell, DENSIFY_DEGREES).copy(); // the wiggle moves coordinates in place
            wiggly.apply(WIGGLE);
            wiggly.geometryChanged();
            if (!wiggly.isValid()) {
                straight++;
                wiggly = cell; // a rare self-touching wiggle: keep the straight cell
            }
            long id = i + 1;
            int col = (int) Math.min(4, (site.x - 108.0) / 0.24);
            int row = (int) Math.min(3, (site.y - 30.6) / 0.2);
            String township = String.format("500235%03d", 101 + row * 5 + col);
            townshipNames.put(township, "T" + (row * 5 + col + 1));
            BoundaryShape s = BoundaryShapes.of(wiggly);
            outlines.add(new PlaceOutline(id, township, s.wkt(), s.labelLongitude(), s.labelLatitude()));
            lonLat.add(wiggly);
            int red = random.nextInt(40);
            figures.put(id, new PlaceFigures(red, random.nextInt(120), 80 + random.nextInt(300), random.nextInt(30),
                    random.nextInt(3), random.nextInt(10) > 0));
            names.put(id, "V" + id);
        }
        MapGeometry geometry = MapGeometry.build(outlines);
        MapPlane plane = geometry.plane();
        for (PlaceOutline o : outlines) {
            facilities.add(new FacilityMark(o.id(), o.id() % 25 == 0 ? FacilityType.TOWNSHIP_HEALTH_CENTRE
                    : FacilityType.VILLAGE_CLINIC, "", plane.toPlane(o.labelLongitude() + 0.004, o.labelLatitude())));
        }
        List<AmbulanceBase> bases = new ArrayList<>();
        for (FacilityMark f : facilities) {
            if (f.type() == FacilityType.TOWNSHIP_HEALTH_CENTRE) {
                bases.add(new AmbulanceBase(f.id(), f.at(), 2, 1, 12.1));
            }
        }
        data = new MapData(LocalDateTime.of(2026, 11, 20, 10, 0), geometry, names, townshipNames, figures,
                io.guankou.model.map.MapFigures.byTownship(figures, townships()), facilities, bases, Map.of(), true,
                true);
    }

    private Map<Long, String> townships() {
        Map<Long, String> t = new HashMap<>();
        outlines.forEach(o -> t.put(o.id(), o.townshipCode()));
        return t;
    }

    int points() {
        return lonLat.stream().mapToInt(Geometry::getNumPoints).sum();
    }

    /** Moves each coordinate by up to some 6 m (under a third of the spacing, so the border never crosses itself), the same for the same coordinate wherever it appears. */
    private static final CoordinateFilter WIGGLE = c -> {
        long h = Double.doubleToLongBits(Math.rint(c.x * 1e7)) * 31 + Double.doubleToLongBits(Math.rint(c.y * 1e7));
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        c.x += ((h & 0xffff) / 65535.0 - 0.5) * 0.00012;
        c.y += (((h >>> 16) & 0xffff) / 65535.0 - 0.5) * 0.00012;
    };
}
