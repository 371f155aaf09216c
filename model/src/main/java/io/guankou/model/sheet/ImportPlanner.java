package io.guankou.model.sheet;

import io.guankou.model.person.Person;
import io.guankou.model.person.Tier;
import io.guankou.model.tier.TierClassifier;
import io.guankou.model.person.TierOverride;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns converted sheet rows into an {@link ImportPlan}: matches each row to the ledger by resident ID, works out
 * what an update changes, the tier the rules give, and which rows cannot be imported.
 *
 * <ul>
 * <li>A resident ID that appears on more than one row rejects all those rows ({@link RowProblem.Kind#DUPLICATE_IN_SHEET}):
 * which of them is right is the office's call, not ours.</li>
 * <li>A village the ledger does not have rejects its rows unless the user chose to create or map it.</li>
 * <li>The person a row would store (the sheet's, or the stored one with the sheet's columns written over it) must
 * keep the rules of {@link io.guankou.model.person.rules.PersonValidator}; a rule it breaks rejects the row, naming the
 * column: a new person needs a village and must be of ledger age (or pregnant), phones must be phone numbers,
 * dates must not be after the import date. An update keeps the stored value of every column the sheet leaves
 * blank.</li>
 * <li>The sheet's tier is kept as an override only if {@link ImportChoices#keepSheetTier()} and it differs from
 * the computed tier; otherwise it is only compared.</li>
 * <li>A grid or team the ledger does not have ({@link UnknownGrid}, {@link UnknownTeam}) stays on the row as its
 * placeholder when the user creates them ({@link ImportChoices#createGrids()}, {@link ImportChoices#createTeams()};
 * the row's note about it is dropped); otherwise the row is written without it (an update keeps the stored grid or
 * team) and keeps the note.</li>
 * </ul>
 * Pure: planning again with other choices is cheap, so the preview re-plans as the user decides.
 */
public final class ImportPlanner {

    private final TierClassifier classifier;
    private final LocalDate today;
    private final PersonRowProblems personRules;

    public ImportPlanner(TierClassifier classifier, LocalDate today) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.today = Objects.requireNonNull(today, "today");
        this.personRules = new PersonRowProblems(classifier.rules(), today);
    }

    /**
     * @param rows     the converted rows in sheet order
     * @param stored   the active persons of the ledger by normalised resident ID
     * @param unknown  the villages the sheet names that the ledger does not have
     * @param choices  the user's decisions
     */
    public ImportPlan plan(List<ConvertedRow> rows, Map<String, Person> stored, List<UnknownVillage> unknown,
                           ImportChoices choices) {
        return plan(rows, stored, unknown, List.of(), List.of(), choices);
    }

    /**
     * @param unknownGrids the grids the sheet names that their villages do not have
     * @param unknownTeams the teams (or responsible persons' teams) the sheet names that the villages do not have
     */
    public ImportPlan plan(List<ConvertedRow> rows, Map<String, Person> stored, List<UnknownVillage> unknown,
                           List<UnknownGrid> unknownGrids, List<UnknownTeam> unknownTeams, ImportChoices choices) {
        NewPlaces places = new NewPlaces(unknownGrids, unknownTeams, choices.villages());
        Map<String, List<Integer>> rowsById = new HashMap<>();
        for (ConvertedRow c : rows) {
            if (c.residentId() != null) {
                rowsById.computeIfAbsent(c.residentId(), k -> new ArrayList<>(1)).add(c.rowNumber());
            }
        }
        Map<Long, String> unknownNames = new HashMap<>();
        unknown.forEach(u -> unknownNames.put(u.placeholderId(), u.name()));
        List<PlannedRow> out = new ArrayList<>(rows.size());
        for (ConvertedRow c : rows) {
            out.add(plan(c, rowsById, stored, unknownNames, places, choices));
        }
        return new ImportPlan(out, unknown, choices, places.grids(), places.teams());
    }

    private PlannedRow plan(ConvertedRow c, Map<String, List<Integer>> rowsById, Map<String, Person> stored,
                            Map<Long, String> unknownNames, NewPlaces places, ImportChoices choices) {
        List<RowProblem> problems = new ArrayList<>(c.problems());
        if (c.residentId() != null) {
            List<Integer> same = rowsById.get(c.residentId());
            if (same.size() > 1) {
                int other = same.get(0) == c.rowNumber() ? same.get(1) : same.get(0);
                problems.add(new RowProblem(c.rowNumber(), LedgerColumn.RESIDENT_ID,
                        RowProblem.Kind.DUPLICATE_IN_SHEET, c.residentId(), Integer.toString(other)));
            }
        }
        Person sheet = c.person();
        Person before = c.residentId() == null ? null : stored.get(c.residentId());
        Person result = null;
        NewPlace place = new NewPlace(c);
        if (sheet != null) {
            sheet = resolveVillage(c, sheet, unknownNames, choices, problems);
            sheet = place.resolve(sheet, places, choices);
            result = before == null ? sheet : PersonFields.merge(before, sheet, place.given);
            problems.addAll(personRules.of(c.rowNumber(), result));
        }
        List<RowNote> notes = place.notes;
        if (!problems.isEmpty()) {
            return new PlannedRow(c.rowNumber(), RowAction.REJECTED, c.name(), c.residentId(), null, null, Set.of(),
                    null, c.sheetTier(), problems, notes);
        }
        Tier computed = classifier.classify(result, today);
        if (choices.keepSheetTier() && c.sheetTier() != null && c.sheetTier() != computed
                && !sameOverride(result, c.sheetTier())) {
            result = result.toBuilder().tierOverride(
                    new TierOverride(c.sheetTier(), choices.user(), choices.at(), choices.overrideReason())).build();
        }
        if (before == null) {
            return new PlannedRow(c.rowNumber(), RowAction.ADD, c.name(), c.residentId(), result, null, Set.of(),
                    computed, c.sheetTier(), problems, notes);
        }
        Set<LedgerColumn> changed = PersonFields.changed(before, result);
        RowAction action = changed.isEmpty() ? RowAction.UNCHANGED : RowAction.UPDATE;
        return new PlannedRow(c.rowNumber(), action, c.name(), c.residentId(),
                action == RowAction.UNCHANGED ? before : result, before, changed, computed, c.sheetTier(),
                problems, notes);
    }

    /**
     * A row's grid and team placeholders resolved: kept (the merged placeholder) when the user creates them, the
     * row's note on them dropped; else cleared and not given, so that an update keeps the stored grid or team.
     */
    private static final class NewPlace {
        Set<LedgerColumn> given;
        List<RowNote> notes;

        NewPlace(ConvertedRow c) {
            this.given = c.given();
            this.notes = c.notes();
        }

        Person resolve(Person sheet, NewPlaces places, ImportChoices choices) {
            Long grid = sheet.gridId();
            Long team = sheet.responsibilityTeamId();
            boolean newGrid = grid != null && SheetVillages.isPlaceholder(grid);
            boolean newTeam = team != null && SheetVillages.isPlaceholder(team);
            if (!newGrid && !newTeam) {
                return sheet;
            }
            Person.Builder b = sheet.toBuilder();
            if (newGrid) {
                if (choices.createGrids()) {
                    b.gridId(places.grid(grid));
                    dropNotes(RowNote.Kind.UNKNOWN_GRID, null);
                } else {
                    b.gridId(null);
                    notGiven(LedgerColumn.GRID);
                }
            }
            if (newTeam) {
                if (choices.createTeams()) {
                    b.responsibilityTeamId(places.team(team));
                    dropNotes(RowNote.Kind.UNKNOWN_TEAM, RowNote.Kind.UNKNOWN_RESPONSIBLE_PERSON);
                } else {
                    b.responsibilityTeamId(null);
                    notGiven(LedgerColumn.RESPONSIBILITY_TEAM);
                }
            }
            return b.build();
        }

        private void dropNotes(RowNote.Kind kind, RowNote.Kind other) {
            List<RowNote> kept = new ArrayList<>(notes.size());
            for (RowNote n : notes) {
                if (n.kind() != kind && n.kind() != other) {
                    kept.add(n);
                }
            }
            notes = kept;
        }

        private void notGiven(LedgerColumn column) {
            Set<LedgerColumn> g = given.isEmpty() ? EnumSet.noneOf(LedgerColumn.class) : EnumSet.copyOf(given);
            g.remove(column);
            given = g;
        }
    }

    private static boolean sameOverride(Person p, Tier tier) {
        return p.tierOverride() != null && p.tierOverride().tier() == tier;
    }

    private static Person resolveVillage(ConvertedRow c, Person sheet, Map<Long, String> unknownNames,
                                         ImportChoices choices, List<RowProblem> problems) {
        long id = sheet.villageId();
        if (!SheetVillages.isPlaceholder(id)) {
            return sheet;
        }
        VillageChoice choice = choices.villages().get(id);
        if (choice instanceof VillageChoice.MapTo m) {
            return sheet.toBuilder().villageId(m.villageId()).build();
        }
        if (choice == null) {
            problems.add(new RowProblem(c.rowNumber(), LedgerColumn.VILLAGE, RowProblem.Kind.UNKNOWN_VILLAGE,
                    unknownNames.get(id)));
        }
        return sheet;
    }
}
