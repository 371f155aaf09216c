package io.guankou.model.map;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A polygonal shape's rings as flat arrays of plane coordinates (x0, y0, x1, y1, …), outer ring first in each part:
 * what a frame is drawn from without walking JTS objects. The rings are oriented as JTS normalises them (shells
 * clockwise, holes counter-clockwise), so many shapes can be filled as one path by the non-zero rule: a hole stays
 * open, and a shape lying in another's hole (an enclave) is filled.
 */
public record Rings(List<double[]> rings, int points) {

    public Rings {
        rings = List.copyOf(rings);
    }

    public static Rings of(Geometry shape) {
        Geometry polygonal = shape.copy();
        polygonal.normalize();
        List<double[]> rings = new ArrayList<>();
        int points = 0;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Geometry part = polygonal.getGeometryN(i);
            if (!(part instanceof Polygon)) {
                continue;
            }
            Polygon p = (Polygon) part;
            points += add(rings, p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                points += add(rings, p.getInteriorRingN(h));
            }
        }
        return new Rings(rings, points);
    }

    private static int add(List<double[]> rings, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        double[] flat = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            flat[2 * i] = cs[i].x;
            flat[2 * i + 1] = cs[i].y;
        }
        rings.add(flat);
        return cs.length;
    }
}
