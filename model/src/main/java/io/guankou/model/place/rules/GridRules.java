package io.guankou.model.place.rules;

import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a grid must be (DOMAIN.md §1): in a village of the ledger, a name no other grid of that village has, and
 * served by a responsibility team of the same village, or by none yet.
 */
public final class GridRules {

    private GridRules() {
    }

    /** A new grid, or one that holds nothing: {@link #check(GridEdit, List, List, List, PlaceUse)}. */
    public static List<PlaceProblem> check(GridEdit edit, List<Village> villages, List<Grid> grids,
                                           List<ResponsibilityTeam> teams) {
        return check(edit, villages, grids, teams, PlaceUse.NONE);
    }

    /**
     * Every problem of {@code edit}, at most one per field; removed villages, grids and teams count as absent.
     *
     * @param use what the stored grid holds now: with persons or households it keeps its village
     */
    public static List<PlaceProblem> check(GridEdit edit, List<Village> villages, List<Grid> grids,
                                           List<ResponsibilityTeam> teams, PlaceUse use) {
        List<PlaceProblem> out = new ArrayList<>();
        Long village = edit.villageId();
        Optional<Grid> stored = Places.live(grids, edit.id(), Grid::id, Grid::meta);
        if (village == null) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.REQUIRED));
        } else if (Places.live(villages, village, Village::id, Village::meta).isEmpty()) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.UNKNOWN));
        } else if (stored.isPresent() && stored.get().villageId() != village
                && use.persons() + use.departedPersons() + use.households() > 0) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.KEEPS_ITS_VILLAGE));
        }
        String key = PlaceNameRule.key(edit.name());
        PlaceNameRule.check(edit.name()).or(() -> village != null && grids.stream()
                        .filter(g -> g.id() != edit.id() && g.villageId() == village && !Places.isRemoved(g.meta()))
                        .anyMatch(g -> PlaceNameRule.key(g.name()).equals(key))
                        ? Optional.of(PlaceProblem.Kind.NAME_TAKEN_IN_VILLAGE) : Optional.empty())
                .ifPresent(k -> out.add(new PlaceProblem(PlaceField.NAME, k)));
        if (edit.teamId() != null) {
            Optional<ResponsibilityTeam> team = Places.live(teams, edit.teamId(), ResponsibilityTeam::id,
                    ResponsibilityTeam::meta);
            if (team.isEmpty()) {
                out.add(new PlaceProblem(PlaceField.TEAM, PlaceProblem.Kind.UNKNOWN));
            } else if (village != null && team.get().villageId() != village) {
                out.add(new PlaceProblem(PlaceField.TEAM, PlaceProblem.Kind.OTHER_VILLAGE));
            }
        }
        return out;
    }
}
