package io.guankou.persistence.exchange;

import io.guankou.model.place.rules.PlaceEvent;
import io.guankou.model.place.rules.PlaceField;
import io.guankou.model.place.rules.PlaceKind;
import java.util.Map;
import java.util.Optional;

/**
 * Where a column's changes are written down by the rest of the ledger, so that a conflict can say who changed the
 * local value and when, and a choice can leave a history row: a person's columns in {@code person_change} under the
 * form's field names ({@code village_id} → {@code villageId}), a place's in {@code place_change} under a
 * {@link PlaceField} (a removal as {@link PlaceEvent#REMOVED}). Other tables keep no history.
 */
final class HistoryFields {

    static final Map<String, PlaceKind> PLACE_KINDS = Map.of(
            "village", PlaceKind.VILLAGE,
            "grid", PlaceKind.GRID,
            "responsibility_team", PlaceKind.TEAM,
            "team_member", PlaceKind.MEMBER,
            "facility", PlaceKind.FACILITY);

    private static final Map<String, PlaceField> PLACE_FIELDS = Map.ofEntries(
            Map.entry("code", PlaceField.CODE),
            Map.entry("name", PlaceField.NAME),
            Map.entry("urban_rural", PlaceField.URBAN_RURAL),
            Map.entry("longitude", PlaceField.LONGITUDE),
            Map.entry("latitude", PlaceField.LATITUDE),
            Map.entry("village_id", PlaceField.VILLAGE),
            Map.entry("responsibility_team_id", PlaceField.TEAM),
            Map.entry("team_id", PlaceField.TEAM),
            Map.entry("role", PlaceField.ROLE),
            Map.entry("phone", PlaceField.PHONE),
            Map.entry("medical", PlaceField.MEDICAL),
            Map.entry("type", PlaceField.TYPE),
            Map.entry("duty_phone", PlaceField.DUTY_PHONE),
            Map.entry("fever_clinic", PlaceField.FEVER_CLINIC));

    private HistoryFields() {
    }

    static boolean isPerson(String table) {
        return table.equals("person");
    }

    /** A person column's field name in {@code person_change}: the {@code Person} component it holds. */
    static String personField(String column) {
        if (column.equals("computed_tier")) {
            return "computedTier";
        }
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        String base = column.endsWith("_id") ? column.substring(0, column.length() - 3) + "Id" : column;
        for (char c : base.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    static Optional<PlaceKind> placeKind(String table) {
        return Optional.ofNullable(PLACE_KINDS.get(table));
    }

    /**
     * A place column's field in {@code place_change} (the tombstone stays {@code deleted}; the places editor writes a
     * removal as the event {@link PlaceEvent#REMOVED}, which {@link #placeRemoval} names).
     */
    static String placeField(String column) {
        PlaceField f = PLACE_FIELDS.get(column);
        return f == null ? column : f.name();
    }

    /** The event the places editor writes when it removes a place. */
    static String placeRemoval() {
        return PlaceEvent.REMOVED.name();
    }

    /** A stored value as the history writes it (booleans as {@code true}/{@code false}, as the forms do). */
    static String historyValue(ColumnKind kind, String value) {
        if (value == null || kind != ColumnKind.BOOLEAN) {
            return value;
        }
        return Boolean.toString(!value.equals("0"));
    }
}
