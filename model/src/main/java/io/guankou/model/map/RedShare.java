package io.guankou.model.map;

/**
 * How a village is shaded on the tier map: by the share of its key persons in the red tier, in five classes. Class 0
 * is a village without red persons (or without key persons); then under 5%, 5% to under 10%, 10% to under 20%, and
 * 20% and more. The bounds are round numbers an office reads at a glance; a demo township of older people with
 * chronic disease spreads over all five.
 */
public final class RedShare {

    /** The lower bound of classes 2, 3 and 4, in percent. */
    static final int[] BOUNDS_PERCENT = {5, 10, 20};
    public static final int CLASSES = 5;

    private RedShare() {
    }

    /** The class of a village with {@code red} of {@code keyPersons} in the red tier. */
    public static int classOf(int red, int keyPersons) {
        if (red <= 0 || keyPersons <= 0) {
            return 0;
        }
        long percentTimesHundred = 100L * 100 * red / keyPersons; // in hundredths of a percent, rounded down
        int c = 1;
        for (int bound : BOUNDS_PERCENT) {
            if (percentTimesHundred >= bound * 100L) {
                c++;
            }
        }
        return c;
    }

    /** The legend's text bounds of class {@code c} in percent: {@code [from, to)}, {@code to} -1 for open-ended. */
    public static int[] boundsPercent(int c) {
        if (c <= 0) {
            return new int[]{0, 0};
        }
        int from = c == 1 ? 0 : BOUNDS_PERCENT[c - 2];
        int to = c - 1 < BOUNDS_PERCENT.length ? BOUNDS_PERCENT[c - 1] : -1;
        return new int[]{from, to};
    }
}
