package io.guankou.model.sheet;

import java.util.List;

/**
 * The header row found by {@link HeaderDetector}, and the mapping made from it automatically.
 *
 * @param rowNumber  the header row's number (as given in {@link RawRow#number()}); data starts below it
 * @param headers    the header row's cells as read ({@code null} cells as empty strings)
 * @param mapping    recognised columns; for a column named twice, the first (leftmost) one
 * @param unmapped   0-based indexes of non-empty headers that name no ledger column
 * @param duplicates headers that name a column already taken by a header to their left
 */
public record HeaderDetection(int rowNumber, List<String> headers, ColumnMapping mapping, List<Integer> unmapped,
        List<Duplicate> duplicates) {

    public HeaderDetection {
        headers = List.copyOf(headers);
        unmapped = List.copyOf(unmapped);
        duplicates = List.copyOf(duplicates);
    }

    /** A header that names {@code column}, which the header at {@code keptIndex} already took. */
    public record Duplicate(int index, LedgerColumn column, int keptIndex) {
    }

    /** {@link ColumnMapping#signature(List)} of the headers. */
    public String signature() {
        return ColumnMapping.signature(headers);
    }

    /** The header text at a 0-based index, empty beyond the row's end. */
    public String header(int index) {
        return index < headers.size() ? headers.get(index) : "";
    }
}
