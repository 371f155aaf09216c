package io.guankou.model.map;

/**
 * The scale bar: the longest round length (1, 2 or 5 times a power of ten, in metres) that fits in
 * {@code maxPx} pixels at the map's scale.
 *
 * @param metres the length the bar stands for
 * @param px     its length on screen
 */
public record ScaleBar(long metres, double px) {

    private static final long[] STEPS = {1, 2, 5};

    public static ScaleBar choose(double pxPerKm, double maxPx) {
        double maxMetres = maxPx / pxPerKm * 1000;
        long best = 1;
        for (long power = 1; power <= 10_000_000L; power *= 10) {
            for (long step : STEPS) {
                long metres = step * power;
                if (metres <= maxMetres) {
                    best = metres;
                }
            }
        }
        return new ScaleBar(best, best / 1000.0 * pxPerKm);
    }

    /** Whether the length reads best in kilometres (1 km and more). */
    public boolean inKilometres() {
        return metres >= 1000;
    }
}
