package io.guankou.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.boundary.BoundaryShapes;
import io.guankou.model.boundary.PlaceBoundary;
import io.guankou.model.place.Village;
import io.guankou.persistence.Database;
import io.guankou.persistence.boundary.BoundaryRepository;
import io.guankou.persistence.place.PlaceRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class DemoBoundariesTest {

    static final LocalDate TODAY = LocalDate.of(2023, 1, 5);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;
    static List<Village> villages;
    static Map<Long, Geometry> shapes;

    @BeforeAll
    static void writeDemo() {
        Path demo = dir.resolve("demo.db");
        DemoTownshipWriter.write(demo, new DemoOptions(500, 7L, TODAY));
        try (Database db = Database.openExisting(demo)) {
            villages = new PlaceRepository(db).villages();
            List<PlaceBoundary> stored = new BoundaryRepository(db, CLOCK).shapes().villages();
            assertThat(stored).extracting(PlaceBoundary::villageId).doesNotHaveDuplicates();
            shapes = stored.stream().collect(Collectors.toMap(PlaceBoundary::villageId,
                    b -> BoundaryShapes.geometry(b.shape().wkt())));
        }
    }

    @Test
    void everyDemoVillageHasOneValidShapeAroundItsOwnPoint() {
        assertThat(shapes.keySet()).containsExactlyInAnyOrderElementsOf(villages.stream().map(Village::id).toList());
        GeometryFactory f = new GeometryFactory();
        for (Village v : villages) {
            Geometry g = shapes.get(v.id());
            assertThat(g.isValid()).as(v.name()).isTrue();
            assertThat(g.getGeometryType()).as(v.name()).isEqualTo("Polygon");
            assertThat(g.contains(f.createPoint(new Coordinate(v.centroid().longitude(), v.centroid().latitude()))))
                    .as(v.name()).isTrue();
        }
    }

    @Test
    void shapesDoNotOverlapAndCoverTheOutlineWithoutGaps() {
        List<Geometry> all = new ArrayList<>(shapes.values());
        double total = all.stream().mapToDouble(Geometry::getArea).sum();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).intersection(all.get(j)).getArea()).isLessThan(total * 1e-9);
            }
        }
        GeometryFactory f = new GeometryFactory();
        // the outline: the villages' convex hull widened by 0.025°
        Geometry outline = f.createMultiPointFromCoords(villages.stream()
                .map(v -> new Coordinate(v.centroid().longitude(), v.centroid().latitude()))
                .toArray(Coordinate[]::new)).convexHull().buffer(0.025);
        Geometry union = UnaryUnionOp.union(all);
        assertThat(union.getGeometryType()).isEqualTo("Polygon");
        assertThat(union.symDifference(outline).getArea()).isLessThan(outline.getArea() * 1e-6);
        assertThat(total).isCloseTo(outline.getArea(), org.assertj.core.data.Percentage.withPercentage(0.0001));
    }
}
