package io.guankou.model.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which sheet column (0-based index) holds which {@link LedgerColumn}. Immutable; a ledger column is held by
 * at most one sheet column. {@link #signature(List)} names a header row so that a corrected mapping can be
 * remembered for the next file with the same headers; {@link ColumnMappingCodec} stores it as text.
 */
public final class ColumnMapping {

    private static final ColumnMapping EMPTY = new ColumnMapping(new TreeMap<>());

    private final SortedMap<Integer, LedgerColumn> byIndex;
    private final Map<LedgerColumn, Integer> byColumn;

    private ColumnMapping(SortedMap<Integer, LedgerColumn> byIndex) {
        Map<LedgerColumn, Integer> columns = new EnumMap<>(LedgerColumn.class);
        byIndex.forEach((index, column) -> {
            Objects.requireNonNull(column, "column");
            if (index < 0) {
                throw new IllegalArgumentException("negative column index " + index);
            }
            Integer before = columns.put(column, index);
            if (before != null) {
                throw new IllegalArgumentException(column + " mapped to columns " + before + " and " + index);
            }
        });
        this.byIndex = Collections.unmodifiableSortedMap(byIndex);
        this.byColumn = Collections.unmodifiableMap(columns);
    }

    public static ColumnMapping empty() {
        return EMPTY;
    }

    /**
     * A mapping from index to column.
     *
     * @throws IllegalArgumentException if an index is negative or a column appears twice
     */
    public static ColumnMapping of(Map<Integer, LedgerColumn> columns) {
        return new ColumnMapping(new TreeMap<>(columns));
    }

    /** This mapping with {@code column} at {@code index}; whatever held that index or that column before lets go. */
    public ColumnMapping with(int index, LedgerColumn column) {
        Objects.requireNonNull(column, "column");
        if (index < 0) {
            throw new IllegalArgumentException("negative column index " + index);
        }
        TreeMap<Integer, LedgerColumn> m = new TreeMap<>(byIndex);
        Integer before = byColumn.get(column);
        if (before != null) {
            m.remove(before);
        }
        m.put(index, column);
        return new ColumnMapping(m);
    }

    /** This mapping with nothing at {@code index}. */
    public ColumnMapping without(int index) {
        if (!byIndex.containsKey(index)) {
            return this;
        }
        TreeMap<Integer, LedgerColumn> m = new TreeMap<>(byIndex);
        m.remove(index);
        return new ColumnMapping(m);
    }

    public Optional<LedgerColumn> columnAt(int index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    public OptionalInt indexOf(LedgerColumn column) {
        Integer i = byColumn.get(column);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean contains(LedgerColumn column) {
        return byColumn.containsKey(column);
    }

    /** The cell of {@code column} in a row, stripped; {@code null} if unmapped or beyond the row's end. */
    public String cell(List<String> row, LedgerColumn column) {
        Integer i = byColumn.get(column);
        if (i == null || i >= row.size() || row.get(i) == null) {
            return null;
        }
        return row.get(i).strip();
    }

    /** Index to column, in index order (unmodifiable). */
    public SortedMap<Integer, LedgerColumn> asMap() {
        return byIndex;
    }

    public boolean isEmpty() {
        return byIndex.isEmpty();
    }

    public int size() {
        return byIndex.size();
    }

    /**
     * A stable name for a header row: the headers in {@link SheetText#normalise normal form}, joined with
     * {@code '|'}, trailing empty headers dropped. Rows that differ only in spaces, line breaks, full-width
     * characters, bracket style or case have the same signature.
     */
    public static String signature(List<String> headers) {
        List<String> parts = new ArrayList<>(headers.size());
        for (String h : headers) {
            parts.add(SheetText.normalise(h).replace('|', '/'));
        }
        int end = parts.size();
        while (end > 0 && parts.get(end - 1).isEmpty()) {
            end--;
        }
        return String.join("|", parts.subList(0, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && byIndex.equals(other.byIndex);
    }

    @Override
    public int hashCode() {
        return byIndex.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + byIndex;
    }
}
