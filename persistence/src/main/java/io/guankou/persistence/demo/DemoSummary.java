package io.guankou.persistence.demo;

/**
 * What a demo township file holds: persons written (about one in two hundred of them has already left
 * the ledger, moved away or deceased), villages and communities, grids, and contact records.
 */
public record DemoSummary(int persons, int villages, int grids, int contacts) {
}
