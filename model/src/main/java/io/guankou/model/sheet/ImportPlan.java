package io.guankou.model.sheet;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The preview of an import: every data row of the sheet with what will happen to it, the villages the
 * ledger does not have and the values the parser did not recognise ({@link #unknownValues()}). Nothing is written
 * until the plan is applied; applying writes exactly {@link #toWrite()}, and only a plan with every value answered
 * ({@link #hasUnanswered()} false) may be applied.
 */
public record ImportPlan(List<PlannedRow> rows, List<UnknownVillage> unknownVillages, ImportChoices choices,
        List<UnknownValue> unknownValues) {

    public ImportPlan {
        rows = List.copyOf(rows);
        unknownVillages = List.copyOf(unknownVillages);
        unknownValues = List.copyOf(unknownValues);
    }

    /** A plan of a sheet whose values were all recognised. */
    public ImportPlan(List<PlannedRow> rows, List<UnknownVillage> unknownVillages, ImportChoices choices) {
        this(rows, unknownVillages, choices, List.of());
    }

    /** The unrecognised values the choices do not answer yet, in {@link #unknownValues()} order. */
    public List<UnknownValue> unanswered() {
        return unknownValues.stream().filter(v -> choices.values().answer(v.column(), v.key()).isEmpty()).toList();
    }

    /** Some unrecognised value has no answer: the plan may not be applied. */
    public boolean hasUnanswered() {
        return unknownValues.stream().anyMatch(v -> choices.values().answer(v.column(), v.key()).isEmpty());
    }

    public Map<RowAction, Integer> counts() {
        Map<RowAction, Integer> m = new EnumMap<>(RowAction.class);
        for (RowAction a : RowAction.values()) {
            m.put(a, 0);
        }
        rows.forEach(r -> m.merge(r.action(), 1, Integer::sum));
        return m;
    }

    public int count(RowAction action) {
        return (int) rows.stream().filter(r -> r.action() == action).count();
    }

    public List<PlannedRow> rows(RowAction action) {
        return rows.stream().filter(r -> r.action() == action).toList();
    }

    /** The rows the import writes (adds and updates), in sheet order. */
    public List<PlannedRow> toWrite() {
        return rows.stream().filter(PlannedRow::writes).toList();
    }

    /** Rows whose sheet tier differs from the computed one (rejected rows left out). */
    public List<PlannedRow> tierDifferences() {
        return rows.stream().filter(PlannedRow::tierDiffers).toList();
    }

    /** Placeholder villages the user chose to create that some written row uses. */
    public List<UnknownVillage> villagesToCreate() {
        Set<Long> used = new HashSet<>();
        rows.stream().filter(PlannedRow::writes).forEach(r -> used.add(r.person().villageId()));
        return unknownVillages.stream()
                .filter(v -> choices.villages().get(v.placeholderId()) instanceof VillageChoice.Create)
                .filter(v -> used.contains(v.placeholderId()))
                .toList();
    }

    public boolean hasWork() {
        return rows.stream().anyMatch(PlannedRow::writes);
    }
}
