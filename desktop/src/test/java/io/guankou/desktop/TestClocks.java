package io.guankou.desktop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The one clock of the desktop tests: a fixed instant in the township's zone, so a test passes at any hour in any
 * zone. {@link TestTownship} writes its demo for {@link #TODAY}, so the demo's contact history ends the evening
 * before the day this clock shows. A test that needs time to pass uses {@link #offset}.
 */
public final class TestClocks {

    /** The township's zone, whatever the machine's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Friday 2026-11-20, 10:00 in {@link #ZONE}. */
    public static final Instant INSTANT = Instant.parse("2026-11-20T02:00:00Z");
    /** A clock that always reads {@link #INSTANT} in {@link #ZONE}. */
    public static final Clock FIXED = Clock.fixed(INSTANT, ZONE);
    /** The date {@link #FIXED} shows: 2026-11-20. */
    public static final LocalDate TODAY = LocalDate.now(FIXED);
    /** The local time {@link #FIXED} shows: 2026-11-20T10:00. */
    public static final LocalDateTime NOW = LocalDateTime.now(FIXED);

    private TestClocks() {
    }

    /** A clock {@code by} after {@link #FIXED} (before it when negative), in the same zone. */
    public static Clock offset(Duration by) {
        return Clock.offset(FIXED, by);
    }

    /** A fixed clock that reads {@code local} in {@link #ZONE}. */
    public static Clock at(LocalDateTime local) {
        return Clock.fixed(local.atZone(ZONE).toInstant(), ZONE);
    }
}
