package io.guankou.desktop.resources.healthpack;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.healthpack.HealthPackRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** What the health-pack tab works with: repositories (built by the composition root), runner, events, user, clock. */
public record HealthPackServices(HealthPackRepository packs, LedgerRepository ledger, PlaceRepository places,
                                 TaskRunner runner, DataEvents events, String user, Clock clock) {

    public HealthPackServices {
        Objects.requireNonNull(packs, "packs");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(clock, "clock");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
