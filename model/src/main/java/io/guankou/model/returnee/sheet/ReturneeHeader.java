package io.guankou.model.returnee.sheet;

import io.guankou.model.sheet.HeaderDetector;
import io.guankou.model.sheet.RawRow;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a returnee sheet and where each column is: the row, among the first
 * {@value HeaderDetector#SCAN_ROWS} (as for the ledger), naming the most returnee columns, at least
 * {@value HeaderDetector#MIN_COLUMNS} with {@link ReturneeColumn#NAME} among them; rows with one cell (a merged
 * title) are skipped, the upper row wins a tie, and a column named twice keeps its leftmost header.
 *
 * @param rowNumber the header's row number; data rows are below it
 * @param columns   the 0-based index of each column found
 */
public record ReturneeHeader(int rowNumber, Map<ReturneeColumn, Integer> columns) {

    public ReturneeHeader {
        columns = Map.copyOf(columns);
    }

    public static Optional<ReturneeHeader> detect(List<RawRow> rows) {
        ReturneeHeader best = null;
        for (int i = 0; i < Math.min(rows.size(), HeaderDetector.SCAN_ROWS); i++) {
            RawRow row = rows.get(i);
            if (row.nonBlankCells() < 2) {
                continue;
            }
            Map<ReturneeColumn, Integer> found = new EnumMap<>(ReturneeColumn.class);
            for (int c = 0; c < row.cells().size(); c++) {
                int at = c;
                ReturneeColumn.of(row.cells().get(c)).ifPresent(col -> found.putIfAbsent(col, at));
            }
            if (found.size() >= HeaderDetector.MIN_COLUMNS && found.containsKey(ReturneeColumn.NAME)
                    && (best == null || found.size() > best.columns().size())) {
                best = new ReturneeHeader(row.number(), found);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The row's text in a column, "" when the sheet has no such column. */
    public String cell(RawRow row, ReturneeColumn column) {
        Integer at = columns.get(column);
        if (at == null || at >= row.cells().size()) {
            return "";
        }
        String s = row.cells().get(at);
        return s == null ? "" : s;
    }
}
