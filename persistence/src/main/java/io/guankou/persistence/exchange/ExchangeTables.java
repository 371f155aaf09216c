package io.guankou.persistence.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables a package carries, parents before the rows that point at them (docs/package-format.md). Not here:
 * {@code export_log} (this office's own), {@code person_last_contact} (derived from contacts by triggers), the
 * migration history and the exchange bookkeeping of V6. {@code ExchangeTablesTest} checks this list against the
 * schema, so a column added by a later migration cannot be forgotten.
 */
public final class ExchangeTables {

    /** {@code place_change.place_id} points into the table its {@code entity} names. */
    public static final String PLACE_CHANGE_PLACE = "place_id";

    /** {@code place_change.entity} (model.place.rules.PlaceKind) → the table of its {@code place_id}. */
    public static final Map<String, String> PLACE_ENTITY_TABLES = Map.of(
            "VILLAGE", "village",
            "GRID", "grid",
            "TEAM", "responsibility_team",
            "MEMBER", "team_member",
            "FACILITY", "facility");

    public static final List<ExchangeTable> ALL = List.of(
            table("township", List.of("code", "name"), Map.of()),
            table("village", List.of("code", "name", "urban_rural", "longitude", "latitude"), Map.of()),
            table("facility", List.of("type", "name", "village_id", "duty_phone", "fever_clinic", "longitude",
                    "latitude"), Map.of("village_id", "village")),
            table("family_doctor_team", List.of("name", "facility_id", "leader"), Map.of("facility_id", "facility")),
            table("responsibility_team", List.of("name", "village_id"), Map.of("village_id", "village")),
            table("grid", List.of("village_id", "name", "responsibility_team_id"),
                    Map.of("village_id", "village", "responsibility_team_id", "responsibility_team")),
            table("team_member", List.of("team_id", "name", "role", "phone", "medical"),
                    Map.of("team_id", "responsibility_team")),
            table("household", List.of("village_id", "grid_id", "address"),
                    Map.of("village_id", "village", "grid_id", "grid")),
            table("person", List.of("name", "resident_id", "sex", "birth_date", "phone", "emergency_contact_name",
                    "emergency_contact_phone", "village_id", "grid_id", "household_id", "address",
                    "living_situations", "mobility", "vaccination", "infection", "infection_date", "pregnant",
                    "family_doctor_team_id", "family_doctor_contract_date", "responsibility_team_id",
                    "oximeter_serial", "health_pack_issued", "computed_tier", "override_tier", "override_by",
                    "override_at", "override_reason", "departure_reason", "departure_date"),
                    Map.of("village_id", "village", "grid_id", "grid", "household_id", "household",
                            "family_doctor_team_id", "family_doctor_team",
                            "responsibility_team_id", "responsibility_team")),
            table("comorbidity", List.of("person_id", "disease", "control"), Map.of("person_id", "person")),
            table("infection_episode", List.of("person_id", "start_date", "home_treatment", "end_date"),
                    Map.of("person_id", "person")),
            table("contact", List.of("person_id", "at", "made_by", "mode", "reached", "temperature", "spo2", "note",
                    "symptoms", "antigen", "needs", "action"), Map.of("person_id", "person")),
            table("referral", List.of("person_id", "contact_id", "triggers", "opened_at", "opened_by", "destination",
                    "transport", "escort", "status", "status_at", "outcome", "updated_by"),
                    Map.of("person_id", "person", "contact_id", "contact")),
            table("person_change", List.of("person_id", "field", "old_value", "new_value", "changed_by",
                    "changed_at"), Map.of("person_id", "person")),
            table("place_change", List.of("entity", "place_id", "field", "old_value", "new_value", "changed_by",
                    "changed_at"), Map.of()),
            table("setting", List.of("key", "value", "updated_by"), Map.of()),
            // coverage (issue 13)
            table("ambulance", List.of("facility_id", "plate", "networked", "status", "updated_by"), Map.of("facility_id", "facility")),
            table("fleet_vehicle", List.of("owner", "phone", "seats", "availability", "updated_by"), Map.of()),
            table("village_travel_time", List.of("village_id", "minutes", "updated_by"), Map.of("village_id", "village")),
            // oximeters (issue 13)
            table("oximeter", List.of("serial", "condition", "holder_kind", "facility_id", "village_id",
                    "family_doctor_team_id", "responsibility_team_id", "person_id", "held_since", "delivered_on",
                    "returned_on", "note"), Map.of("facility_id", "facility", "village_id", "village",
                    "family_doctor_team_id", "family_doctor_team", "responsibility_team_id", "responsibility_team",
                    "person_id", "person")),
            table("oximeter_move", List.of("oximeter_id", "event", "holder_kind", "facility_id", "village_id",
                    "family_doctor_team_id", "responsibility_team_id", "person_id", "condition", "on_date", "moved_by",
                    "moved_at", "note"), Map.of("oximeter_id", "oximeter", "facility_id", "facility",
                    "village_id", "village", "family_doctor_team_id", "family_doctor_team",
                    "responsibility_team_id", "responsibility_team", "person_id", "person")),
            // boundaries (issue 12)
            table("village_boundary", List.of("village_id", "geometry", "display_geometry", "label_longitude", "label_latitude", "area_km2", "min_longitude",
                    "min_latitude", "max_longitude", "max_latitude", "source", "updated_by"), Map.of("village_id", "village")),
            table("grid_boundary", List.of("grid_id", "geometry", "display_geometry", "label_longitude", "label_latitude", "area_km2", "min_longitude",
                    "min_latitude", "max_longitude", "max_latitude", "source", "updated_by"), Map.of("grid_id", "grid")),
            // supplies (issue 14)
            table("supply_item", List.of("kind", "name", "unit", "per_person", "updated_by"), Map.of()),
            table("supply_population", List.of("facility_id", "population", "updated_by"),
                    Map.of("facility_id", "facility")),
            table("supply_movement", List.of("facility_id", "item_id", "kind", "quantity", "on_date", "recorded_by",
                    "recorded_at", "note"), Map.of("facility_id", "facility", "item_id", "supply_item")),
            table("health_pack", List.of("person_id", "handed_on", "handed_by", "recorded_by", "recorded_at", "note"),
                    Map.of("person_id", "person")),
            table("returnee", List.of("name", "phone", "village_id", "household_id", "address", "arrival_date",
                    "from_place", "clinic_number_given", "advice_given", "updated_by"),
                    Map.of("village_id", "village", "household_id", "household")),
            // the dispatch meeting (issue 15): daily entries and the day's figures, for the county's report
            table("facility_day", List.of("facility_id", "day", "staff_total", "staff_on_duty", "staff_infected",
                    "fever_visits", "updated_by"), Map.of("facility_id", "facility")),
            table("daily_snapshot", List.of("day", "taken_at", "late", "red", "yellow", "green", "contacts_due",
                    "contacts_done", "contacts_made", "overdue", "with_target", "meeting_target", "new_infections",
                    "spo2_alerts", "referrals_opened", "open_referrals", "oldest_open_referral", "oximeter_shortfall",
                    "lowest_supply_facility", "lowest_supply_item", "lowest_supply_days", "ambulances_networked",
                    "ambulances_available", "staff_facilities", "staff_total", "staff_on_duty", "staff_infected",
                    "fever_visits", "returnees", "family_doctor_percent"), Map.of()),
            table("daily_snapshot_village", List.of("snapshot_id", "village_id", "with_target", "meeting_target",
                    "overdue"), Map.of("snapshot_id", "daily_snapshot", "village_id", "village")),
            // the dispatch meeting's action lists (issue 15)
            table("action_item", List.of("kind", "text", "owner", "due_date", "status", "outcome", "village_id",
                    "facility_id", "person_id", "created_on", "created_by", "closed_on", "closed_by", "updated_by"),
                    Map.of("village_id", "village", "facility_id", "facility", "person_id", "person")));

    private ExchangeTables() {
    }

    public static Optional<ExchangeTable> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static ExchangeTable table(String name, List<String> dataColumns, Map<String, String> references) {
        return new ExchangeTable(name, dataColumns, references);
    }
}
