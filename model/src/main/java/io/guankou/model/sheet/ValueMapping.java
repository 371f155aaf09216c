package io.guankou.model.sheet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The user's answers for values of enumerated columns that the parser does not recognise: per column, per value
 * in {@link SheetText#normalise normal form} (so {@code "X"} and {@code " x "} are one value), a
 * {@link ValueAnswer}. Immutable. It is remembered with the {@link ColumnMapping} of a sheet layout
 * ({@link ColumnMapping#values()}) and written by {@link ColumnMappingCodec}; an import applies the one in its
 * {@link ImportChoices#values()}.
 */
public final class ValueMapping {

    private static final ValueMapping EMPTY = new ValueMapping(new EnumMap<>(LedgerColumn.class));

    private final Map<LedgerColumn, SortedMap<String, ValueAnswer>> answers;

    private ValueMapping(Map<LedgerColumn, SortedMap<String, ValueAnswer>> answers) {
        Map<LedgerColumn, SortedMap<String, ValueAnswer>> m = new EnumMap<>(LedgerColumn.class);
        answers.forEach((c, byKey) -> {
            if (!byKey.isEmpty()) {
                m.put(c, Collections.unmodifiableSortedMap(new TreeMap<>(byKey)));
            }
        });
        this.answers = Collections.unmodifiableMap(m);
    }

    public static ValueMapping empty() {
        return EMPTY;
    }

    /** The answer for a value of the column as typed (or in normal form), if there is one. */
    public Optional<ValueAnswer> answer(LedgerColumn column, String value) {
        SortedMap<String, ValueAnswer> byKey = answers.get(column);
        return byKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(SheetText.normalise(value)));
    }

    /**
     * This mapping with {@code value} of {@code column} answered (an earlier answer replaced).
     *
     * @throws IllegalArgumentException if the column does not offer the answer ({@link ValueOptions}) or the value
     *                                  is blank
     */
    public ValueMapping with(LedgerColumn column, String value, ValueAnswer answer) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(answer, "answer");
        String key = SheetText.normalise(value);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a blank value needs no answer");
        }
        if (!ValueOptions.offers(column, answer)) {
            throw new IllegalArgumentException(column + " does not offer " + answer.code());
        }
        Map<LedgerColumn, SortedMap<String, ValueAnswer>> m = copy();
        m.computeIfAbsent(column, c -> new TreeMap<>()).put(key, answer);
        return new ValueMapping(m);
    }

    /** This mapping without an answer for {@code value} of {@code column}. */
    public ValueMapping without(LedgerColumn column, String value) {
        if (answer(column, value).isEmpty()) {
            return this;
        }
        Map<LedgerColumn, SortedMap<String, ValueAnswer>> m = copy();
        m.get(column).remove(SheetText.normalise(value));
        return new ValueMapping(m);
    }

    /** This mapping with every answer of {@code other} added; where both answer a value, {@code other}'s counts. */
    public ValueMapping withAll(ValueMapping other) {
        if (other.isEmpty()) {
            return this;
        }
        Map<LedgerColumn, SortedMap<String, ValueAnswer>> m = copy();
        other.answers.forEach((c, byKey) -> m.computeIfAbsent(c, x -> new TreeMap<>()).putAll(byKey));
        return new ValueMapping(m);
    }

    /** Per column (in ledger order), the answers by value in normal form (sorted); unmodifiable. */
    public Map<LedgerColumn, SortedMap<String, ValueAnswer>> asMap() {
        return answers;
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }

    /** How many values are answered. */
    public int size() {
        return answers.values().stream().mapToInt(Map::size).sum();
    }

    private Map<LedgerColumn, SortedMap<String, ValueAnswer>> copy() {
        Map<LedgerColumn, SortedMap<String, ValueAnswer>> m = new EnumMap<>(LedgerColumn.class);
        answers.forEach((c, byKey) -> m.put(c, new TreeMap<>(byKey)));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueMapping other && answers.equals(other.answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }

    @Override
    public String toString() {
        return "ValueMapping" + answers;
    }
}
