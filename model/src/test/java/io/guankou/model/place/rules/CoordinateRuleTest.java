package io.guankou.model.place.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.place.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WGS-84 decimal degrees, both or neither: longitude −180…180, latitude −90…90. */
class CoordinateRuleTest {

    @Test
    void neitherIsNoPoint() {
        assertThat(CoordinateRule.check("", " ")).isEmpty();
        assertThat(CoordinateRule.point(null, "")).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "108.716, 30.912, 108.716, 30.912",
            "-180, 90, -180, 90",
            "'１０８．７', '－３０', 108.7, -30"})
    void decimalDegreesAreAPoint(String lon, String lat, double x, double y) {
        assertThat(CoordinateRule.check(lon, lat)).isEmpty();
        assertThat(CoordinateRule.point(lon, lat)).isEqualTo(new GeoPoint(x, y));
    }

    @ParameterizedTest
    @CsvSource({
            "108.716, '', LATITUDE, HALF_A_POINT",
            "'', 30.9, LONGITUDE, HALF_A_POINT",
            "180.5, 30.9, LONGITUDE, OUT_OF_RANGE",
            "108.7, 91, LATITUDE, OUT_OF_RANGE",
            "'108,716', 30.9, LONGITUDE, NOT_A_NUMBER",
            "108.7, 北纬30度, LATITUDE, NOT_A_NUMBER",
            "1e2, 30, LONGITUDE, NOT_A_NUMBER"})
    void eachCoordinateSaysWhatIsWrong(String lon, String lat, PlaceField field, PlaceProblem.Kind kind) {
        assertThat(CoordinateRule.check(lon, lat)).containsExactly(new PlaceProblem(field, kind));
        assertThatThrownBy(() -> CoordinateRule.point(lon, lat)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCoordinateIsShownWithoutExponentOrTrailingZeros() {
        assertThat(CoordinateRule.text(108.7160)).isEqualTo("108.716");
        assertThat(CoordinateRule.text(0.00001)).isEqualTo("0.00001");
        assertThat(CoordinateRule.text(30.0)).isEqualTo("30");
    }
}
