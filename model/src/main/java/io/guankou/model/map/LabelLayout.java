package io.guankou.model.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Which labels a frame shows: each label is a box centred on its shape's label point; it is shown only when the box
 * lies wholly inside the shape and overlaps no label shown before it (with {@value #GAP_PX} pixels between), the
 * labels taken by priority (more key persons first), then by id. A label that does not fit is hidden, never drawn
 * over another or across a border; zooming in makes room for it.
 */
public final class LabelLayout {

    static final double GAP_PX = 2;

    /** A label to place: its box in pixels and the shape it must stay in. */
    public record Candidate(long id, double priority, double widthPx, double heightPx, MapShape shape) {
    }

    private LabelLayout() {
    }

    /** The ids of the labels shown, in the order they were placed. */
    public static Set<Long> place(List<Candidate> candidates, Viewport v) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparingLong(Candidate::id));
        List<Envelope> placed = new ArrayList<>();
        Set<Long> shown = new LinkedHashSet<>();
        for (Candidate c : order) {
            Coordinate a = c.shape().label();
            double sx = v.screenX(a.x);
            double sy = v.screenY(a.y);
            Envelope box = new Envelope(sx - c.widthPx() / 2, sx + c.widthPx() / 2, sy - c.heightPx() / 2,
                    sy + c.heightPx() / 2);
            if (box.getMaxX() < 0 || box.getMinX() > v.width() || box.getMaxY() < 0 || box.getMinY() > v.height()) {
                continue; // out of view
            }
            Envelope padded = new Envelope(box);
            padded.expandBy(GAP_PX);
            if (placed.stream().anyMatch(padded::intersects)) {
                continue;
            }
            Coordinate topLeft = v.toPlane(box.getMinX(), box.getMinY());
            Coordinate bottomRight = v.toPlane(box.getMaxX(), box.getMaxY());
            if (!c.shape().containsBox(new Envelope(topLeft, bottomRight))) {
                continue;
            }
            placed.add(box);
            shown.add(c.id());
        }
        return shown;
    }
}
