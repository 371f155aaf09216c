package io.guankou.model.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonBoundaryReaderTest {

    static List<BoundaryFeature> read(String file) throws IOException {
        try (InputStream in = GeoJsonBoundaryReaderTest.class.getResourceAsStream("/boundaries/" + file)) {
            return new GeoJsonBoundaryReader().read(in);
        }
    }

    private static BoundaryRefused refusal(String file) {
        try {
            read(file);
        } catch (BoundaryRefused e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(file + " was not refused");
    }

    @Test
    void validFileGivesCodeNameGridAndValidPolygonsFromTheCommonKeys() throws IOException {
        List<BoundaryFeature> fs = read("valid.geojson");

        assertThat(fs).hasSize(3);
        assertThat(fs.get(0).code()).isEqualTo("500235124001");
        assertThat(fs.get(0).name()).isEqualTo("平安社区");
        assertThat(fs.get(1).code()).isNull();
        assertThat(fs.get(1).name()).isEqualTo("龙洞村委会");
        assertThat(fs.get(1).geometry().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(fs.get(2).code()).as("a number property is read as its digits").isEqualTo("500235124200");
        assertThat(fs.get(2).grid()).isEqualTo("第一网格");
        assertThat(fs).allSatisfy(f -> {
            assertThat(f.problem()).isNull();
            assertThat(f.geometry().isValid()).isTrue();
            assertThat(f.repaired()).isFalse();
        });
    }

    @Test
    void cgcs2000CrsIsLonLat() throws IOException {
        assertThat(read("crs-4490.geojson")).hasSize(1);
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() {
        BoundaryRefused e = refusal("malformed.geojson");
        assertThat(e.reason()).isEqualTo(BoundaryRefusal.MALFORMED_JSON);
        assertThat(e.detail()).startsWith("2:");
    }

    @Test
    void truncatedFileIsRefusedAsTruncated() {
        assertThat(refusal("truncated.geojson").reason()).isEqualTo(BoundaryRefusal.TRUNCATED);
    }

    @Test
    void swappedAxesAreRefusedNamingTheFirstFeature() {
        BoundaryRefused e = refusal("swapped.geojson");
        assertThat(e.reason()).isEqualTo(BoundaryRefusal.SWAPPED_AXES);
        assertThat(e.featureNumber()).isEqualTo(1);
        assertThat(e.featureName()).isEqualTo("平安社区");
    }

    @Test
    void mercatorMetresWithoutCrsAreRefusedAsProjected() {
        assertThat(refusal("projected-3857.geojson").reason()).isEqualTo(BoundaryRefusal.PROJECTED_COORDINATES);
    }

    @Test
    void aProjectedCrsMemberIsRefusedByName() {
        BoundaryRefused e = refusal("crs-3857.geojson");
        assertThat(e.reason()).isEqualTo(BoundaryRefusal.PROJECTED_CRS);
        assertThat(e.detail()).isEqualTo("urn:ogc:def:crs:EPSG::3857");
        assertThat(e.featureNumber()).isZero();
    }

    @Test
    void coordinatesOutsideChinaAreRefusedNamingTheFeature() {
        BoundaryRefused e = refusal("outside-china.geojson");
        assertThat(e.reason()).isEqualTo(BoundaryRefusal.OUTSIDE_CHINA);
        assertThat(e.featureNumber()).isEqualTo(2);
        assertThat(e.featureName()).isEqualTo("Lindenau");
    }

    @Test
    void aBowTieCannotBeRepairedAndRefusesTheFile() {
        BoundaryRefused e = refusal("bowtie.geojson");
        assertThat(e.reason()).isEqualTo(BoundaryRefusal.INVALID_POLYGON);
        assertThat(e.featureNumber()).isEqualTo(2);
        assertThat(e.featureName()).isEqualTo("龙洞村");
        assertThat(e.detail()).contains("Self-intersection");
    }

    @Test
    void aSmallLoopAtACornerIsRepairedToAValidPolygonOfTheSameArea() throws IOException {
        BoundaryFeature f = read("repairable.geojson").get(0);
        assertThat(f.repaired()).isTrue();
        assertThat(f.geometry().isValid()).isTrue();
        // the square 0.03 × 0.025 degrees, less the sliver under the slanted top edge (0.03 × 0.0003 / 2, 0.6 %)
        assertThat(f.geometry().getArea()).isCloseTo(0.03 * 0.025 - 0.03 * 0.0003 / 2,
                org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void pointsAndFeaturesWithoutCodeOrNameAreProblemsNotRefusals() throws IOException {
        List<BoundaryFeature> fs = read("partly.geojson");
        assertThat(fs.get(4).problem()).isEqualTo(FeatureProblem.NOT_POLYGON);
        assertThat(fs.get(5).problem()).isEqualTo(FeatureProblem.NO_CODE_OR_NAME);
        assertThat(fs.get(0).name()).isEqualTo("平安　社区居委会");
    }

    @Test
    void notAFeatureCollectionIsRefused() {
        assertThatThrownBy(() -> new GeoJsonBoundaryReader().read(new java.io.ByteArrayInputStream(
                "{\"type\": \"Feature\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(BoundaryRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BoundaryRefusal.NOT_FEATURE_COLLECTION));
    }
}
