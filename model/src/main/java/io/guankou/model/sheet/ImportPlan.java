package io.guankou.model.sheet;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The preview of an import: every data row of the sheet with what will happen to it, and the villages, grids and
 * teams the ledger does not have. Nothing is written until the plan is applied; applying writes exactly
 * {@link #toWrite()}, creating {@link #villagesToCreate()}, {@link #teamsToCreate()} and {@link #gridsToCreate()}.
 *
 * @param unknownGrids grids the sheet names that their villages lack, each in the village its rows are written to
 *                     (two of one name there merged); rows carry the placeholder ids when they are created
 * @param unknownTeams likewise the teams (and responsible persons' teams)
 */
public record ImportPlan(List<PlannedRow> rows, List<UnknownVillage> unknownVillages, ImportChoices choices,
        List<UnknownGrid> unknownGrids, List<UnknownTeam> unknownTeams) {

    public ImportPlan {
        rows = List.copyOf(rows);
        unknownVillages = List.copyOf(unknownVillages);
        unknownGrids = List.copyOf(unknownGrids);
        unknownTeams = List.copyOf(unknownTeams);
    }

    /** A plan of a sheet naming no unknown grid or team. */
    public ImportPlan(List<PlannedRow> rows, List<UnknownVillage> unknownVillages, ImportChoices choices) {
        this(rows, unknownVillages, choices, List.of(), List.of());
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

    /**
     * The grids to create ({@link ImportChoices#createGrids()}) that some written row uses, in sheet order. A new
     * grid is served by the team every row written into it names (a stored team or one created here); when its rows
     * name different teams, or some none, it gets none.
     */
    public List<GridToCreate> gridsToCreate() {
        if (!choices.createGrids() || unknownGrids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> teams = new HashMap<>();
        for (PlannedRow r : rows) {
            Long grid = r.writes() ? r.person().gridId() : null;
            if (grid != null && SheetVillages.isPlaceholder(grid)) {
                Long team = r.person().responsibilityTeamId();
                if (!teams.containsKey(grid)) {
                    teams.put(grid, team);
                } else if (!Objects.equals(teams.get(grid), team)) {
                    teams.put(grid, null);
                }
            }
        }
        return unknownGrids.stream().filter(g -> teams.containsKey(g.placeholderId()))
                .map(g -> new GridToCreate(g, teams.get(g.placeholderId()))).toList();
    }

    /** The teams to create ({@link ImportChoices#createTeams()}) that some written row uses, in sheet order. */
    public List<UnknownTeam> teamsToCreate() {
        if (!choices.createTeams() || unknownTeams.isEmpty()) {
            return List.of();
        }
        Set<Long> used = new HashSet<>();
        for (PlannedRow r : rows) {
            Long team = r.writes() ? r.person().responsibilityTeamId() : null;
            if (team != null && SheetVillages.isPlaceholder(team)) {
                used.add(team);
            }
        }
        return unknownTeams.stream().filter(t -> used.contains(t.placeholderId())).toList();
    }

    public boolean hasWork() {
        return rows.stream().anyMatch(PlannedRow::writes);
    }
}
