package io.guankou.model.person.rules;

import io.guankou.model.id.IdCheck;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.id.IdProblem;
import io.guankou.model.id.ResidentIdValidator;
import io.guankou.model.tier.TierRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules a ledger person must keep (DOMAIN.md §2, §3), in one place for the form, the sheet import and the
 * repository. Pure: the caller gives the tier rules (for the ledger's age lower bound) and today.
 *
 * <ul>
 * <li>Name, resident ID, sex, birth date and village are required.</li>
 * <li>The resident ID is checked with {@link ResidentIdValidator} (GB 11643-1999): an invalid check character,
 * an impossible date or Excel damage is {@link PersonProblem.Kind#INVALID_ID}; a sex or birth date that
 * disagrees with the ID is {@link PersonProblem.Kind#ID_MISMATCH} at that field. A lower-case x is only a
 * warning there and not a problem here.</li>
 * <li>Phone and emergency phone, when given: 7–20 characters of digits, spaces or dashes, optionally after a
 * leading plus.</li>
 * <li>Birth, infection, family-doctor contract and health-pack dates are not after today.</li>
 * <li>The ledger holds people from its age lower bound up ({@link TierRules#ageLowerBound()}: 60 in Ping'an, 65 in
 * the national plan). Pregnant women are key persons at any age (level-3 service), and a person already stored
 * ({@code id != 0}) stays valid after the office raises the bound.</li>
 * <li>A tier override needs a reason ({@link #checkOverride}); a stored {@code TierOverride} always has one.</li>
 * </ul>
 * Problems come in the order above, ID findings before the other birth-date findings, so a caller showing one
 * message per field shows the first one.
 */
public final class PersonValidator {

    public static final int MIN_PHONE_LENGTH = 7;
    public static final int MAX_PHONE_LENGTH = 20;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]*");

    private PersonValidator() {
    }

    /** As {@link #check(Person, TierRules, LocalDate)}, today from {@code clock}. */
    public static List<PersonProblem> check(Person person, TierRules rules, Clock clock) {
        return check(person, rules, LocalDate.now(clock));
    }

    /** Every rule {@code person} breaks; empty when it may be stored. */
    public static List<PersonProblem> check(Person person, TierRules rules, LocalDate today) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(today, "today");
        List<PersonProblem> problems = new ArrayList<>();
        if (isBlank(person.name())) {
            problems.add(new PersonProblem(PersonField.NAME, PersonProblem.Kind.REQUIRED));
        }
        residentId(person, today, problems);
        if (person.sex() == null) {
            problems.add(new PersonProblem(PersonField.SEX, PersonProblem.Kind.REQUIRED));
        }
        if (person.birthDate() == null) {
            problems.add(new PersonProblem(PersonField.BIRTH_DATE, PersonProblem.Kind.REQUIRED));
        } else if (person.birthDate().isAfter(today)) {
            problems.add(new PersonProblem(PersonField.BIRTH_DATE, PersonProblem.Kind.IN_FUTURE));
        } else if (belowAgeBound(person, rules, today)) {
            problems.add(new PersonProblem(PersonField.BIRTH_DATE, PersonProblem.Kind.BELOW_AGE_BOUND));
        }
        phone(PersonField.PHONE, person.phone(), problems);
        phone(PersonField.EMERGENCY_PHONE, person.emergencyContactPhone(), problems);
        if (person.villageId() == 0) {
            problems.add(new PersonProblem(PersonField.VILLAGE, PersonProblem.Kind.REQUIRED));
        }
        notInFuture(PersonField.INFECTION_DATE, person.infectionDate(), today, problems);
        notInFuture(PersonField.CONTRACT_DATE, person.familyDoctorContractDate(), today, problems);
        notInFuture(PersonField.HEALTH_PACK_DATE, person.healthPackIssued(), today, problems);
        return List.copyOf(problems);
    }

    /** A wanted override without a reason is refused; none wanted, nothing to check. */
    public static List<PersonProblem> checkOverride(boolean wanted, String reason) {
        return wanted && isBlank(reason)
                ? List.of(new PersonProblem(PersonField.OVERRIDE_REASON, PersonProblem.Kind.REQUIRED))
                : List.of();
    }

    /** Blank (not given), or 7–20 characters of digits with spaces, dashes or a leading plus. */
    public static boolean isPhone(String s) {
        if (isBlank(s)) {
            return true;
        }
        String t = s.strip();
        return t.length() >= MIN_PHONE_LENGTH && t.length() <= MAX_PHONE_LENGTH && PHONE.matcher(t).matches();
    }

    /** Whether the age lower bound refuses this person: new, not pregnant and younger than the bound. */
    public static boolean belowAgeBound(Person person, TierRules rules, LocalDate today) {
        if (person.pregnant() || person.id() != 0 || person.birthDate() == null) {
            return false;
        }
        return !rules.isLedgerAge(person.ageOn(today));
    }

    private static void residentId(Person person, LocalDate today, List<PersonProblem> problems) {
        if (isBlank(person.residentId())) {
            problems.add(new PersonProblem(PersonField.RESIDENT_ID, PersonProblem.Kind.REQUIRED));
            return;
        }
        IdCheck check = ResidentIdValidator.checkAsOf(person.residentId(), person.birthDate(), person.sex(), today);
        for (IdProblem p : check.problems()) {
            if (p == IdProblem.SEX_MISMATCH) {
                problems.add(new PersonProblem(PersonField.SEX, PersonProblem.Kind.ID_MISMATCH, p));
            } else if (p == IdProblem.BIRTH_DATE_MISMATCH) {
                problems.add(new PersonProblem(PersonField.BIRTH_DATE, PersonProblem.Kind.ID_MISMATCH, p));
            } else if (!p.isWarning()) {
                problems.add(new PersonProblem(PersonField.RESIDENT_ID, PersonProblem.Kind.INVALID_ID, p));
            }
        }
    }

    private static void phone(PersonField field, String value, List<PersonProblem> problems) {
        if (!isPhone(value)) {
            problems.add(new PersonProblem(field, PersonProblem.Kind.PHONE_FORMAT));
        }
    }

    private static void notInFuture(PersonField field, LocalDate date, LocalDate today,
                                    List<PersonProblem> problems) {
        if (date != null && date.isAfter(today)) {
            problems.add(new PersonProblem(field, PersonProblem.Kind.IN_FUTURE));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
