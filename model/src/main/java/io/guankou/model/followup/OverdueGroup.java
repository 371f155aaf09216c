package io.guankou.model.followup;

import java.util.List;

/**
 * One village, grid or team of the overdue list with its rows, longest overdue first. {@code key} is the
 * village, grid or team id, null for persons with no grid or team ({@code name} is then null too; the view
 * says "unassigned"). For grids, {@code parentName} is the village.
 */
public record OverdueGroup(Grouping grouping, Long key, String name, String parentName, List<OverdueRow> rows) {

    public OverdueGroup {
        rows = List.copyOf(rows);
    }

    public int count() {
        return rows.size();
    }
}
