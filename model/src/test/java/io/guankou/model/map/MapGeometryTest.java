package io.guankou.model.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;

class MapGeometryTest {

    /** A square village of 0.02° a side with its south-west corner at (lon, lat). */
    private static PlaceOutline square(long id, String township, double lon, double lat) {
        double d = 0.02;
        String wkt = String.format(java.util.Locale.ROOT, "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))",
                lon, lat, lon + d, lat, lon + d, lat + d, lon, lat + d, lon, lat);
        return new PlaceOutline(id, township, wkt, lon + d / 2, lat + d / 2);
    }

    /** Two townships side by side, each of two villages: four squares in a row. */
    private static MapGeometry county() {
        return MapGeometry.build(List.of(square(1, "500235101", 108.00, 31.0), square(2, "500235101", 108.02, 31.0),
                square(3, "500235102", 108.04, 31.0), square(4, "500235102", 108.06, 31.0)));
    }

    @Test
    void thePlaneIsInKilometresAroundTheCentre() {
        MapGeometry g = county();
        // the four squares span 0.08° of longitude and 0.02° of latitude, centred on (108.04, 31.01)
        double kmLon = MapPlane.KM_PER_DEGREE * Math.cos(Math.toRadians(31.01));
        assertThat(g.extent().getWidth()).isCloseTo(0.08 * kmLon, within(1e-6));
        assertThat(g.extent().getHeight()).isCloseTo(0.02 * MapPlane.KM_PER_DEGREE, within(1e-6));
        assertThat(g.extent().centre().x).isCloseTo(0, within(1e-9));
    }

    @Test
    void theVillageUnderAPoint() {
        MapGeometry g = county();
        Coordinate inThird = g.plane().toPlane(108.05, 31.01);
        assertThat(g.villageAt(inThird)).map(MapShape::id).contains(3L);
        assertThat(g.villageAt(g.plane().toPlane(108.09, 31.01))).isEmpty();
        assertThat(g.townshipAt(inThird)).map(MapShape::townshipCode).contains("500235102");
    }

    @Test
    void countyModeShowsTownshipsUntilVillagesAreBigEnough() {
        MapGeometry g = county();
        assertThat(g.townships()).hasSize(2);
        // a village is sqrt(area) across: about 2 km; at 10 px/km it is 20 px (under the minimum): townships
        double villageKm = Math.sqrt(g.villages().get(0).shape().getArea());
        double threshold = MapGeometry.VILLAGE_MIN_PX / villageKm;
        assertThat(g.showsTownships(threshold * 0.9)).isTrue();
        assertThat(g.showsTownships(threshold * 1.1)).isFalse();
        Viewport wide = Viewport.fit(g.extent(), 100, 50, 0);
        assertThat(wide.pxPerKm()).isLessThan(threshold);
        assertThat(g.inView(wide)).extracting(MapShape::townshipCode).containsExactly("500235101", "500235102");
        // the townships' union covers both villages: its area is theirs together (snapped to a 1 m grid)
        assertThat(g.townships().get(0).shape().getArea())
                .isCloseTo(g.villages().get(0).shape().getArea() * 2, within(1e-3));
        assertThat(g.townships().get(0).shape().getNumGeometries()).isEqualTo(1);
    }

