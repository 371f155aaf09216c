package io.guankou.model.sheet;

import java.util.Optional;

/**
 * Finds the places a sheet names: the village by name, code or however the caller matches; the grid within a
 * village and the responsibility team by name or by the person leading it. Grids and teams are optional: by
 * default none is found. A negative id is a placeholder for a place the import may create
 * ({@link SheetVillages#isPlaceholder}); the village id passed in may be one.
 */
@FunctionalInterface
public interface VillageLookup {

    /** The village id for a (stripped, non-blank) village cell, or empty when there is none. */
    Optional<Long> find(String villageText);

    /** The grid of that name in the village, or empty. */
    default Optional<Long> findGrid(long villageId, String gridText) {
        return Optional.empty();
    }

    /** The responsibility team of that name (preferring one serving the village), or empty. */
    default Optional<Long> findTeam(long villageId, String teamText) {
        return Optional.empty();
    }

    /** The responsibility team the named person leads (in the village), or empty. */
    default Optional<Long> findTeamLedBy(long villageId, String personName) {
        return Optional.empty();
    }

    /** The team serving a grid, or empty. */
    default Optional<Long> teamOfGrid(long gridId) {
        return Optional.empty();
    }
}
