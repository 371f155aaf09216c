package io.guankou.desktop.ledger;

import io.guankou.model.org.FamilyDoctorTeam;
import io.guankou.model.org.ResponsibilityTeam;
import io.guankou.model.place.Grid;
import io.guankou.model.place.Village;
import io.guankou.model.place.rules.PlaceNames;
import io.guankou.model.tier.TierRules;
import java.util.List;

/**
 * The township's places and teams and the current tier rules, loaded together for filters and the form;
 * {@code names} also knows the places merged or removed since (a person's history still names them).
 */
public record PlaceLists(List<Village> villages, List<Grid> grids, List<ResponsibilityTeam> teams,
                         List<FamilyDoctorTeam> doctorTeams, TierRules rules, PlaceNames names) {

    public static final PlaceLists EMPTY = new PlaceLists(List.of(), List.of(), List.of(), List.of(),
            TierRules.defaults());

    public PlaceLists {
        villages = List.copyOf(villages);
        grids = List.copyOf(grids);
        teams = List.copyOf(teams);
        doctorTeams = List.copyOf(doctorTeams);
    }

    /** Without the names of removed places. */
    public PlaceLists(List<Village> villages, List<Grid> grids, List<ResponsibilityTeam> teams,
                      List<FamilyDoctorTeam> doctorTeams, TierRules rules) {
        this(villages, grids, teams, doctorTeams, rules, PlaceNames.NONE);
    }

    public List<Grid> gridsOf(Long villageId) {
        return villageId == null ? grids : grids.stream().filter(g -> g.villageId() == villageId).toList();
    }

    public List<ResponsibilityTeam> teamsOf(Long villageId) {
        return villageId == null ? teams : teams.stream().filter(t -> t.villageId() == villageId).toList();
    }
}
