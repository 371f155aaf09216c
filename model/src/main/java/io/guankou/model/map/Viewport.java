package io.guankou.model.map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the plane the map shows: the plane point at the middle of the view, the scale in pixels per
 * kilometre, and the view's size in pixels. North is up: screen y grows downwards, plane y upwards.
 */
public record Viewport(double centreX, double centreY, double pxPerKm, double width, double height) {

    /** From a whole county (a few hundred km across a big screen) down to a street. */
    public static final double MIN_PX_PER_KM = 0.5;
    public static final double MAX_PX_PER_KM = 4000;

    public Viewport {
        if (!(pxPerKm > 0) || width < 0 || height < 0) {
            throw new IllegalArgumentException("viewport " + pxPerKm + " px/km, " + width + "x" + height);
        }
    }

    /** The view of {@code width × height} pixels that shows all of {@code plane} with {@code marginPx} around it. */
    public static Viewport fit(Envelope plane, double width, double height, double marginPx) {
        if (plane.isNull()) {
            return new Viewport(0, 0, 10, width, height);
        }
        double w = Math.max(width - 2 * marginPx, 1);
        double h = Math.max(height - 2 * marginPx, 1);
        double scale = Math.min(w / Math.max(plane.getWidth(), 1e-6), h / Math.max(plane.getHeight(), 1e-6));
        return new Viewport(plane.centre().x, plane.centre().y, clamp(scale), width, height);
    }

    public double screenX(double planeX) {
        return (planeX - centreX) * pxPerKm + width / 2;
    }

    public double screenY(double planeY) {
        return height / 2 - (planeY - centreY) * pxPerKm;
    }

    public Coordinate toPlane(double screenX, double screenY) {
        return new Coordinate(centreX + (screenX - width / 2) / pxPerKm, centreY - (screenY - height / 2) / pxPerKm);
    }

    /** The part of the plane in view. */
    public Envelope planeEnvelope() {
        Coordinate topLeft = toPlane(0, 0);
        Coordinate bottomRight = toPlane(width, height);
        return new Envelope(topLeft.x, bottomRight.x, topLeft.y, bottomRight.y);
    }

    /** The map dragged by {@code dx, dy} pixels: what was under the pointer stays under it. */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(centreX - dx / pxPerKm, centreY + dy / pxPerKm, pxPerKm, width, height);
    }

    /** Zoomed by {@code factor} (above 1: in) about a screen point, which stays where it is; within the limits. */
    public Viewport zoomAt(double screenX, double screenY, double factor) {
        double scale = clamp(pxPerKm * factor);
        Coordinate anchor = toPlane(screenX, screenY);
        double cx = anchor.x - (screenX - width / 2) / scale;
        double cy = anchor.y + (screenY - height / 2) / scale;
        return new Viewport(cx, cy, scale, width, height);
    }

    /** The same centre and scale in a view of another size. */
    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(centreX, centreY, pxPerKm, newWidth, newHeight);
    }

    private static double clamp(double scale) {
        return Math.max(MIN_PX_PER_KM, Math.min(MAX_PX_PER_KM, scale));
    }
}
