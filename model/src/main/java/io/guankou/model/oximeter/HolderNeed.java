package io.guankou.model.oximeter;

/**
 * What a holder's persons need (DOMAIN.md §6, issue 13): the red and the yellow persons it serves, and the persons
 * 65 or older at risk of severe illness who cannot move about easily and have no oximeter at home (those a device
 * can be issued to).
 */
public record HolderNeed(int red, int yellow, int atRiskWithout) {

    public static final HolderNeed NONE = new HolderNeed(0, 0, 0);

    public HolderNeed {
        if (red < 0 || yellow < 0 || atRiskWithout < 0) {
            throw new IllegalArgumentException("negative need");
        }
    }

    /**
     * The weight of the holder's claim once minimums are met: red + yellow + at-risk persons without one (such a
     * person is usually red or yellow as well, and so counts twice).
     */
    public int points() {
        return red + yellow + atRiskWithout;
    }
}
