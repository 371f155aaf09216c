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

    /** Every problem of {@code edit}, at most one per field; removed villages and teams count as absent. */
    public static List<PlaceProblem> check(TeamEdit edit, List<Village> villages, List<ResponsibilityTeam> teams) {
        List<PlaceProblem> out = new ArrayList<>();
        Long village = edit.villageId();
        if (village == null) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.REQUIRED));
        } else if (Places.live(villages, village, Village::id, Village::meta).isEmpty()) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.UNKNOWN));
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
