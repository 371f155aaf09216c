package io.guankou.model.place.rules;

import io.guankou.model.place.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place's point as typed: longitude and latitude in decimal degrees (WGS-84), both or neither. Full-width
 * digits, point and minus are read as their ASCII forms; a comma is not a decimal point (108,716 is refused).
 */
public final class CoordinateRule {

    private CoordinateRule() {
    }

    /** The text as read: spaces around it dropped, full-width digits, point and minus made ASCII. */
    public static String normalize(String text) {
        String t = VillageCodeRule.normalize(text);
        return t.replace('\uFF0E', '.').replace('\uFF0D', '-').replace('\u2212', '-');
    }

    /** The problems of a longitude/latitude pair as typed, each at its field; none for a point or for neither. */
    public static List<PlaceProblem> check(String longitude, String latitude) {
        List<PlaceProblem> out = new ArrayList<>(2);
        String lon = normalize(longitude);
        String lat = normalize(latitude);
        if (lon.isEmpty() && lat.isEmpty()) {
            return out;
        }
        one(lon, 180).ifPresent(k -> out.add(new PlaceProblem(PlaceField.LONGITUDE, k)));
        one(lat, 90).ifPresent(k -> out.add(new PlaceProblem(PlaceField.LATITUDE, k)));
        return out;
    }

    /** The point of a pair that {@link #check} accepts; null for neither. */
    public static GeoPoint point(String longitude, String latitude) {
        String lon = normalize(longitude);
        String lat = normalize(latitude);
        if (lon.isEmpty() && lat.isEmpty()) {
            return null;
        }
        if (!check(lon, lat).isEmpty()) {
            throw new IllegalArgumentException("not a point: check it first");
        }
        return new GeoPoint(Double.parseDouble(lon), Double.parseDouble(lat));
    }

    /** A point's coordinate as the form shows it and the history stores it (no exponent, no trailing zeros). */
    public static String text(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    private static Optional<PlaceProblem.Kind> one(String text, double limit) {
        if (text.isEmpty()) {
            return Optional.of(PlaceProblem.Kind.HALF_A_POINT);
        }
        if (!text.matches("-?\\d{1,3}(\\.\\d{1,10})?")) {
            return Optional.of(PlaceProblem.Kind.NOT_A_NUMBER);
        }
        double v = Double.parseDouble(text);
        return v < -limit || v > limit ? Optional.of(PlaceProblem.Kind.OUT_OF_RANGE) : Optional.empty();
    }
}
