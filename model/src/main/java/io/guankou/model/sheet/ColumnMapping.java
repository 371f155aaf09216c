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
 * remembered for the next file with the same headers; {@link ColumnMappingCodec} stores it as text. It carries the
 * answers given for values the parser did not recognise ({@link #values()}), remembered and stored with it; the
 * conversion does not read them (the planner applies the import's answers, {@link ImportChoices#values()}).
 */
public final class ColumnMapping {

    private static final ColumnMapping EMPTY = new ColumnMapping(new TreeMap<>(), Map.of(), ValueMapping.empty());

    private final SortedMap<Integer, LedgerColumn> byIndex;
    private final Map<LedgerColumn, Integer> byColumn;
    /** Columns recognised through a header that asks a yes/no question, by ledger column. */
    private final Map<LedgerColumn, YesNoQuestion> questions;
    /** The answers remembered for unrecognised values of this layout. */
    private final ValueMapping values;

    private ColumnMapping(SortedMap<Integer, LedgerColumn> byIndex, Map<LedgerColumn, YesNoQuestion> questions,
                          ValueMapping values) {
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
        Map<LedgerColumn, YesNoQuestion> q = new EnumMap<>(LedgerColumn.class);
        questions.forEach((column, question) -> {
            if (!columns.containsKey(column) || question.column() != column) {
                throw new IllegalArgumentException("question " + question.code() + " for an unmapped column " + column);
            }
            q.put(column, question);
        });
        this.questions = Collections.unmodifiableMap(q);
        this.values = Objects.requireNonNull(values, "values");
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
        return new ColumnMapping(new TreeMap<>(columns), Map.of(), ValueMapping.empty());
    }

    /**
     * This mapping with the column of {@code question} read as the answer to it (its header asks yes/no).
     *
     * @throws IllegalArgumentException if the question's column is not mapped
     */
    public ColumnMapping withQuestion(YesNoQuestion question) {
        Map<LedgerColumn, YesNoQuestion> q = new EnumMap<>(LedgerColumn.class);
        q.putAll(questions);
        q.put(question.column(), question);
        return new ColumnMapping(new TreeMap<>(byIndex), q, values);
    }

    /** The answers remembered for values of this layout's enumerated columns that the parser does not know. */
    public ValueMapping values() {
        return values;
    }

    /** This mapping with {@code answers} as its value mapping (the columns unchanged). */
    public ColumnMapping withValues(ValueMapping answers) {
        return answers.equals(values) ? this : new ColumnMapping(new TreeMap<>(byIndex), questions, answers);
    }

    /** The yes/no question the header of {@code column} asks, if it was recognised through one. */
    public Optional<YesNoQuestion> question(LedgerColumn column) {
        return Optional.ofNullable(questions.get(column));
    }

    /**
     * This mapping with {@code column} at {@code index}; whatever held that index or that column before lets go,
     * with its question. Putting a column where it already is changes nothing.
     */
    public ColumnMapping with(int index, LedgerColumn column) {
        Objects.requireNonNull(column, "column");
        if (index < 0) {
            throw new IllegalArgumentException("negative column index " + index);
        }
        if (column == byIndex.get(index)) {
            return this;
        }
        TreeMap<Integer, LedgerColumn> m = new TreeMap<>(byIndex);
        Integer before = byColumn.get(column);
        if (before != null) {
            m.remove(before);
        }
        LedgerColumn replaced = m.put(index, column);
        Map<LedgerColumn, YesNoQuestion> q = new EnumMap<>(LedgerColumn.class);
        q.putAll(questions);
        q.remove(column);
        if (replaced != null) {
            q.remove(replaced);
        }
        return new ColumnMapping(m, q, values);
    }

    /** This mapping with nothing at {@code index}. */
    public ColumnMapping without(int index) {
        if (!byIndex.containsKey(index)) {
            return this;
        }
        TreeMap<Integer, LedgerColumn> m = new TreeMap<>(byIndex);
        LedgerColumn removed = m.remove(index);
        Map<LedgerColumn, YesNoQuestion> q = new EnumMap<>(LedgerColumn.class);
        q.putAll(questions);
        q.remove(removed);
        return new ColumnMapping(m, q, values);
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
        return o instanceof ColumnMapping other && byIndex.equals(other.byIndex) && questions.equals(other.questions)
                && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return (byIndex.hashCode() * 31 + questions.hashCode()) * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + byIndex + (questions.isEmpty() ? "" : " questions " + questions.values())
                + (values.isEmpty() ? "" : " values " + values.asMap());
    }
}
