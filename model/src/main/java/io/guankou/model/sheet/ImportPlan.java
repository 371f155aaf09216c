package io.guankou.model.sheet;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The preview of an import: every data row of the sheet with what will happen to it, and the villages the
 * ledger does not have. Nothing is written until the plan is applied; applying writes exactly
 * {@link #toWrite()}.
 */
public record ImportPlan(List<PlannedRow> rows, List<UnknownVillage> unknownVillages, ImportChoices choices) {

    public ImportPlan {
        rows = List.copyOf(rows);
        unknownVillages = List.copyOf(unknownVillages);
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
