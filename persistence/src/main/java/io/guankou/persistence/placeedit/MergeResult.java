package io.guankou.persistence.placeedit;

/**
 * What a merge moved to the target: persons (each with its own history rows), and the grids, teams and facilities
 * of a merged village (the source's grids and teams that the target already had by name are merged into those).
 */
public record MergeResult(int persons, int grids, int teams, int facilities) {
}
