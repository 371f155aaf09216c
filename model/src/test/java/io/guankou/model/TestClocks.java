package io.guankou.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of the model's tests: a fixed instant in the township's zone, so that a test means the same
 * at any hour of the day and in any zone the machine runs in.
 */
public final class TestClocks {

    /** China Standard Time, the zone the offices work in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Thursday 5 January 2023, 10:00 in Shanghai (02:00 UTC). */
    public static final Clock FIXED = Clock.fixed(Instant.parse("2023-01-05T02:00:00Z"), ZONE);
    /** The date of {@link #FIXED} in {@link #ZONE}. */
    public static final LocalDate TODAY = LocalDate.now(FIXED);

    private TestClocks() {
    }

    /** Ten past midnight on {@link #TODAY} in Shanghai: still the day before in UTC and in every zone west of it. */
    public static Clock justAfterMidnight() {
        return Clock.fixed(TODAY.atTime(0, 10).atZone(ZONE).toInstant(), ZONE);
    }
}
