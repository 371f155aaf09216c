package io.guankou.model.sheet;

import io.guankou.model.person.Person;
import io.guankou.model.person.Tier;
import java.util.List;
import java.util.Set;

/**
 * One sheet row as the import will treat it.
 *
 * @param rowNumber    the sheet row
 * @param action       add, update, unchanged or rejected
 * @param name         the name cell (for the preview; may be {@code null} on a rejected row)
 * @param residentId   the normalised resident ID, {@code null} when it is missing or wrong
 * @param person       what will be stored: the new person (id 0), the stored person with the sheet's values
 *                     (update), the stored person (unchanged); {@code null} when rejected or waiting. A village id below
 *                     zero is a village to create ({@link SheetVillages#isPlaceholder})
 * @param before       the stored person for an update or unchanged row, else {@code null}
 * @param changed      the fields an update changes ({@link LedgerColumn#TIER} when an override is set)
 * @param computedTier the tier the rules give the stored result, {@code null} when rejected or waiting
 * @param sheetTier    the tier the sheet gives, or {@code null}
 * @param problems     why the row is rejected
 * @param notes        reported, imported anyway
 * @param unanswered   the row's cells whose unrecognised value has no answer yet (on a rejected row too); a row
 *                     that would be written otherwise is {@link RowAction#WAITING}
 */
public record PlannedRow(int rowNumber, RowAction action, String name, String residentId, Person person,
        Person before, Set<LedgerColumn> changed, Tier computedTier, Tier sheetTier, List<RowProblem> problems,
        List<RowNote> notes, List<UnrecognisedCell> unanswered) {

    public PlannedRow {
        changed = changed.isEmpty() ? Set.of() : Set.copyOf(changed);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        unanswered = unanswered.isEmpty() ? List.of() : List.copyOf(unanswered);
        if ((action == RowAction.REJECTED) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row is rejected exactly when it has problems");
        }
        if (action != RowAction.REJECTED && (action == RowAction.WAITING) == unanswered.isEmpty()) {
            throw new IllegalArgumentException("a row without problems waits exactly when a value is unanswered");
        }
    }

    /** A row with every value answered. */
    public PlannedRow(int rowNumber, RowAction action, String name, String residentId, Person person, Person before,
                      Set<LedgerColumn> changed, Tier computedTier, Tier sheetTier, List<RowProblem> problems,
                      List<RowNote> notes) {
        this(rowNumber, action, name, residentId, person, before, changed, computedTier, sheetTier, problems, notes,
                List.of());
    }

    /** The sheet gives a tier that the rules do not give (listed; kept only when the user asks). */
    public boolean tierDiffers() {
        return sheetTier != null && computedTier != null && sheetTier != computedTier;
    }

    public boolean writes() {
        return action == RowAction.ADD || action == RowAction.UPDATE;
    }
}
