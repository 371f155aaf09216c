package io.guankou.model.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.place.Grid;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoundaryMatcherTest {

    static final List<Village> VILLAGES = List.of(
            new Village(1, null, "500235124001", "平安社区", UrbanRuralClass.C111, null),
            new Village(2, null, "500235124200", "龙洞村", UrbanRuralClass.C220, null),
            new Village(3, null, "500235124201", "石笋村", UrbanRuralClass.C220, null));
    static final List<Grid> GRIDS = List.of(new Grid(11, null, 1, "第一网格"), new Grid(21, null, 2, "第一网格"));

    @Test
    void validFileMatchesByCodeByNameWithSuffixAndAGridOfAVillage() throws IOException {
        BoundaryMatch m = BoundaryMatcher.match(GeoJsonBoundaryReaderTest.read("valid.geojson"), VILLAGES, GRIDS,
                Set.of());

        assertThat(m.matched()).extracting(MatchedBoundary::placeName, MatchedBoundary::byCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("平安社区", true),
                        org.assertj.core.groups.Tuple.tuple("龙洞村", false),
                        org.assertj.core.groups.Tuple.tuple("龙洞村 / 第一网格", true));
        assertThat(m.matched().get(2).gridId()).isEqualTo(21);
        assertThat(m.villagesMatched()).isEqualTo(2);
        assertThat(m.gridsMatched()).isEqualTo(1);
        assertThat(m.unmatched()).isEmpty();
        assertThat(m.matchedTwice()).isEmpty();
        assertThat(m.shapeless()).extracting(Village::name).containsExactly("石笋村");
    }

    @Test
    void partlyMatchingFileReportsEveryFeatureThatGivesNoShapeAndTheVillageMatchedTwice() throws IOException {
        BoundaryMatch m = BoundaryMatcher.match(GeoJsonBoundaryReaderTest.read("partly.geojson"), VILLAGES, GRIDS,
                Set.of(3L));

        assertThat(m.features()).isEqualTo(7);
        assertThat(m.matched()).extracting(MatchedBoundary::placeName).containsExactly("平安社区");
        assertThat(m.unmatched()).extracting(BoundaryFeature::number, BoundaryFeature::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, FeatureProblem.NO_SUCH_VILLAGE),
                org.assertj.core.groups.Tuple.tuple(5, FeatureProblem.NOT_POLYGON),
                org.assertj.core.groups.Tuple.tuple(6, FeatureProblem.NO_CODE_OR_NAME),
                org.assertj.core.groups.Tuple.tuple(7, FeatureProblem.NO_SUCH_GRID));
        assertThat(m.matchedTwice()).singleElement().satisfies(d -> {
            assertThat(d.placeName()).isEqualTo("龙洞村");
            assertThat(d.features()).extracting(BoundaryFeature::number).containsExactly(3, 4);
        });
        assertThat(m.shapeless()).as("石笋村 has a stored shape; 龙洞村 got none from this file")
                .extracting(Village::name).containsExactly("龙洞村");
    }

    @Test
    void aNameThatFitsTwoVillagesMatchesNeither() {
        List<Village> two = List.of(new Village(1, null, "500235124001", "石桥社区", UrbanRuralClass.C111, null),
                new Village(2, null, "500235124200", "石桥村", UrbanRuralClass.C220, null));
        BoundaryFeature f = new BoundaryFeature(1, null, "石桥", null,
                new org.locationtech.jts.geom.GeometryFactory().createPolygon(), null, false);

        BoundaryMatch m = BoundaryMatcher.match(List.of(f), two, List.of(), Set.of());

        assertThat(m.unmatched()).singleElement().extracting(BoundaryFeature::problem)
                .isEqualTo(FeatureProblem.AMBIGUOUS_NAME);
    }

    @Test
    void nameKeyDropsSuffixesBlanksAndFullWidthForms() {
        assertThat(PlaceNameKey.of("石桥村")).isEqualTo("石桥");
        assertThat(PlaceNameKey.of(" 石桥 村民委员会 ")).isEqualTo("石桥");
        assertThat(PlaceNameKey.of("石桥村委会\u3000")).isEqualTo("石桥");
        assertThat(PlaceNameKey.of("平安社区居委会")).isEqualTo("平安");
        assertThat(PlaceNameKey.of("平安居委会")).isEqualTo("平安");
        assertThat(PlaceNameKey.of("新村村委会")).isEqualTo(PlaceNameKey.of("新村"));
        assertThat(PlaceNameKey.of("ＡＢ村")).isEqualTo("AB");
        assertThat(PlaceNameKey.of("村")).as("never cut to nothing").isEqualTo("村");
    }

    @Test
    void shapeHasALabelInsideAnAreaInSquareKilometresAndASimplifiedCopy() throws IOException {
        BoundaryFeature f = GeoJsonBoundaryReaderTest.read("valid.geojson").get(0);
        BoundaryShape s = BoundaryShapes.of(f.geometry());

        assertThat(f.geometry().contains(f.geometry().getFactory().createPoint(
                new org.locationtech.jts.geom.Coordinate(s.labelLongitude(), s.labelLatitude())))).isTrue();
        // 0.03° × 0.025° at 30.9125°N: 0.03·111.32·cos(30.9125°) km × 0.025·111.32 km
        double expected = 0.03 * 111.32 * Math.cos(Math.toRadians(30.9125)) * 0.025 * 111.32;
        assertThat(s.areaKm2()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
        assertThat(s.minLongitude()).isEqualTo(108.70);
        assertThat(s.maxLatitude()).isEqualTo(30.925);
        assertThat(BoundaryShapes.geometry(s.wkt()).equalsExact(f.geometry())).isTrue();
        assertThat(BoundaryShapes.geometry(s.displayWkt()).isValid()).isTrue();
    }
}
