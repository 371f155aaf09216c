package io.guankou.persistence.boundary;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.boundary.BoundaryFeature;
import io.guankou.model.boundary.BoundaryLayer;
import io.guankou.model.boundary.BoundaryMatch;
import io.guankou.model.boundary.BoundaryShapes;
import io.guankou.model.boundary.GeoJsonBoundaryReader;
import io.guankou.model.boundary.PlaceBoundary;
import io.guankou.model.map.PlaceOutline;
import io.guankou.model.place.Village;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class BoundaryRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    BoundaryRepository repo;

    @BeforeEach
    void open() {
        db = TestTownship.create(dir.resolve("boundaries.db"));
        repo = new BoundaryRepository(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<BoundaryFeature> read(String file) throws IOException {
        try (InputStream in = BoundaryRepositoryTest.class.getResourceAsStream("/boundaries/" + file)) {
            return new GeoJsonBoundaryReader().read(in);
        }
    }

    @Test
    void importStoresVillageAndGridShapesWithHistoryAndChangeMarks() throws IOException {
        BoundaryMatch m = repo.importShapes(read("valid.geojson"), "valid.geojson", "王主任", false);

        assertThat(m.villagesMatched()).isEqualTo(2);
        assertThat(m.gridsMatched()).isEqualTo(1);
        assertThat(m.shapeless()).isEmpty();
        BoundaryLayer layer = repo.shapes();
        assertThat(layer.villages()).extracting(PlaceBoundary::villageId).containsExactly(1L, 2L);
        assertThat(layer.grids()).singleElement().satisfies(g -> {
            assertThat(g.villageId()).isEqualTo(2L);
            assertThat(g.gridId()).isEqualTo(2L);
        });
        PlaceBoundary pingan = layer.villages().get(0);
        Geometry g = BoundaryShapes.geometry(pingan.shape().wkt());
        assertThat(g.isValid()).isTrue();
        assertThat(g.contains(g.getFactory().createPoint(new Coordinate(pingan.shape().labelLongitude(),
                pingan.shape().labelLatitude())))).isTrue();
        assertThat(BoundaryShapes.geometry(layer.villages().get(1).shape().wkt()).getNumGeometries())
                .as("龙洞村 in two parts").isEqualTo(2);
        assertThat(query(db, "SELECT count(*) FROM place_change WHERE field = 'SHAPE_REPLACED'"
                + " AND new_value = 'valid.geojson' AND changed_by = '王主任'")).isEqualTo("3");
        assertThat(query(db, "SELECT group_concat(entity || place_id, ',') FROM (SELECT entity, place_id"
                + " FROM place_change ORDER BY entity, place_id)")).isEqualTo("GRID2,VILLAGE1,VILLAGE2");
        assertThat(query(db, "SELECT count(*) FROM change_mark WHERE tbl IN ('village_boundary', 'grid_boundary')"
                + " AND field = '*'")).isEqualTo("3");
        assertThat(query(db, "SELECT revision FROM village_boundary WHERE village_id = 1")).isEqualTo("1");
    }

    @Test
    void theMapReadsEachVillageOutlineWithItsTownship() throws IOException {
        repo.importShapes(read("valid.geojson"), "valid.geojson", "王主任", false);

        List<PlaceOutline> outlines = repo.villageOutlines();
        assertThat(outlines).extracting(PlaceOutline::id).containsExactly(1L, 2L);
        assertThat(outlines).extracting(PlaceOutline::townshipCode).containsOnly(TestTownship.CODE);
        PlaceBoundary stored = repo.shapes().villages().get(0);
        assertThat(outlines.get(0).wkt()).isEqualTo(stored.shape().wkt());
        assertThat(outlines.get(0).labelLongitude()).isEqualTo(stored.shape().labelLongitude());
    }

    @Test
    void dryRunReportsAndWritesNothing() throws IOException {
        BoundaryMatch m = repo.importShapes(read("valid.geojson"), "valid.geojson", "王主任", true);

        assertThat(m.matched()).hasSize(3);
        assertThat(query(db, "SELECT count(*) FROM village_boundary")).isEqualTo("0");
        assertThat(query(db, "SELECT count(*) FROM grid_boundary")).isEqualTo("0");
        assertThat(query(db, "SELECT count(*) FROM place_change")).isEqualTo("0");
        assertThat(repo.shapelessVillages()).extracting(Village::name).containsExactly("平安社区", "龙洞村");
    }

    @Test
    void aSecondFileReplacesOnlyChangedShapesInPlaceAndLeavesTheOthers() throws IOException {
        repo.importShapes(read("valid.geojson"), "valid.geojson", "王主任", false);
        String globalId = query(db, "SELECT global_id FROM village_boundary WHERE village_id = 2");

        // partly.geojson: 平安社区 with the same polygon, 龙洞村 matched twice (so not replaced)
        BoundaryMatch m = repo.importShapes(read("partly.geojson"), "partly.geojson", "李主任", false);

        assertThat(m.matched()).extracting(x -> x.placeName()).containsExactly("平安社区");
        assertThat(m.shapeless()).as("龙洞村 keeps its stored shape").isEmpty();
        assertThat(query(db, "SELECT count(*) FROM place_change WHERE new_value = 'partly.geojson'"))
                .as("the same geometry is no change").isEqualTo("0");
        assertThat(query(db, "SELECT global_id || ' ' || source || ' ' || revision FROM village_boundary"
                + " WHERE village_id = 2")).isEqualTo(globalId + " valid.geojson 1");
        assertThat(query(db, "SELECT count(*) FROM village_boundary")).isEqualTo("2");
    }

    @Test
    void aChangedShapeIsUpdatedInTheSameRowWithANewRevision() throws IOException {
        repo.importShapes(read("valid.geojson"), "valid.geojson", "王主任", false);
        List<BoundaryFeature> moved = read("partly.geojson").subList(2, 3); // 龙洞村: only its first part now

        repo.importShapes(moved, "longdong.geojson", "李主任", false);

        assertThat(query(db, "SELECT count(*) FROM village_boundary WHERE village_id = 2")).isEqualTo("1");
        assertThat(query(db, "SELECT revision || ' ' || source || ' ' || updated_by FROM village_boundary"
                + " WHERE village_id = 2")).isEqualTo("2 longdong.geojson 李主任");
        assertThat(query(db, "SELECT geometry FROM village_boundary WHERE village_id = 2")).startsWith("POLYGON");
        assertThat(query(db, "SELECT count(*) FROM place_change WHERE new_value = 'longdong.geojson'"
                + " AND entity = 'VILLAGE' AND place_id = 2")).isEqualTo("1");
        assertThat(query(db, "SELECT count(*) FROM change_mark WHERE tbl = 'village_boundary' AND field = 'geometry'"))
                .isEqualTo("1");
    }
}
