package io.guankou.desktop.resources.coverage;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.transport.CoverageSettingsRepository;
import io.guankou.persistence.transport.TransportRepository;
import java.util.Objects;

/** What the coverage tab works with: the repositories (built by the composition root), the runner, the events, the user. */
public record TransportServices(TransportRepository transport, CoverageSettingsRepository settings,
                                PlaceRepository places, TaskRunner runner, DataEvents events, String user) {

    public TransportServices {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(user, "user");
    }
}
