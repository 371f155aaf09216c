package io.guankou.model.sheet;

import io.guankou.model.person.Person;
import io.guankou.model.person.rules.PersonField;
import io.guankou.model.person.rules.PersonProblem;
import io.guankou.model.person.rules.PersonValidator;
import io.guankou.model.tier.TierRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The {@link PersonValidator} rules applied to a person read from a sheet row, as that row's problems. */
final class PersonRowProblems {

    private final TierRules rules;
    private final LocalDate today;

    PersonRowProblems(TierRules rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    /** The problems of the person a row would store ({@code id == 0} for a new person). */
    List<RowProblem> of(int rowNumber, Person person) {
        List<PersonProblem> found = PersonValidator.check(person, rules, today);
        List<RowProblem> out = new ArrayList<>(found.size());
        for (PersonProblem p : found) {
            out.add(new RowProblem(rowNumber, column(p.field()), kind(p.kind()), value(p.field(), person),
                    detail(p)));
        }
        return out;
    }

    static LedgerColumn column(PersonField field) {
        return switch (field) {
            case NAME -> LedgerColumn.NAME;
            case RESIDENT_ID -> LedgerColumn.RESIDENT_ID;
            case SEX -> LedgerColumn.SEX;
            case BIRTH_DATE -> LedgerColumn.BIRTH_DATE;
            case PHONE -> LedgerColumn.PHONE;
            case EMERGENCY_PHONE -> LedgerColumn.EMERGENCY_CONTACT_PHONE;
            case VILLAGE -> LedgerColumn.VILLAGE;
            case INFECTION_DATE -> LedgerColumn.INFECTION_DATE;
            case CONTRACT_DATE -> LedgerColumn.FAMILY_DOCTOR_CONTRACT;
            case HEALTH_PACK_DATE -> LedgerColumn.HEALTH_PACK;
            case OVERRIDE_REASON -> LedgerColumn.TIER;
        };
    }

    private static RowProblem.Kind kind(PersonProblem.Kind kind) {
        return switch (kind) {
            case REQUIRED -> RowProblem.Kind.REQUIRED;
            case INVALID_ID -> RowProblem.Kind.INVALID_ID;
            case ID_MISMATCH -> RowProblem.Kind.ID_MISMATCH;
            case PHONE_FORMAT -> RowProblem.Kind.BAD_PHONE;
            case IN_FUTURE -> RowProblem.Kind.FUTURE_DATE;
            case BELOW_AGE_BOUND -> RowProblem.Kind.BELOW_AGE_BOUND;
        };
    }

    private String detail(PersonProblem p) {
        if (p.idProblem() != null) {
            return p.idProblem().name();
        }
        return p.kind() == PersonProblem.Kind.BELOW_AGE_BOUND ? Integer.toString(rules.ageLowerBound()) : null;
    }

    private static String value(PersonField field, Person p) {
        Object v = switch (field) {
            case NAME -> p.name();
            case RESIDENT_ID -> p.residentId();
            case SEX -> p.sex();
            case BIRTH_DATE -> p.birthDate();
            case PHONE -> p.phone();
            case EMERGENCY_PHONE -> p.emergencyContactPhone();
            case VILLAGE, OVERRIDE_REASON -> null;
            case INFECTION_DATE -> p.infectionDate();
            case CONTRACT_DATE -> p.familyDoctorContractDate();
            case HEALTH_PACK_DATE -> p.healthPackIssued();
        };
        return v == null ? null : v.toString();
    }
}
