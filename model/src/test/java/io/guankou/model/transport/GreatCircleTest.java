package io.guankou.model.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.guankou.model.place.GeoPoint;
import org.junit.jupiter.api.Test;

/** Haversine distances worked by hand on the sphere of R = 6371.0088 km. */
class GreatCircleTest {

    @Test
    void oneDegreeAlongTheEquatorIsTheRadiusTimesPiOver180() {
        // 6371.0088 × π / 180 = 111.19508 km
        assertThat(GreatCircle.distanceKm(new GeoPoint(0, 0), new GeoPoint(1, 0))).isCloseTo(111.19508, within(1e-4));
    }

    @Test
    void fromTheEquatorToThePoleIsAQuarterOfTheCircumference() {
        // 6371.0088 × π / 2 = 10007.5572 km
        assertThat(GreatCircle.distanceKm(new GeoPoint(0, 0), new GeoPoint(0, 90))).isCloseTo(10007.5572,
                within(1e-3));
    }

    @Test
    void aVillageOfTheTownshipFromItsHealthCentre() {
        // 108.716E 30.912N to 108.662E 30.928N: Δlat 0.016° = 2.7925e-4 rad, Δlon 0.054° = 9.4248e-4 rad;
        // h = sin²(1.3963e-4) + cos 30.912° × cos 30.928° × sin²(4.7124e-4) = 1.9496e-8 + 0.73595 × 2.2207e-7
        //   = 1.8293e-7; d = 2R × asin(√h) = 2 × 6371.0088 × 4.2770e-4 = 5.4498 km
        // (the flat-earth check: √((9.4248e-4 × cos 30.92° × R)² + (2.7925e-4 × R)²) = √(5.1512² + 1.7791²) = 5.4498)
        double d = GreatCircle.distanceKm(new GeoPoint(108.716, 30.912), new GeoPoint(108.662, 30.928));
        assertThat(d).isCloseTo(5.4498, within(1e-3));
    }

    @Test
    void theDistanceIsSymmetricAndZeroAtThePointItself() {
        GeoPoint a = new GeoPoint(108.716, 30.912);
        GeoPoint b = new GeoPoint(108.779, 30.903);
        assertThat(GreatCircle.distanceKm(a, b)).isCloseTo(GreatCircle.distanceKm(b, a), within(1e-12));
        assertThat(GreatCircle.distanceKm(a, a)).isZero();
    }
}
