package io.guankou.model.place.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A place that holds something is not removed, only merged into another of its kind: a village with persons,
 * grids, teams, facilities or households; a grid with persons or households; a team serving grids or persons.
 */
class PlaceRemovalTest {

    private static PlaceUse persons(long n) {
        return new PlaceUse(n, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aPlaceHoldingNothingIsRemovable() {
        for (PlaceKind kind : PlaceKind.values()) {
            assertThat(PlaceRemoval.removable(kind, PlaceUse.NONE)).as(kind.name()).isTrue();
        }
    }

    @Test
    void personsHoldVillagesGridsAndTeamsEvenWhenTheyLeftTheLedger() {
        PlaceUse departed = new PlaceUse(0, 1, 0, 0, 0, 0, 0, 0);
        for (PlaceKind kind : new PlaceKind[] {PlaceKind.VILLAGE, PlaceKind.GRID, PlaceKind.TEAM}) {
            assertThat(PlaceRemoval.removable(kind, persons(1))).as(kind.name()).isFalse();
            assertThat(PlaceRemoval.removable(kind, departed)).as(kind.name()).isFalse();
        }
    }

    @Test
    void whatHoldsEachKind() {
        assertThat(PlaceRemoval.removable(PlaceKind.VILLAGE, new PlaceUse(0, 0, 1, 0, 0, 0, 0, 0))).isFalse();
        assertThat(PlaceRemoval.removable(PlaceKind.VILLAGE, new PlaceUse(0, 0, 0, 1, 0, 0, 0, 0))).isFalse();
        assertThat(PlaceRemoval.removable(PlaceKind.VILLAGE, new PlaceUse(0, 0, 0, 0, 1, 0, 0, 0))).isFalse();
        assertThat(PlaceRemoval.removable(PlaceKind.VILLAGE, new PlaceUse(0, 0, 0, 0, 0, 1, 0, 0))).isFalse();
        assertThat(PlaceRemoval.removable(PlaceKind.GRID, new PlaceUse(0, 0, 0, 0, 0, 1, 0, 0))).isFalse();
        assertThat(PlaceRemoval.removable(PlaceKind.TEAM, new PlaceUse(0, 0, 2, 0, 0, 0, 0, 0))).isFalse();
        // a team's members go with it
        assertThat(PlaceRemoval.removable(PlaceKind.TEAM, new PlaceUse(0, 0, 0, 0, 0, 0, 5, 0))).isTrue();
        assertThat(PlaceRemoval.removable(PlaceKind.FACILITY, new PlaceUse(0, 0, 0, 0, 0, 0, 0, 1))).isFalse();
        assertThat(PlaceRemoval.removable(PlaceKind.MEMBER, persons(3))).isTrue();
    }

    @Test
    void villagesGridsAndTeamsMergeIntoAnotherOfTheirKind() {
        Map<Long, Long> villages = Map.of(1L, 1L, 2L, 2L);
        assertThat(PlaceRemoval.checkMerge(PlaceKind.VILLAGE, 2, 1L, villages)).isEmpty();
        assertThat(PlaceRemoval.checkMerge(PlaceKind.VILLAGE, 2, 2L, villages))
                .contains(PlaceRemoval.MergeProblem.SAME_PLACE);
        assertThat(PlaceRemoval.checkMerge(PlaceKind.VILLAGE, 2, null, villages))
                .contains(PlaceRemoval.MergeProblem.NO_TARGET);
        assertThat(PlaceRemoval.checkMerge(PlaceKind.VILLAGE, 2, 9L, villages))
                .contains(PlaceRemoval.MergeProblem.NO_TARGET);
        assertThat(PlaceRemoval.checkMerge(PlaceKind.FACILITY, 2, 1L, villages))
                .contains(PlaceRemoval.MergeProblem.NOT_MERGEABLE);
    }

    @Test
    void gridsMergeAcrossVillagesTeamsWithinTheirOwn() {
        // grid 1 in village 1, grids 2 and 3 in village 2
        Map<Long, Long> grids = Map.of(1L, 1L, 2L, 2L, 3L, 2L);
        assertThat(PlaceRemoval.checkMerge(PlaceKind.GRID, 3, 1L, grids)).isEmpty();
        Map<Long, Long> teams = Map.of(1L, 1L, 2L, 2L, 3L, 2L);
        assertThat(PlaceRemoval.checkMerge(PlaceKind.TEAM, 3, 2L, teams)).isEmpty();
        assertThat(PlaceRemoval.checkMerge(PlaceKind.TEAM, 3, 1L, teams))
                .contains(PlaceRemoval.MergeProblem.OTHER_VILLAGE);
    }
}
