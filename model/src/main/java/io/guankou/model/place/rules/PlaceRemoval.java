package io.guankou.model.place.rules;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What may be removed and what only merged. Persons point at places by id and their history names them, so a
 * place that holds anything cannot simply go: a village with persons, grids, teams, facilities or households, a
 * grid with persons or households, a team serving grids or persons, a facility with family-doctor teams. Villages,
 * grids and teams that hold something are merged into another of their kind instead, which moves all of it; a
 * team's members go with the team (removed with it, moved by a merge). Members are always removable.
 */
public final class PlaceRemoval {

    /** The kinds that merge into another of their kind. */
    public static final Set<PlaceKind> MERGEABLE = EnumSet.of(PlaceKind.VILLAGE, PlaceKind.GRID, PlaceKind.TEAM);

    /** Why a merge is refused. */
    public enum MergeProblem {
        /** Facilities and members are not merged. */
        NOT_MERGEABLE,
        /** No target chosen, or it is not in the ledger (any more). */
        NO_TARGET,
        /** The target is the place itself. */
        SAME_PLACE,
        /** A team merges only into a team of its own village (the grids it serves stay in theirs). */
        OTHER_VILLAGE
    }

    private PlaceRemoval() {
    }

    /** Whether a place of {@code kind} holding {@code use} may be removed (tombstoned) as it is. */
    public static boolean removable(PlaceKind kind, PlaceUse use) {
        long people = use.persons() + use.departedPersons();
        return switch (kind) {
            case VILLAGE -> people == 0 && use.grids() == 0 && use.teams() == 0 && use.facilities() == 0
                    && use.households() == 0;
            case GRID -> people == 0 && use.households() == 0;
            case TEAM -> people == 0 && use.grids() == 0;
            case FACILITY -> use.doctorTeams() == 0;
            case MEMBER -> true;
        };
    }

    /**
     * Why {@code source} may not merge into {@code target}, or empty when it may.
     *
     * @param villageOf the places of {@code kind} in the ledger now, each with its village (a village with itself)
     */
    public static Optional<MergeProblem> checkMerge(PlaceKind kind, long source, Long target,
                                                    Map<Long, Long> villageOf) {
        if (!MERGEABLE.contains(kind)) {
            return Optional.of(MergeProblem.NOT_MERGEABLE);
        }
        if (target == null || !villageOf.containsKey(target) || !villageOf.containsKey(source)) {
            return Optional.of(MergeProblem.NO_TARGET);
        }
        if (target == source) {
            return Optional.of(MergeProblem.SAME_PLACE);
        }
        if (kind == PlaceKind.TEAM && !villageOf.get(source).equals(villageOf.get(target))) {
            return Optional.of(MergeProblem.OTHER_VILLAGE);
        }
        return Optional.empty();
    }
}
