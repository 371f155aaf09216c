package io.guankou.model.sheet;

import io.guankou.model.id.IdProblem;
import io.guankou.model.person.Control;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Vaccination;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A converted row with the user's answers for its unrecognised cells applied, as if the sheet had said so:
 * <ul>
 * <li>a field value is set and given (a living situation joins the row's others); a control of unstable makes the
 * row's diseases unstable, stable changes nothing (stable is what a disease without marker is);</li>
 * <li>a sex is compared with the resident ID, which gave the sex already: a sex that disagrees is
 * {@link RowProblem.Kind#ID_MISMATCH}, as a typed one is;</li>
 * <li>yes/no: pregnant yes or no is given; for the family-doctor contract, the oximeter and the health pack no is
 * given with no date or serial (an update clears it) and yes is a yes without detail, noted and not given;</li>
 * <li>a tier becomes the sheet tier (compared, and kept as an override only on request);</li>
 * <li>leave empty: the cell stays not given; no answer: the cell is {@link #unanswered()}.</li>
 * </ul>
 * A rejected row has no person: only its tier answer and what stays unanswered are worked out.
 */
record AnsweredRow(Person person, Set<LedgerColumn> given, List<RowNote> notes, Tier sheetTier,
        List<RowProblem> problems, List<UnrecognisedCell> unanswered) {

    static AnsweredRow of(ConvertedRow c, ValueMapping values) {
        if (c.unrecognised().isEmpty()) {
            return new AnsweredRow(c.person(), c.given(), c.notes(), c.sheetTier(), List.of(), List.of());
        }
        Person p = c.person();
        Person.Builder b = p == null ? null : p.toBuilder();
        Set<LedgerColumn> given = c.given().isEmpty() ? EnumSet.noneOf(LedgerColumn.class) : EnumSet.copyOf(c.given());
        List<RowNote> notes = new ArrayList<>(c.notes());
        List<RowProblem> problems = new ArrayList<>(0);
        List<UnrecognisedCell> unanswered = new ArrayList<>(0);
        Set<LivingSituation> living = p == null ? null : new LinkedHashSet<>(p.livingSituations());
        Tier tier = c.sheetTier();
        int n = c.rowNumber();
        for (UnrecognisedCell cell : c.unrecognised()) {
            ValueAnswer a = values.answer(cell.column(), cell.key()).orElse(null);
            if (a == null) {
                unanswered.add(cell);
                continue;
            }
            if (a.isEmpty()) {
                continue;
            }
            Enum<?> v = a.value();
            LedgerColumn column = cell.column();
            if (column == LedgerColumn.TIER) {
                tier = (Tier) v;
                continue;
            }
            if (b == null) {
                continue;
            }
            switch (column) {
                case SEX -> {
                    if (v != p.sex()) {
                        problems.add(new RowProblem(n, column, RowProblem.Kind.ID_MISMATCH, cell.text(),
                                IdProblem.SEX_MISMATCH.name()));
                    }
                }
                case LIVING_SITUATION -> {
                    living.add((LivingSituation) v);
                    b.livingSituations(living);
                    given.add(column);
                }
                case MOBILITY -> {
                    b.mobility((Mobility) v);
                    given.add(column);
                }
                case VACCINATION -> {
                    b.vaccination((Vaccination) v);
                    given.add(column);
                }
                case INFECTION -> {
                    b.infection((InfectionState) v);
                    given.add(column);
                }
                case COMORBIDITY_CONTROL -> {
                    if (v == Control.UNSTABLE) {
                        b.comorbidities(ValueParsers.withControl(p.comorbidities(), Control.UNSTABLE));
                    }
                }
                case PREGNANT -> {
                    b.pregnant(v == YesNo.YES);
                    given.add(column);
                }
                case FAMILY_DOCTOR_CONTRACT, OXIMETER, HEALTH_PACK -> {
                    if (v == YesNo.YES) {
                        notes.add(new RowNote(n, column, RowNote.Kind.YES_WITHOUT_DETAIL, cell.text()));
                    } else {
                        // the converter left the date or serial empty: given, an update clears it
                        given.add(column);
                    }
                }
                default -> throw new IllegalStateException("no values to map for " + column);
            }
        }
        return new AnsweredRow(b == null ? null : b.build(), given, notes, tier, problems, unanswered);
    }
}
