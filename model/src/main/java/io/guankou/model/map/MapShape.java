package io.guankou.model.map;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * One village's (or, in county mode, one township's) shape on the plane, with what drawing and pointing need: the
 * shape prepared for point and label tests (JTS {@link PreparedGeometry}), the label point, and the rings at a few
 * levels of detail. Each level is the shape simplified (JTS {@link TopologyPreservingSimplifier}) at a tolerance
 * {@value #LEVEL_STEP} times the one before, starting from {@value #FINEST_TOLERANCE_KM} km; a frame draws the
 * coarsest level whose tolerance is under {@value #MAX_ERROR_PX} pixel at its scale, so a shape never looks
 * simplified and a zoomed-out map draws a few points per village instead of thousands.
 */
public final class MapShape {

    static final double FINEST_TOLERANCE_KM = 0.01;
    static final double LEVEL_STEP = 4;
    static final int LEVELS = 5;
    static final double MAX_ERROR_PX = 0.5;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final long id;
    private final String townshipCode;
    private final Geometry shape;
    private final PreparedGeometry prepared;
    private final Coordinate label;
    private final Rings full;
    private final double labelRoomKm;
    private final List<Rings> levels;

    /**
     * @param shape the shape on the plane (km), valid
     * @param label the label point on the plane, inside the shape
     */
    public MapShape(long id, String townshipCode, Geometry shape, Coordinate label) {
        this.id = id;
        this.townshipCode = townshipCode;
        this.shape = shape;
        this.prepared = PreparedGeometryFactory.prepare(shape);
        this.label = label;
        this.full = Rings.of(shape);
        Geometry labelPoint = FACTORY.createPoint(label);
        this.labelRoomKm = prepared.contains(labelPoint) ? shape.getBoundary().distance(labelPoint) : 0;
        List<Rings> built = new ArrayList<>();
        double tolerance = FINEST_TOLERANCE_KM;
        for (int i = 0; i < LEVELS; i++) {
            Geometry simplified = TopologyPreservingSimplifier.simplify(shape, tolerance);
            built.add(simplified.isEmpty() ? full : Rings.of(simplified));
            tolerance *= LEVEL_STEP;
        }
        this.levels = List.copyOf(built);
    }

    public long id() {
        return id;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public Geometry shape() {
        return shape;
    }

    public Envelope envelope() {
        return shape.getEnvelopeInternal();
    }

    public Coordinate label() {
        return label;
    }

    /** The rings to draw at {@code pxPerKm}: the coarsest level that stays within half a pixel of the shape. */
    public Rings rings(double pxPerKm) {
        double allowedKm = MAX_ERROR_PX / pxPerKm;
        if (allowedKm < FINEST_TOLERANCE_KM) {
            return full;
        }
        int level = (int) Math.floor(Math.log(allowedKm / FINEST_TOLERANCE_KM) / Math.log(LEVEL_STEP));
        return levels.get(Math.min(level, LEVELS - 1));
    }

    /** Every point of the shape, unsimplified. */
    public Rings fullRings() {
        return full;
    }

    public boolean contains(Coordinate planePoint) {
        return prepared.contains(FACTORY.createPoint(planePoint));
    }

    /**
     * The distance from the label point to the nearest border (km): any box centred there whose half-diagonal is
     * shorter fits inside the shape. For a label point at the centre of the largest inscribed circle it is that
     * circle's radius.
     */
    public double labelRoomKm() {
        return labelRoomKm;
    }

    /**
     * Whether a box (plane km) lies wholly inside the shape: where a label may go. A box centred on the label point
     * that fits in the label's room is inside without more; one larger than the shape's extent is not; otherwise the
     * prepared shape decides.
     */
    public boolean containsBox(Envelope box) {
        Envelope extent = shape.getEnvelopeInternal();
        if (!extent.contains(box)) {
            return false;
        }
        double dx = Math.max(Math.abs(box.getMinX() - label.x), Math.abs(box.getMaxX() - label.x));
        double dy = Math.max(Math.abs(box.getMinY() - label.y), Math.abs(box.getMaxY() - label.y));
        if (Math.hypot(dx, dy) < labelRoomKm) {
            return true;
        }
        return prepared.contains(FACTORY.toGeometry(box));
    }
}
