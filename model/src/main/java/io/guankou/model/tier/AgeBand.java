package io.guankou.model.tier;

/**
 * One row of the age factor of the tier table: people aged {@code fromAge} or more (up to the next band)
 * score {@code points}. Default bands: &lt;65 → 0, 65–79 → 1, ≥80 → 2 (DOMAIN.md §3).
 */
public record AgeBand(int fromAge, int points) {
}
