package io.guankou.desktop.places;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.TaskRunner;
import io.guankou.persistence.placeedit.PlaceEditor;
import io.guankou.persistence.placeedit.PlaceHistoryRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.placeedit.PlaceUseRepository;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the places editor's view-models work with, built in the composition root: the place readers, the editor
 * that writes, the runner for background work, the event bus, the user's name and the office's zone.
 */
public record PlaceServices(PlaceRepository places, PlaceHistoryRepository history, PlaceUseRepository uses,
                            PlaceEditor editor, TaskRunner runner, DataEvents events, String userName, ZoneId zone) {

    public PlaceServices {
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(uses, "uses");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(zone, "zone");
    }
}
