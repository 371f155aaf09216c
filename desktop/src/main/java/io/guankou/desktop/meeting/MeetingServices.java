package io.guankou.desktop.meeting;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.meeting.DailySnapshots;
import io.guankou.persistence.meeting.FacilityDayRepository;
import io.guankou.persistence.meeting.SnapshotRepository;
import java.time.Clock;
import java.util.Objects;

/** What the meeting view's models work with, built once in the composition root. */
public record MeetingServices(DailySnapshots snapshots, SnapshotRepository store, FacilityDayRepository facilityDays,
                              TaskRunner runner, DataEvents events, Clock clock, String userName) {

    public MeetingServices {
        Objects.requireNonNull(snapshots);
        Objects.requireNonNull(store);
        Objects.requireNonNull(facilityDays);
        Objects.requireNonNull(runner);
        Objects.requireNonNull(events);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(userName);
    }
}
