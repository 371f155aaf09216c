package io.guankou.model.healthpack;

/** Older (80+) before younger (60–80); under 60 only in the optional extension to high-risk people. */
public enum AgeBand {
    EIGHTY_PLUS,
    SIXTY_TO_79,
    UNDER_60;

    public static AgeBand of(int age) {
        return age >= 80 ? EIGHTY_PLUS : age >= 60 ? SIXTY_TO_79 : UNDER_60;
    }
}
