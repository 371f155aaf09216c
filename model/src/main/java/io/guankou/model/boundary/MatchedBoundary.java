package io.guankou.model.boundary;

/**
 * A feature matched to a place of the ledger: the village (and, for a grid's boundary, the grid: {@code gridId} and
 * {@code gridName}, else 0 and {@code null}), by code or by name.
 */
public record MatchedBoundary(BoundaryFeature feature, long villageId, String villageName, long gridId,
                              String gridName, boolean byCode) {

    public boolean isGrid() {
        return gridName != null;
    }

    /** The village, or village / grid, as the report names it. */
    public String placeName() {
        return isGrid() ? villageName + " / " + gridName : villageName;
    }
}
