package io.guankou.model.map;

/**
 * The small red/yellow/green glyph on each village: a ring whose area grows with the village's key persons, so a
 * village with four times the persons shows a glyph twice as wide, between {@value #MIN_RADIUS_PX} and
 * {@value #MAX_RADIUS_PX} pixels (the largest village of the map gets the largest).
 */
public final class Glyph {

    public static final double MIN_RADIUS_PX = 5;
    public static final double MAX_RADIUS_PX = 16;

    private Glyph() {
    }

    /** The radius for {@code keyPersons} when the map's largest village has {@code mostKeyPersons}. */
    public static double radiusPx(int keyPersons, int mostKeyPersons) {
        if (keyPersons <= 0 || mostKeyPersons <= 0) {
            return 0;
        }
        double r = MAX_RADIUS_PX * Math.sqrt((double) keyPersons / mostKeyPersons);
        return Math.max(MIN_RADIUS_PX, Math.min(MAX_RADIUS_PX, r));
    }
}
