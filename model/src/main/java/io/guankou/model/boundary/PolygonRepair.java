package io.guankou.model.boundary;

import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A valid polygon is kept; an invalid one is repaired by JTS's {@link GeometryFixer} only when the result is a
 * valid polygon whose area is within {@value #AREA_TOLERANCE} of the area its rings enclose as drawn (a small loop at
 * a corner, a doubled edge); otherwise (a bow-tie: its halves cancel as drawn) the file is refused.
 */
final class PolygonRepair {

    static final double AREA_TOLERANCE = 0.02;

    record Result(Geometry geometry, boolean repaired) {
    }

    private PolygonRepair() {
    }

    static Result repair(Geometry g, int number, String label) {
        IsValidOp op = new IsValidOp(g);
        if (op.isValid()) {
            return new Result(g, false);
        }
        TopologyValidationError error = op.getValidationError();
        Geometry fixed = GeometryFixer.fix(g);
        double drawn = drawnArea(g);
        if (fixed instanceof Polygonal && !fixed.isEmpty() && fixed.isValid() && drawn > 0
                && Math.abs(fixed.getArea() - drawn) <= AREA_TOLERANCE * drawn) {
            return new Result(fixed, true);
        }
        throw new BoundaryRefused(BoundaryRefusal.INVALID_POLYGON, number, label,
                error.getMessage() + " (" + error.getCoordinate().x + ", " + error.getCoordinate().y + ")");
    }

    /** The area the rings enclose with their signs as drawn: shells minus holes, loops drawn backwards subtract. */
    private static double drawnArea(Geometry g) {
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            double shell = Area.ofRingSigned(p.getExteriorRing().getCoordinates());
            double sign = Math.signum(shell);
            double a = shell;
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                a += Area.ofRingSigned(p.getInteriorRingN(h).getCoordinates());
            }
            sum += sign * a;
        }
        return Math.abs(sum);
    }
}
