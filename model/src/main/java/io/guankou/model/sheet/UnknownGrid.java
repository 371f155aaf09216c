package io.guankou.model.sheet;

import java.util.Objects;

/**
 * A grid a sheet names within a village that has no grid of that name (a village group, cunmin xiaozu, such as group 3). Rows naming it
 * carry {@link #placeholderId()} (negative) as their grid id until the import creates it; the same name in two
 * villages is two grids.
 *
 * @param placeholderId negative, unique among the grids of one sheet
 * @param villageId     the village it belongs to: a stored village, or a placeholder village the import may create
 *                      ({@link SheetVillages#isPlaceholder}); in a plan, the village its rows are written to
 * @param name          the grid as first typed in the sheet (stripped)
 * @param rows          how many rows name it
 */
public record UnknownGrid(long placeholderId, long villageId, String name, int rows) {
    public UnknownGrid {
        if (placeholderId >= 0) {
            throw new IllegalArgumentException("a placeholder grid id is negative");
        }
        if (villageId == 0) {
            throw new IllegalArgumentException("a grid belongs to a village");
        }
        Objects.requireNonNull(name, "name");
    }
}
