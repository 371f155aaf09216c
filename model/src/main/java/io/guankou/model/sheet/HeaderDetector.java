package io.guankou.model.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the header row of an office ledger among its first rows and maps its columns automatically.
 *
 * <p>The header row is the row, among the first {@value #SCAN_ROWS}, that recognises the most distinct ledger
 * columns: at least {@value #MIN_COLUMNS}, {@link LedgerColumn#NAME} or {@link LedgerColumn#RESIDENT_ID} among
 * them. Blank rows and rows with a single non-empty cell (a merged title such as the township's ledger name)
 * are skipped; on a tie the upper row wins.
 */
public final class HeaderDetector {

    /** How many rows from the top are searched. */
    public static final int SCAN_ROWS = 20;
    /** How many recognised columns a header row needs at least. */
    public static final int MIN_COLUMNS = 2;

    private final HeaderSynonyms synonyms;

    public HeaderDetector(HeaderSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** A detector with the standard synonyms. */
    public static HeaderDetector standard() {
        return new HeaderDetector(HeaderSynonyms.standard());
    }

    /**
     * The header row among the first {@value #SCAN_ROWS} rows given (more may be given; they are ignored),
     * or empty if no row qualifies.
     */
    public Optional<HeaderDetection> detect(List<RawRow> rows) {
        HeaderDetection best = null;
        int bestCount = 0;
        int limit = Math.min(rows.size(), SCAN_ROWS);
        for (int i = 0; i < limit; i++) {
            RawRow row = rows.get(i);
            if (row.nonBlankCells() < 2) {
                continue;
            }
            HeaderDetection d = map(row);
            int count = d.mapping().size();
            boolean identifies = d.mapping().asMap().values().stream().anyMatch(LedgerColumn::identifiesPerson);
            if (count >= MIN_COLUMNS && identifies && count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@link #detect(List)} on rows numbered 1, 2, 3 … in list order. */
    public Optional<HeaderDetection> detectCells(List<? extends List<String>> rows) {
        return detect(RawRow.numbered(rows.subList(0, Math.min(rows.size(), SCAN_ROWS))));
    }

    /** Maps the cells of a row known to be the header row (e.g. one the user chose). */
    public HeaderDetection map(RawRow row) {
        List<String> headers = new ArrayList<>(row.cells().size());
        Map<LedgerColumn, Integer> taken = new EnumMap<>(LedgerColumn.class);
        List<Integer> unmapped = new ArrayList<>();
        List<HeaderDetection.Duplicate> duplicates = new ArrayList<>();
        Map<Integer, LedgerColumn> mapped = new TreeMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            headers.add(cell == null ? "" : cell);
            if (SheetText.isBlank(cell)) {
                continue;
            }
            Optional<LedgerColumn> column = synonyms.columnOf(cell);
            if (column.isEmpty()) {
                unmapped.add(i);
                continue;
            }
            Integer kept = taken.putIfAbsent(column.get(), i);
            if (kept != null) {
                duplicates.add(new HeaderDetection.Duplicate(i, column.get(), kept));
            } else {
                mapped.put(i, column.get());
            }
        }
        ColumnMapping mapping = ColumnMapping.of(mapped);
        for (Map.Entry<Integer, LedgerColumn> e : mapped.entrySet()) {
            Optional<YesNoQuestion> q = synonyms.questionOf(headers.get(e.getKey()));
            if (q.isPresent()) {
                mapping = mapping.withQuestion(q.get());
            }
        }
        return new HeaderDetection(row.number(), headers, mapping, unmapped, duplicates);
    }

    /** The ledger columns a header row recognises (each once). */
    public Set<LedgerColumn> recognised(List<String> headers) {
        Set<LedgerColumn> s = EnumSet.noneOf(LedgerColumn.class);
        for (String h : headers) {
            synonyms.columnOf(h).ifPresent(s::add);
        }
        return s;
    }
}
