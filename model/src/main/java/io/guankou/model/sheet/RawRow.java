package io.guankou.model.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a sheet as text cells, with its row number as the reader counts it (1-based as Excel shows it;
 * blank rows may be missing). Cells may be {@code null}. The persistence readers' rows map onto this one to one.
 */
public record RawRow(int number, List<String> cells) {
    public RawRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** Rows numbered 1, 2, 3 … in list order. */
    public static List<RawRow> numbered(List<? extends List<String>> rows) {
        List<RawRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new RawRow(i + 1, rows.get(i)));
        }
        return out;
    }

    /** How many cells hold something other than white space. */
    public int nonBlankCells() {
        int n = 0;
        for (String c : cells) {
            if (!SheetText.isBlank(c)) {
                n++;
            }
        }
        return n;
    }
}
