package io.guankou.desktop.places;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.org.FacilityType;
import io.guankou.model.org.TeamRole;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.rules.PlaceChange;
import io.guankou.model.place.rules.PlaceEvent;
import io.guankou.model.place.rules.PlaceField;
import io.guankou.model.place.rules.PlaceKind;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/**
 * A place's history row in words: "2026-11-20 10:00 Dr Wang: name Longdong → New Longdong", events as "merged into Longdong";
 * ids of places as their names (removed ones too), class codes, roles and types as their labels. A member's row
 * in a team's history names the member. Unknown shapes are shown as stored.
 */
final class PlaceHistoryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages msg;
    private final PlaceData data;
    private final ZoneId zone;

    PlaceHistoryText(Messages msg, PlaceData data, ZoneId zone) {
        this.msg = msg;
        this.data = data;
        this.zone = zone;
    }

    String line(PlaceKind shown, PlaceChange c) {
        String when = WHEN.format(c.changedAt().atZone(zone));
        String who = c.kind() == shown ? c.changedBy()
                : msg.format("places.history.member", c.changedBy(), data.name(c.kind(), c.placeId()));
        Optional<PlaceEvent> event = constant(PlaceEvent.class, c.field());
        if (event.isPresent()) {
            String value = switch (event.get()) {
                case MERGED_INTO, MERGED_FROM -> place(c.kind(), c.newValue());
                case REMOVED -> "";
                default -> c.newValue() == null ? "" : c.newValue();
            };
            return msg.format("places.history.event", when, who, msg.label(event.get()), value);
        }
        Optional<PlaceField> field = constant(PlaceField.class, c.field());
        String label = field.map(msg::label).orElse(c.field());
        return msg.format("places.history.line", when, who, label, value(c.kind(), field, c.oldValue()),
                value(c.kind(), field, c.newValue()));
    }

    private String value(PlaceKind kind, Optional<PlaceField> field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return msg.get("places.history.empty");
        }
        if (field.isEmpty()) {
            return stored;
        }
        try {
            return switch (field.get()) {
                case URBAN_RURAL -> msg.label(UrbanRuralClass.fromCode(stored));
                case VILLAGE -> place(PlaceKind.VILLAGE, stored);
                case TEAM -> place(PlaceKind.TEAM, stored);
                case ROLE -> msg.label(TeamRole.valueOf(stored));
                case TYPE -> msg.label(FacilityType.valueOf(stored));
                case MEDICAL, FEVER_CLINIC -> msg.get(Boolean.parseBoolean(stored) ? "places.yes" : "places.no");
                default -> stored;
            };
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    private String place(PlaceKind kind, String id) {
        try {
            return data.name(kind, Long.parseLong(id));
        } catch (NumberFormatException e) {
            return id == null ? "" : id;
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }
}
