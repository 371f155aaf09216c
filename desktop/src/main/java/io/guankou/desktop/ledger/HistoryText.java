package io.guankou.desktop.ledger;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.org.FamilyDoctorTeam;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.person.Control;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Sex;
import io.guankou.model.person.SheetSource;
import io.guankou.model.person.Vaccination;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.person.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the stored text of a history row back into words: enum names into labels, row ids into names,
 * an override "RED|who|when|why" into "red (who: why)", an import's creation "file.xlsx#12" into "from sheet
 * file.xlsx, row 12" in the user's language. Unknown shapes are shown as stored.
 */
final class HistoryText {

    private final Messages msg;
    private final PlaceLists lists;

    HistoryText(Messages msg, PlaceLists lists) {
        this.msg = msg;
        this.lists = lists;
    }

    /** The history field of a person created by an import (one row: the sheet and its row). */
    static final String CREATED = SheetSource.HISTORY_FIELD;

    /** The stored field names of a history row and their labels' keys. */
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("name", "history.field.name"),
            Map.entry("residentId", "history.field.residentId"),
            Map.entry("sex", "history.field.sex"),
            Map.entry("birthDate", "history.field.birthDate"),
            Map.entry("phone", "history.field.phone"),
            Map.entry("emergencyContactName", "history.field.emergencyContactName"),
            Map.entry("emergencyContactPhone", "history.field.emergencyContactPhone"),
            Map.entry("villageId", "history.field.villageId"),
            Map.entry("gridId", "history.field.gridId"),
            Map.entry("householdId", "history.field.householdId"),
            Map.entry("address", "history.field.address"),
            Map.entry("livingSituations", "history.field.livingSituations"),
            Map.entry("mobility", "history.field.mobility"),
            Map.entry("comorbidities", "history.field.comorbidities"),
            Map.entry("vaccination", "history.field.vaccination"),
            Map.entry("infection", "history.field.infection"),
            Map.entry("infectionDate", "history.field.infectionDate"),
            Map.entry("pregnant", "history.field.pregnant"),
            Map.entry("familyDoctorTeamId", "history.field.familyDoctorTeamId"),
            Map.entry("familyDoctorContractDate", "history.field.familyDoctorContractDate"),
            Map.entry("responsibilityTeamId", "history.field.responsibilityTeamId"),
            Map.entry("oximeterSerial", "history.field.oximeterSerial"),
            Map.entry("healthPackIssued", "history.field.healthPackIssued"),
            Map.entry("tierOverride", "history.field.tierOverride"),
            Map.entry("departure", "history.field.departure"),
            Map.entry("computedTier", "history.field.computedTier"),
            Map.entry(CREATED, "history.field.created"));

    String field(String field) {
        String key = FIELD_KEYS.get(field);
        return key == null ? field : msg.get(key);
    }

    String value(String field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return msg.get("history.empty");
        }
        try {
            return switch (field) {
                case "sex" -> msg.label(Sex.valueOf(stored));
                case "mobility" -> msg.label(Mobility.valueOf(stored));
                case "vaccination" -> msg.label(Vaccination.valueOf(stored));
                case "infection" -> msg.label(InfectionState.valueOf(stored));
                case "computedTier" -> msg.label(Tier.valueOf(stored));
                case "pregnant" -> msg.get(Boolean.parseBoolean(stored) ? "history.yes" : "history.no");
                case "livingSituations" -> list(stored, s -> msg.label(LivingSituation.valueOf(s)));
                case "comorbidities" -> list(stored, this::comorbidity);
                case "villageId" -> name(stored, PlaceKind.VILLAGE, lists.villages(), Village::id, Village::name);
                case "gridId" -> name(stored, PlaceKind.GRID, lists.grids(), Grid::id, Grid::name);
                case "responsibilityTeamId" -> name(stored, PlaceKind.TEAM, lists.teams(), ResponsibilityTeam::id,
                        ResponsibilityTeam::name);
                case "familyDoctorTeamId" -> name(stored, lists.doctorTeams(), FamilyDoctorTeam::id,
                        FamilyDoctorTeam::name);
                case "tierOverride" -> override(stored);
                case "departure" -> departure(stored);
                case SheetSource.HISTORY_FIELD -> created(stored);
                default -> stored;
            };
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    private String comorbidity(String s) {
        String[] parts = s.split(":");
        String disease = msg.label(Disease.valueOf(parts[0]));
        return parts.length > 1 ? disease + "(" + msg.label(Control.valueOf(parts[1])) + ")" : disease;
    }

    private String override(String stored) {
        String[] p = stored.split("\\|", 4);
        if (p.length < 4) {
            return stored;
        }
        return msg.format("history.override", msg.label(Tier.valueOf(p[0])), p[1], p[3]);
    }

    /** "file#row": the row number follows the last '#', so a file name may hold one. */
    private String created(String stored) {
        return SheetSource.parse(stored)
                .map(s -> msg.format("history.createdFromSheet", s.fileName(), String.valueOf(s.rowNumber())))
                .orElse(stored);
    }

    private String departure(String stored) {
        String[] p = stored.split("\\|", 2);
        return p.length < 2 ? stored : msg.label(Departure.Reason.valueOf(p[0])) + " " + p[1];
    }

    private String list(String stored, Function<String, String> label) {
        List<String> out = new ArrayList<>();
        for (String s : stored.split(",")) {
            out.add(label.apply(s.strip()));
        }
        return msg.join(out);
    }

    private static <T> String name(String stored, List<T> items, Function<T, Long> id, Function<T, String> name) {
        long wanted = Long.parseLong(stored);
        return items.stream().filter(i -> id.apply(i) == wanted).map(name).findFirst().orElse("#" + stored);
    }

    /** A place in the lists, or one merged or removed since (by its last name). */
    private <T> String name(String stored, PlaceKind kind, List<T> items, Function<T, Long> id,
                            Function<T, String> name) {
        long wanted = Long.parseLong(stored);
        return items.stream().filter(i -> id.apply(i) == wanted).map(name).findFirst()
                .or(() -> lists.names().name(kind, wanted)).orElse("#" + stored);
    }
}
