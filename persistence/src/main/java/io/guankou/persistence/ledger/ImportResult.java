package io.guankou.persistence.ledger;

/** What an applied import wrote: persons added and updated, villages, grids and responsibility teams created. */
public record ImportResult(int added, int updated, int villagesCreated, int gridsCreated, int teamsCreated) {

    /** An import that created no grid or team. */
    public ImportResult(int added, int updated, int villagesCreated) {
        this(added, updated, villagesCreated, 0, 0);
    }
}
