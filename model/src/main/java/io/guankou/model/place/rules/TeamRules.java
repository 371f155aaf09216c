package io.guankou.model.place.rules;

import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a responsibility team must be (DOMAIN.md §1): in a village of the ledger, a name unique in that village. */
public final class TeamRules {

    private TeamRules() {
    }

    /** A new team, or one that holds nothing: {@link #check(TeamEdit, List, List, PlaceUse)}. */
    public static List<PlaceProblem> check(TeamEdit edit, List<Village> villages, List<ResponsibilityTeam> teams) {
        return check(edit, villages, teams, PlaceUse.NONE);
    }

    /**
     * Every problem of {@code edit}, at most one per field; removed villages and teams count as absent.
     *
     * @param use what the stored team holds now: serving grids or persons it keeps its village
     */
    public static List<PlaceProblem> check(TeamEdit edit, List<Village> villages, List<ResponsibilityTeam> teams,
                                           PlaceUse use) {
        List<PlaceProblem> out = new ArrayList<>();
        Long village = edit.villageId();
        Optional<ResponsibilityTeam> stored = Places.live(teams, edit.id(), ResponsibilityTeam::id,
                ResponsibilityTeam::meta);
        if (village == null) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.REQUIRED));
        } else if (Places.live(villages, village, Village::id, Village::meta).isEmpty()) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.UNKNOWN));
        } else if (stored.isPresent() && stored.get().villageId() != village
                && use.persons() + use.departedPersons() + use.grids() > 0) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.KEEPS_ITS_VILLAGE));
        }
        String key = PlaceNameRule.key(edit.name());
        PlaceNameRule.check(edit.name()).or(() -> village != null && teams.stream()
                        .filter(t -> t.id() != edit.id() && t.villageId() == village && !Places.isRemoved(t.meta()))
                        .anyMatch(t -> PlaceNameRule.key(t.name()).equals(key))
                        ? Optional.of(PlaceProblem.Kind.NAME_TAKEN_IN_VILLAGE) : Optional.empty())
                .ifPresent(k -> out.add(new PlaceProblem(PlaceField.NAME, k)));
        return out;
    }
}
