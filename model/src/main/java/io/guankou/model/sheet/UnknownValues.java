package io.guankou.model.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the distinct unrecognised values of converted rows ({@link ConvertedRow#unrecognised()}), counting the
 * rows that hold each: values equal in {@link SheetText#normalise normal form} are one, shown as first typed. A
 * row holding a value twice (two parts of a list cell) counts once. Rows are added as they are read, so the
 * reading keeps only the counts.
 */
public final class UnknownValues {

    private final Map<LedgerColumn, Map<String, Count>> byColumn = new EnumMap<>(LedgerColumn.class);

    private static final class Count {
        final String text;
        int rows;

        Count(String text) {
            this.text = text;
        }
    }

    /** The distinct values of the rows. */
    public static List<UnknownValue> of(List<ConvertedRow> rows) {
        UnknownValues v = new UnknownValues();
        rows.forEach(v::add);
        return v.list();
    }

    public void add(ConvertedRow row) {
        if (row.unrecognised().isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (UnrecognisedCell c : row.unrecognised()) {
            String key = c.key();
            if (seen.add(c.column().name() + '\n' + key)) {
                byColumn.computeIfAbsent(c.column(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new Count(c.text())).rows++;
            }
        }
    }

    /** Per column in ledger order, the values held by most rows first (then in normal-form order). */
    public List<UnknownValue> list() {
        List<UnknownValue> out = new ArrayList<>();
        byColumn.forEach((column, counts) -> {
            List<UnknownValue> values = new ArrayList<>(counts.size());
            counts.forEach((key, n) -> values.add(new UnknownValue(column, key, n.text, n.rows)));
            values.sort(Comparator.comparingInt(UnknownValue::rows).reversed().thenComparing(UnknownValue::key));
            out.addAll(values);
        });
        return List.copyOf(out);
    }
}
