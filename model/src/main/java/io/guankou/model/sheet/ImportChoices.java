package io.guankou.model.sheet;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The user's decisions for one import.
 *
 * @param villages       per {@link UnknownVillage#placeholderId()}: create or map; a village left out
 *                       rejects its rows
 * @param keepSheetTier  keep a sheet tier that differs from the computed one as an override (by
 *                       {@code user}, for {@code overrideReason}); otherwise the computed tier stands
 * @param user           who imports (history rows, overrides)
 * @param at             when
 * @param overrideReason the reason written on overrides taken from the sheet (the caller's words, e.g.
 *                       naming the file)
 * @param createGrids    create the grids the sheet names that their villages do not have ({@link UnknownGrid});
 *                       otherwise their rows are written without a grid (noted)
 * @param createTeams    create the teams the sheet names, or the teams of the responsible persons it names, that
 *                       the villages do not have ({@link UnknownTeam}); otherwise the rows get no team (noted)
 */
public record ImportChoices(Map<Long, VillageChoice> villages, boolean keepSheetTier, String user, Instant at,
        String overrideReason, boolean createGrids, boolean createTeams) {

    public ImportChoices {
        villages = Map.copyOf(villages);
        Objects.requireNonNull(at, "at");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("an import needs the user's name");
        }
        if (keepSheetTier && (overrideReason == null || overrideReason.isBlank())) {
            throw new IllegalArgumentException("a kept sheet tier needs a reason");
        }
    }

    /** No grid or team created. */
    public ImportChoices(Map<Long, VillageChoice> villages, boolean keepSheetTier, String user, Instant at,
                         String overrideReason) {
        this(villages, keepSheetTier, user, at, overrideReason, false, false);
    }

    public ImportChoices withVillages(Map<Long, VillageChoice> v) {
        return new ImportChoices(v, keepSheetTier, user, at, overrideReason, createGrids, createTeams);
    }

    public ImportChoices withKeepSheetTier(boolean keep, String reason) {
        return new ImportChoices(villages, keep, user, at, reason, createGrids, createTeams);
    }

    public ImportChoices withCreateGrids(boolean create) {
        return new ImportChoices(villages, keepSheetTier, user, at, overrideReason, create, createTeams);
    }

    public ImportChoices withCreateTeams(boolean create) {
        return new ImportChoices(villages, keepSheetTier, user, at, overrideReason, createGrids, create);
    }
}
