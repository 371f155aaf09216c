package io.guankou.desktop.resources.supply;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.supply.SupplyRepository;
import io.guankou.persistence.supply.SupplySettingsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** What the supplies tab works with: the repositories (built by the composition root), runner, events, user, clock. */
public record SupplyServices(SupplyRepository supplies, SupplySettingsRepository settings, TaskRunner runner,
                             DataEvents events, String user, Clock clock) {

    public SupplyServices {
        Objects.requireNonNull(supplies, "supplies");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(clock, "clock");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
