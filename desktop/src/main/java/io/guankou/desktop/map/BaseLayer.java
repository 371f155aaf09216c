package io.guankou.desktop.map;

import io.guankou.model.map.Viewport;
import java.util.EnumSet;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything that moves with the map (shapes, marks, labels) drawn once into an image {@value #MARGIN} of the view larger on every side, and
 * copied onto each frame: a pan at the same scale costs one copy. While zooming the image is scaled, up to
 * {@value #MAX_STALE_ZOOM}× either way, when the caller allows a stale frame (it redraws sharply once the view has
 * rested); it is drawn again when the data, the layers, the level (villages or townships) change, when the view
 * leaves it while panning, or when a sharp frame is wanted at another scale (a zoom out past the image's edge shows
 * water there until then).
 */
final class BaseLayer {

    static final double MARGIN = 0.25;
    static final double MAX_STALE_ZOOM = 3;

    private final MapPainter painter;
    private final Canvas offscreen = new Canvas();
    private WritableImage image;
    private Viewport drawn;
    private MapData drawnData;
    private Set<MapLayer> drawnLayers = EnumSet.noneOf(MapLayer.class);
    private boolean drawnTownships;
    private int redraws;

    BaseLayer(MapPainter painter) {
        this.painter = painter;
    }

    void draw(GraphicsContext gc, MapData d, Viewport v, Set<MapLayer> layers, boolean allowStale) {
        if (!usable(d, v, layers, allowStale)) {
            render(d, v, layers);
        }
        Envelope cached = drawn.planeEnvelope();
        if (!cached.contains(v.planeEnvelope())) {
            // zooming out past the image's edge: water around it until the sharp frame
            gc.setFill(MapPainter.WATER);
            gc.fillRect(0, 0, v.width(), v.height());
            gc.setImageSmoothing(false);
            gc.drawImage(image, v.screenX(cached.getMinX()), v.screenY(cached.getMaxY()),
                    cached.getWidth() * v.pxPerKm(), cached.getHeight() * v.pxPerKm());
            gc.setImageSmoothing(true);
            return;
        }
        Coordinate topLeft = v.toPlane(0, 0);
        Coordinate bottomRight = v.toPlane(v.width(), v.height());
        double sx = drawn.screenX(topLeft.x);
        double sy = drawn.screenY(topLeft.y);
        double sw = drawn.screenX(bottomRight.x) - sx;
        double sh = drawn.screenY(bottomRight.y) - sy;
        boolean sameScale = drawn.pxPerKm() == v.pxPerKm();
        // nearest-pixel even while zooming: a smoothed scale costs a software pipeline a frame's budget, and the
        // sharp frame follows as soon as the view rests
        gc.setImageSmoothing(false);
        gc.drawImage(image, sameScale ? Math.rint(sx) : sx, sameScale ? Math.rint(sy) : sy, sw, sh, 0, 0, v.width(),
                v.height());
        gc.setImageSmoothing(true);
    }

    /** How many times the shapes were drawn into the image (for tests and the benchmark). */
    int redraws() {
        return redraws;
    }

    /** Whether the image drawn last was drawn at the scale of {@code v} (a frame from it is sharp). */
    boolean sharpFor(Viewport v) {
        return drawn != null && drawn.pxPerKm() == v.pxPerKm();
    }

    private boolean usable(MapData d, Viewport v, Set<MapLayer> layers, boolean allowStale) {
        if (image == null || d != drawnData || !layers.equals(drawnLayers) || d == null) {
            return false;
        }
        boolean townships = d.geometry().showsTownships(v.pxPerKm());
        if (townships != drawnTownships) {
            return false;
        }
        double zoom = v.pxPerKm() / drawn.pxPerKm();
        if (zoom != 1 && (!allowStale || zoom > MAX_STALE_ZOOM || zoom < 1 / MAX_STALE_ZOOM)) {
            return false;
        }
        // a zoom in progress may show water past the image's edge; a pan at the same scale is drawn afresh
        return zoom != 1 || drawn.planeEnvelope().contains(v.planeEnvelope());
    }

    private void render(MapData d, Viewport v, Set<MapLayer> layers) {
        double w = Math.ceil(v.width() * (1 + 2 * MARGIN));
        double h = Math.ceil(v.height() * (1 + 2 * MARGIN));
        drawn = new Viewport(v.centreX(), v.centreY(), v.pxPerKm(), w, h);
        offscreen.setWidth(w);
        offscreen.setHeight(h);
        painter.paintBase(offscreen.getGraphicsContext2D(), d, drawn, layers);
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage((int) w, (int) h);
        }
        offscreen.snapshot(null, image);
        drawnData = d;
        drawnLayers = EnumSet.copyOf(layers.isEmpty() ? EnumSet.noneOf(MapLayer.class) : layers);
        drawnTownships = d != null && d.geometry().showsTownships(v.pxPerKm());
        redraws++;
    }
}
