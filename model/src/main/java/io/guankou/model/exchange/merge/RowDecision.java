package io.guankou.model.exchange.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of merging one held row: a decision per field (in the order given), and the conflicts among them.
 * A field in conflict keeps its local value ({@link FieldMerge#CONFLICT}).
 */
public record RowDecision(Map<String, FieldMerge> fields, List<RowConflict> conflicts) {

    public RowDecision {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        conflicts = List.copyOf(conflicts);
    }

    /** The fields whose incoming value is stored, in order. */
    public List<String> taken() {
        return fields.entrySet().stream().filter(e -> e.getValue() == FieldMerge.TAKE_INCOMING)
                .map(Map.Entry::getKey).toList();
    }

    public FieldMerge field(String name) {
        FieldMerge m = fields.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        return m;
    }

    public boolean changesRow() {
        return fields.containsValue(FieldMerge.TAKE_INCOMING);
    }

    public boolean hasConflict() {
        return !conflicts.isEmpty();
    }
}
