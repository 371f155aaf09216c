package io.guankou.model.healthpack;

/** "先高龄（80岁以上）后低龄（60—80岁）"; under 60 only in the optional extension to high-risk people. */
public enum AgeBand {
    EIGHTY_PLUS,
    SIXTY_TO_79,
    UNDER_60;

    public static AgeBand of(int age) {
        return age >= 80 ? EIGHTY_PLUS : age >= 60 ? SIXTY_TO_79 : UNDER_60;
    }
}
