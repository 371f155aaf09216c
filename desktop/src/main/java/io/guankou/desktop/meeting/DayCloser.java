package io.guankou.desktop.meeting;

import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.task.SafeTrace;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import javafx.animation.PauseTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the daily snapshots while the window is open: shortly after start the days missed while the PC was off are
 * closed (late), and at each midnight the day that ended is closed on time. This is the one timer of the meeting: the
 * dashboard itself refreshes on data events only. A failure is logged and said on the dashboard's next load (the day
 * is then closed late).
 */
public final class DayCloser {

    private static final Logger LOG = LoggerFactory.getLogger(DayCloser.class);
    /** After start: leave the first seconds to the window. */
    static final Duration START_DELAY = Duration.ofSeconds(20);
    /** After midnight, so the closing falls in the new day for sure. */
    static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(1);

    private final MeetingServices services;
    private PauseTransition pending;

    public DayCloser(MeetingServices services) {
        this.services = services;
    }

    public void start() {
        arm(START_DELAY, this::closeMissed);
    }

    public void stop() {
        if (pending != null) {
            pending.stop();
        }
    }

    private void closeMissed() {
        LocalDateTime now = LocalDateTime.now(services.clock()).truncatedTo(ChronoUnit.MINUTES);
        services.runner().run("meeting-close-missed", () -> services.snapshots().closeMissedDays(now), days -> {
            if (!days.isEmpty()) {
                LOG.info("Closed {} missed day(s) of meeting figures late", days.size());
                services.events().publish(new DataChange.MeetingDataSaved());
            }
            armMidnight();
        }, error -> {
            LOG.warn("The missed days' meeting figures could not be stored: {}", SafeTrace.of(error));
            armMidnight();
        });
    }

    private void armMidnight() {
        LocalDateTime now = LocalDateTime.now(services.clock());
        LocalDateTime next = now.toLocalDate().plusDays(1).atStartOfDay().plus(AFTER_MIDNIGHT);
        arm(Duration.between(now, next), this::closeMissed);
    }

    private void arm(Duration after, Runnable then) {
        stop();
        pending = new PauseTransition(javafx.util.Duration.millis(Math.max(1, after.toMillis())));
        pending.setOnFinished(e -> then.run());
        pending.play();
    }
}
