package io.guankou.desktop.places;

import io.guankou.model.org.Facility;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceKind;
import io.guankou.model.place.rules.PlaceNames;
import io.guankou.model.place.rules.PlaceUses;
import io.guankou.model.place.rules.PlaceholderVillageCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the places editor shows, loaded together: the township's code, the places in the ledger (and the
 * removed villages, whose codes stay taken), what each place holds, which village codes are settled, and the name of
 * every place ever (for the history).
 */
public record PlaceData(String townshipCode, List<Village> villages, List<Village> removedVillages, List<Grid> grids,
                        Map<Long, Long> gridTeams, List<ResponsibilityTeam> teams, List<Facility> facilities,
                        PlaceUses uses, Set<Long> settledCodes, PlaceNames names) {

    public static final PlaceData EMPTY = new PlaceData("", List.of(), List.of(), List.of(), Map.of(), List.of(),
            List.of(), PlaceUses.NONE, Set.of(), PlaceNames.NONE);

    public PlaceData {
        villages = List.copyOf(villages);
        removedVillages = List.copyOf(removedVillages);
        grids = List.copyOf(grids);
        gridTeams = Map.copyOf(gridTeams);
        teams = List.copyOf(teams);
        facilities = List.copyOf(facilities);
        settledCodes = Set.copyOf(settledCodes);
    }

    /** Villages in the ledger and removed ones: what the code rule checks against. */
    public List<Village> allVillages() {
        List<Village> all = new ArrayList<>(villages);
        all.addAll(removedVillages);
        return all;
    }

    /** Where a village stands in the list (by code); villages not in the ledger come last. */
    public int villageOrder(long id) {
        for (int i = 0; i < villages.size(); i++) {
            if (villages.get(i).id() == id) {
                return i;
            }
        }
        return villages.size();
    }

    public Optional<Village> village(long id) {
        return villages.stream().filter(v -> v.id() == id).findFirst();
    }

    public Optional<Grid> grid(long id) {
        return grids.stream().filter(g -> g.id() == id).findFirst();
    }

    public Optional<ResponsibilityTeam> team(long id) {
        return teams.stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<Facility> facility(long id) {
        return facilities.stream().filter(f -> f.id() == id).findFirst();
    }

    /** The team serving a grid, or null. */
    public Long teamOf(long gridId) {
        return gridTeams.get(gridId);
    }

    /** The name of any place the ledger ever had; "#id" for one it never had. */
    public String name(PlaceKind kind, long id) {
        return names.name(kind, id).orElse("#" + id);
    }

    /** Whether the village's code is an import's placeholder the office has still to correct or confirm. */
    public boolean isPlaceholder(Village v) {
        return PlaceholderVillageCode.isPlaceholder(v, townshipCode, settledCodes.contains(v.id()));
    }
}
