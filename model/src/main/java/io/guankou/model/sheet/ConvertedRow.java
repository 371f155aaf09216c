package io.guankou.model.sheet;

import io.guankou.model.person.Person;
import io.guankou.model.person.Tier;
import java.util.List;
import java.util.Set;

/**
 * One sheet row read into a person by {@link RowConverter}.
 *
 * @param rowNumber  the sheet row
 * @param name       the name cell as typed (stripped), {@code null} when blank; kept on rejected rows for the preview
 * @param person     the person as the sheet gives it (id 0, no meta; village id 0 when the village cell was
 *                   blank); {@code null} when the row is rejected. Village, grid and team ids below zero are
 *                   placeholders for places the import may create ({@link SheetVillages#isPlaceholder})
 * @param problems   why the row is rejected; empty when it is not
 * @param notes      reported, but the row is imported
 * @param sheetTier  the tier the sheet gives, or {@code null}
 * @param residentId the normalised resident ID when it is valid, else {@code null} (also set on rejected rows,
 *                   so duplicates can be found)
 * @param given      the person fields the row actually gives (non-blank cells, plus {@link LedgerColumn#SEX}
 *                   and {@link LedgerColumn#BIRTH_DATE}, always known from a valid ID); an update writes only
 *                   these. Not given: informational and unread columns, the tier and the control column
 *                   (not person fields of their own), yes/no words for "unknown", and a "yes" where a date or
 *                   serial is needed ({@link RowNote.Kind#YES_WITHOUT_DETAIL}); a "no" there is given, with no
 *                   value
 */
public record ConvertedRow(int rowNumber, String name, Person person, List<RowProblem> problems, List<RowNote> notes,
        Tier sheetTier, String residentId, Set<LedgerColumn> given) {

    public ConvertedRow {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        given = Set.copyOf(given);
        if ((person == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row has a person exactly when it has no problems");
        }
    }

    public boolean isRejected() {
        return person == null;
    }
}
