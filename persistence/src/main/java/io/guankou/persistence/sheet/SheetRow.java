package io.guankou.persistence.sheet;

import java.util.List;

/**
 * One non-blank row of a sheet as the user sees it in Excel or WPS.
 *
 * @param number the row number Excel shows (1-based; for a CSV file the record number, so a quoted line
 *               break inside a field does not shift the numbers)
 * @param cells  the displayed texts from column A on; an empty cell is {@code ""}, trailing blank cells are
 *               dropped, so the list is never empty and never ends with a blank text
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        if (number < 1) {
            throw new IllegalArgumentException("row numbers start at 1: " + number);
        }
        cells = List.copyOf(cells);
    }

    /** The text in column {@code index} (0 = A), or {@code ""} past the last non-blank cell. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
