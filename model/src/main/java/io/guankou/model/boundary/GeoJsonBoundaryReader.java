package io.guankou.model.boundary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection of village (or grid) boundaries with Jackson (JTS's own reader drops the
 * properties). Refuses the whole file ({@link BoundaryRefused}) for broken JSON, a projected or swapped file,
 * coordinates outside China and polygons that cannot be repaired ({@link PolygonRepair}); a feature that is merely
 * no boundary (no geometry, a point, no code or name) comes back with its {@link FeatureProblem}.
 */
public final class GeoJsonBoundaryReader {

    /** Property keys of the 12-digit village code, in the order they are tried. */
    static final List<String> CODE_KEYS = BoundaryWords.CODE_KEYS;
    /** Property keys of the village's name. */
    static final List<String> NAME_KEYS = BoundaryWords.NAME_KEYS;
    /** Property keys of a grid's name: a feature with one is the boundary of that grid of its village. */
    static final List<String> GRID_KEYS = BoundaryWords.GRID_KEYS;

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public List<BoundaryFeature> read(InputStream in) throws IOException {
        JsonNode root = parse(in);
        if (root == null || root.isMissingNode()) {
            throw new BoundaryRefused(BoundaryRefusal.TRUNCATED, 0, null, "0:0");
        }
        if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new BoundaryRefused(BoundaryRefusal.NOT_FEATURE_COLLECTION, 0, null,
                    root.isObject() ? root.path("type").asText("?") : root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        LonLatCrs.check(root.path("crs"));
        List<BoundaryFeature> features = new ArrayList<>();
        int number = 0;
        for (JsonNode f : root.path("features")) {
            number++;
            features.add(feature(number, f));
        }
        return features;
    }

    private JsonNode parse(InputStream in) throws IOException {
        try {
            return mapper.readTree(in);
        } catch (JsonEOFException e) {
            throw new BoundaryRefused(BoundaryRefusal.TRUNCATED, 0, null, where(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new BoundaryRefused(BoundaryRefusal.MALFORMED_JSON, 0, null, where(e.getLocation()));
        }
    }

    private static String where(JsonLocation l) {
        return l == null ? "?" : l.getLineNr() + ":" + l.getColumnNr();
    }

    private static BoundaryFeature feature(int number, JsonNode f) {
        JsonNode props = f.path("properties");
        String code = text(props, CODE_KEYS, true);
        String name = text(props, NAME_KEYS, false);
        String grid = text(props, GRID_KEYS, false);
        String label = new BoundaryFeature(number, code, name, grid, null, null, false).label();
        LonLatCrs.check(f.path("crs"), number, label);
        JsonNode g = f.path("geometry");
        if (g.isMissingNode() || g.isNull()) {
            return new BoundaryFeature(number, code, name, grid, null, FeatureProblem.NO_GEOMETRY, false);
        }
        String type = g.path("type").asText();
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            return new BoundaryFeature(number, code, name, grid, null, FeatureProblem.NOT_POLYGON, false);
        }
        Geometry geometry;
        try {
            geometry = type.equals("Polygon") ? polygon(g.path("coordinates"))
                    : FACTORY.createMultiPolygon(polygons(g.path("coordinates")));
        } catch (IllegalArgumentException e) {
            throw new BoundaryRefused(BoundaryRefusal.INVALID_POLYGON, number, label, e.getMessage());
        }
        ChinaExtent.check(geometry, number, label);
        PolygonRepair.Result fixed = PolygonRepair.repair(geometry, number, label);
        if (code == null && name == null) {
            return new BoundaryFeature(number, null, null, grid, fixed.geometry(), FeatureProblem.NO_CODE_OR_NAME,
                    fixed.repaired());
        }
        return new BoundaryFeature(number, code, name, grid, fixed.geometry(), null, fixed.repaired());
    }

    private static String text(JsonNode props, List<String> keys, boolean code) {
        for (String k : keys) {
            JsonNode v = props.get(k);
            if (v == null || v.isNull() || v.isContainerNode()) {
                continue;
            }
            String s = v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.asText().strip();
            if (code) {
                s = PlaceNameKey.halfWidth(s).replaceAll("\\s", "");
                if (s.matches("\\d{12}")) {
                    return s;
                }
            } else if (!s.isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static Polygon[] polygons(JsonNode coordinates) {
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw new IllegalArgumentException("MultiPolygon without polygons");
        }
        Polygon[] ps = new Polygon[coordinates.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = polygon(coordinates.get(i));
        }
        return ps;
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("Polygon without rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    /** A ring; one left open by a careless exporter is closed. */
    private static LinearRing ring(JsonNode positions) {
        if (!positions.isArray()) {
            throw new IllegalArgumentException("a ring is not an array of positions");
        }
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode p : positions) {
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("a position is not [longitude, latitude]: " + p);
            }
            cs.add(new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue()));
        }
        if (!cs.isEmpty() && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        if (cs.size() < 4) {
            throw new IllegalArgumentException("a ring of fewer than 3 distinct positions");
        }
        return FACTORY.createLinearRing(cs.toArray(new Coordinate[0]));
    }
}
