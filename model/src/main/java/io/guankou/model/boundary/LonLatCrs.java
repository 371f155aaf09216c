package io.guankou.model.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * The {@code crs} member of old GeoJSON (2008 draft; RFC 7946 dropped it and means WGS-84 lon/lat). Accepted: none,
 * or a name of a longitude/latitude system (EPSG:4326, OGC CRS84, EPSG:4490 CGCS2000); anything else is a projected
 * file.
 */
final class LonLatCrs {

    private static final List<String> LON_LAT = List.of("CRS84", "EPSG::4326", "EPSG:4326", "EPSG::4490",
            "EPSG:4490", "EPSG::4326", "CGCS2000", "WGS84", "WGS 84");

    private LonLatCrs() {
    }

    static void check(JsonNode crs) {
        check(crs, 0, null);
    }

    static void check(JsonNode crs, int number, String label) {
        if (crs.isMissingNode() || crs.isNull()) {
            return;
        }
        String name = crs.path("properties").path("name").asText(crs.path("properties").path("code").asText(""));
        String upper = name.toUpperCase(Locale.ROOT).replace(" ", "");
        boolean lonLat = LON_LAT.stream().anyMatch(n -> upper.endsWith(n.replace(" ", "")))
                || upper.matches(".*EPSG(::?|/)(4326|4490)$") || upper.equals("4326") || upper.equals("4490");
        if (!lonLat) {
            throw new BoundaryRefused(BoundaryRefusal.PROJECTED_CRS, number, label,
                    name.isEmpty() ? crs.toString() : name);
        }
    }
}