    @Test
    void aTownshipLosesTheSliversBetweenItsVillagesButKeepsARealHole() {
        GeometryFactory f = new GeometryFactory();
        // two squares 10 km a side with a 0.4 m gap between them (a sliver), and a lake of 1 km² inside the first
        org.locationtech.jts.geom.Geometry a = f.toGeometry(new org.locationtech.jts.geom.Envelope(0, 10, 0, 10))
                .difference(f.toGeometry(new org.locationtech.jts.geom.Envelope(4, 5, 4, 5)));
        org.locationtech.jts.geom.Geometry b = f.toGeometry(new org.locationtech.jts.geom.Envelope(10.0004, 20, 0, 10));
        org.locationtech.jts.geom.Geometry u = MapGeometry.union(List.of(a, b));
        // the gap is under half the 1 m snapping grid: one part; the lake stays a hole
        assertThat(u.getNumGeometries()).isEqualTo(1);
        assertThat(((org.locationtech.jts.geom.Polygon) u.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        // a sliver hole of 0.005 km² (under the 0.01 km² bound) goes
        org.locationtech.jts.geom.Geometry sliver = f.toGeometry(new org.locationtech.jts.geom.Envelope(0, 10, 0, 10))
                .difference(f.toGeometry(new org.locationtech.jts.geom.Envelope(2, 2.5, 2, 2.01)));
        assertThat(((org.locationtech.jts.geom.Polygon) MapGeometry.withoutSlivers(sliver)).getNumInteriorRing())
                .isZero();
    }

    @Test
    void holesAndTheirEnclavesAreRingsOfOppositeTurn() {
        GeometryFactory f = new GeometryFactory();
        // a village with a hole, and the village that fills it: drawn as one path, the non-zero rule fills both
        // only if the hole turns against the shells
        org.locationtech.jts.geom.Geometry outer = f.toGeometry(new org.locationtech.jts.geom.Envelope(0, 10, 0, 10))
                .difference(f.toGeometry(new org.locationtech.jts.geom.Envelope(4, 6, 4, 6)));
        org.locationtech.jts.geom.Geometry enclave = f.toGeometry(new org.locationtech.jts.geom.Envelope(4, 6, 4, 6));
        Rings o = Rings.of(outer);
        Rings e = Rings.of(enclave);
        assertThat(o.rings()).hasSize(2);
        double shell = signedArea(o.rings().get(0));
        double hole = signedArea(o.rings().get(1));
        double enclaveShell = signedArea(e.rings().get(0));
        assertThat(Math.signum(shell)).isEqualTo(Math.signum(enclaveShell));
        assertThat(Math.signum(hole)).isEqualTo(-Math.signum(shell));
    }

    /** The shoelace formula over a flat ring: positive counter-clockwise. */
    private static double signedArea(double[] ring) {
        double a = 0;
        for (int i = 0; i + 3 < ring.length; i += 2) {
            a += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
        }
        return a / 2;
    }

    @Test
    void oneTownshipAlwaysShowsVillages() {
        MapGeometry g = MapGeometry.build(List.of(square(1, "500235101", 108.0, 31.0),
                square(2, "500235101", 108.02, 31.0)));
        assertThat(g.townships()).isEmpty();
        assertThat(g.showsTownships(Viewport.MIN_PX_PER_KM)).isFalse();
    }

    @Test
    void onlyShapesInViewAreDrawn() {
        MapGeometry g = county();
        // zoomed in on the first square's middle, 100 px wide at 200 px/km: 0.5 km around it
        Coordinate mid = g.plane().toPlane(108.01, 31.01);
        Viewport v = new Viewport(mid.x, mid.y, 200, 100, 100);
        assertThat(g.inView(v)).extracting(MapShape::id).containsExactly(1L);
    }

    @Test
    void coarserRingsWhenZoomedOut() {
        GeometricShapeFactory f = new GeometricShapeFactory(new GeometryFactory());
        f.setCentre(new Coordinate(0, 0));
        f.setSize(2); // a circle of 1 km radius, 2,000 points
        f.setNumPoints(2000);
        MapShape circle = new MapShape(1, "500235101", f.createCircle(), new Coordinate(0, 0));
        int full = circle.fullRings().points();
        assertThat(full).isGreaterThanOrEqualTo(2000);
        // at 1000 px/km half a pixel is 0.5 m, finer than the finest level: every point
        assertThat(circle.rings(1000).points()).isEqualTo(full);
        int at100 = circle.rings(100).points();   // 5 m allowed: the 10 m level is too coarse still
        int at10 = circle.rings(10).points();     // 50 m: the 40 m level
        int at1 = circle.rings(1).points();       // 500 m: the coarsest level
        assertThat(at100).isEqualTo(full);
        assertThat(at10).isLessThan(full / 10);
        assertThat(at1).isLessThan(at10).isGreaterThanOrEqualTo(4);
    }

    @Test
    void labelsHiddenRatherThanOverlappingOrCrossingBorders() {
        MapGeometry g = county();
        Viewport v = Viewport.fit(g.extent(), 800, 200, 0); // each square about 190 px wide
        List<MapShape> s = g.villages();
        List<LabelLayout.Candidate> labels = List.of(
                new LabelLayout.Candidate(1, 10, 60, 20, s.get(0)),
                new LabelLayout.Candidate(2, 5, 60, 20, s.get(1)),
                // wider than its square: hidden
                new LabelLayout.Candidate(3, 50, 400, 20, s.get(2)));
        assertThat(LabelLayout.place(labels, v)).containsExactly(1L, 2L);
        // zoomed out the squares are 19 px wide: no label fits
        Viewport far = Viewport.fit(g.extent(), 80, 20, 0);
        assertThat(LabelLayout.place(labels, far)).isEmpty();
    }

    @Test
    void ofTwoOverlappingLabelsTheOneWithMorePersonsIsShown() {
        MapGeometry g = MapGeometry.build(List.of(square(1, "500235101", 108.0, 31.0)));
        MapShape one = g.villages().get(0);
        Viewport v = Viewport.fit(g.extent(), 400, 400, 0);
        Set<Long> shown = LabelLayout.place(List.of(new LabelLayout.Candidate(7, 1, 40, 20, one),
                new LabelLayout.Candidate(8, 2, 40, 20, one)), v);
        assertThat(shown).containsExactly(8L);
    }
}
