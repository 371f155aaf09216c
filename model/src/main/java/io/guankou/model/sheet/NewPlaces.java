package io.guankou.model.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grids and teams a sheet names that the ledger does not have, as one plan sees them: each in the village its
 * rows are written to (the village the user mapped a sheet village to), and two of one name in one village (the
 * sheet spelt their village two ways) merged into the first, whose placeholder the rows of both then carry.
 */
final class NewPlaces {

    private final Map<Long, Long> gridAlias = new HashMap<>();
    private final Map<Long, Long> teamAlias = new HashMap<>();
    private final List<UnknownGrid> grids;
    private final List<UnknownTeam> teams;

    NewPlaces(List<UnknownGrid> unknownGrids, List<UnknownTeam> unknownTeams, Map<Long, VillageChoice> villages) {
        Map<String, UnknownGrid> g = new LinkedHashMap<>();
        for (UnknownGrid u : unknownGrids) {
            long village = village(u.villageId(), villages);
            String key = village + "|" + SheetText.normalise(u.name());
            UnknownGrid first = g.get(key);
            if (first == null) {
                g.put(key, new UnknownGrid(u.placeholderId(), village, u.name(), u.rows()));
                gridAlias.put(u.placeholderId(), u.placeholderId());
            } else {
                g.put(key, new UnknownGrid(first.placeholderId(), village, first.name(), first.rows() + u.rows()));
                gridAlias.put(u.placeholderId(), first.placeholderId());
            }
        }
        Map<String, UnknownTeam> t = new LinkedHashMap<>();
        for (UnknownTeam u : unknownTeams) {
            long village = village(u.villageId(), villages);
            String key = village + "|" + SheetText.normalise(u.name());
            UnknownTeam first = t.get(key);
            if (first == null) {
                t.put(key, new UnknownTeam(u.placeholderId(), village, u.name(), u.leader(), u.rows()));
                teamAlias.put(u.placeholderId(), u.placeholderId());
            } else {
                t.put(key, new UnknownTeam(first.placeholderId(), village, first.name(),
                        first.leader() != null ? first.leader() : u.leader(), first.rows() + u.rows()));
                teamAlias.put(u.placeholderId(), first.placeholderId());
            }
        }
        this.grids = List.copyOf(new ArrayList<>(g.values()));
        this.teams = List.copyOf(new ArrayList<>(t.values()));
    }

    /** The placeholder a row naming grid {@code placeholderId} carries. */
    long grid(long placeholderId) {
        return gridAlias.getOrDefault(placeholderId, placeholderId);
    }

    long team(long placeholderId) {
        return teamAlias.getOrDefault(placeholderId, placeholderId);
    }

    List<UnknownGrid> grids() {
        return grids;
    }

    List<UnknownTeam> teams() {
        return teams;
    }

    private static long village(long villageId, Map<Long, VillageChoice> villages) {
        if (SheetVillages.isPlaceholder(villageId) && villages.get(villageId) instanceof VillageChoice.MapTo m) {
            return m.villageId();
        }
        return villageId;
    }
}
