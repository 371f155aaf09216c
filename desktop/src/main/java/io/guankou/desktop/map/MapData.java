package io.guankou.desktop.map;

import io.guankou.model.followup.OverdueRow;
import io.guankou.model.map.MapGeometry;
import io.guankou.model.map.PlaceFigures;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything one map shows, loaded and computed together off the FX thread: the shapes, names, figures per village
 * and per township, facilities, ambulance bases, and the overdue persons per village (for the right-click list).
 *
 * @param oximetersKnown whether any oximeter holder exists (else the layer says there is nothing to show)
 * @param coverageKnown  whether any ambulance is recorded
 */
public record MapData(LocalDateTime asOf, MapGeometry geometry, Map<Long, String> villageNames,
                      Map<String, String> townshipNames, Map<Long, PlaceFigures> villages,
                      Map<String, PlaceFigures> townships, List<FacilityMark> facilities, List<AmbulanceBase> bases,
                      Map<Long, List<OverdueRow>> overdue, boolean oximetersKnown, boolean coverageKnown) {

    public MapData {
        villageNames = Map.copyOf(villageNames);
        townshipNames = Map.copyOf(townshipNames);
        villages = Map.copyOf(villages);
        townships = Map.copyOf(townships);
        facilities = List.copyOf(facilities);
        bases = List.copyOf(bases);
        overdue = Map.copyOf(overdue);
    }

    public PlaceFigures village(long id) {
        return villages.getOrDefault(id, PlaceFigures.NONE);
    }

    public PlaceFigures township(String code) {
        return townships.getOrDefault(code, PlaceFigures.NONE);
    }

    public String villageName(long id) {
        return villageNames.getOrDefault(id, "#" + id);
    }

    /** The township's name, or its code when the ledger does not know it. */
    public String townshipName(String code) {
        return townshipNames.getOrDefault(code, code);
    }

    /** The most key persons of any village (the glyphs' scale). */
    public int mostVillageKeyPersons() {
        return villages.values().stream().mapToInt(PlaceFigures::keyPersons).max().orElse(0);
    }

    public int mostTownshipKeyPersons() {
        return townships.values().stream().mapToInt(PlaceFigures::keyPersons).max().orElse(0);
    }

    public List<OverdueRow> overdueIn(long villageId) {
        return overdue.getOrDefault(villageId, List.of());
    }
}
