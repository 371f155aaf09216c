package io.guankou.model.meeting;

/** Whole percentages as the meeting reads them: rounded half up, none of nothing. */
public final class Percent {

    private Percent() {
    }

    /** {@code part} of {@code whole} in whole percent, rounded half up; null when {@code whole} is 0. */
    public static Integer of(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return (int) ((part * 200 + whole) / (whole * 2));
    }
}
