package io.guankou.desktop.map;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.boundary.BoundaryRepository;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.oximeter.OximeterRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.transport.CoverageSettingsRepository;
import io.guankou.persistence.transport.TransportRepository;
import java.time.Clock;
import java.util.Objects;

/** What the map reads (the repositories, built by the composition root), the runner, the events and the clock. */
public record MapServices(BoundaryRepository boundaries, PlaceRepository places, LedgerRepository ledger,
                          FollowUpRepository followUps, FollowUpSettingsRepository followUpSettings,
                          OximeterRepository oximeters, TransportRepository transport,
                          CoverageSettingsRepository coverageSettings, TaskRunner runner, DataEvents events,
                          Clock clock) {

    public MapServices {
        Objects.requireNonNull(boundaries, "boundaries");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(followUps, "followUps");
        Objects.requireNonNull(followUpSettings, "followUpSettings");
        Objects.requireNonNull(oximeters, "oximeters");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(coverageSettings, "coverageSettings");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(clock, "clock");
    }
}
