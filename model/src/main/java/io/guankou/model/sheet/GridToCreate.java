package io.guankou.model.sheet;

import java.util.Objects;

/**
 * A grid an import creates, and the team that will serve it. A new grid has a serving team only when every row
 * written into it names the same team; otherwise it has none (the places editor assigns one).
 *
 * @param grid   the grid, its village as the rows are written (a placeholder village when that is created too)
 * @param teamId the serving team: a stored team, a placeholder team this import creates, or {@code null}
 */
public record GridToCreate(UnknownGrid grid, Long teamId) {
    public GridToCreate {
        Objects.requireNonNull(grid, "grid");
    }
}
