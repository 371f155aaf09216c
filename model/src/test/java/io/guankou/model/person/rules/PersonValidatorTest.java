package io.guankou.model.person.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.id.IdProblem;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.rules.PersonProblem.Kind;
import io.guankou.model.person.Tier;
import io.guankou.model.person.TierOverride;
import io.guankou.model.tier.TierRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The person rules of DOMAIN.md §2 and §3, each quoted with its boundary. */
class PersonValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final TierRules RULES = TierRules.defaults(); // ledger from 60 (Ping'an)
    /** GB 11643: 500235 + 19480314 + 00 + 2 (even: female) + check character 1. */
    static final String WOMAN_1948 = "500235194803140021";

    static Person.Builder valid() {
        return Person.builder().name("冉桂兰").residentId(WOMAN_1948).sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1948, 3, 14)).villageId(1);
    }

    static List<PersonProblem> check(Person.Builder b) {
        return PersonValidator.check(b.build(), RULES, TODAY);
    }

    @Test
    void aCompletePersonKeepsEveryRule() {
        assertThat(check(valid().phone("13800000001").emergencyContactPhone("+86 138-0000-0002")
                .infection(InfectionState.INFECTED).infectionDate(TODAY).familyDoctorTeamId(1L)
                .familyDoctorContractDate(TODAY).healthPackIssued(TODAY))).isEmpty();
    }

    @Test
    void nameResidentIdSexBirthDateAndVillageAreRequired() {
        assertThat(check(Person.builder())).containsExactly(
                new PersonProblem(PersonField.NAME, Kind.REQUIRED),
                new PersonProblem(PersonField.RESIDENT_ID, Kind.REQUIRED),
                new PersonProblem(PersonField.SEX, Kind.REQUIRED),
                new PersonProblem(PersonField.BIRTH_DATE, Kind.REQUIRED),
                new PersonProblem(PersonField.VILLAGE, Kind.REQUIRED));
        assertThat(check(valid().name("  "))).containsExactly(new PersonProblem(PersonField.NAME, Kind.REQUIRED));
    }

    @Test
    void aWrongCheckCharacterIsAnInvalidId() {
        // the weighted sum of 50023519480314002 gives 1, not 3
        assertThat(check(valid().residentId("500235194803140023"))).containsExactly(
                new PersonProblem(PersonField.RESIDENT_ID, Kind.INVALID_ID, IdProblem.CHECK_CHARACTER));
    }

    @Test
    void excelDamageIsAnInvalidIdNeverRepaired() {
        assertThat(check(valid().residentId("5.00235E+17"))).containsExactly(
                new PersonProblem(PersonField.RESIDENT_ID, Kind.INVALID_ID, IdProblem.EXCEL_SCIENTIFIC_NOTATION));
    }

    @Test
    void sexAndBirthDateMustAgreeWithTheId() {
        assertThat(check(valid().sex(Sex.MALE).birthDate(LocalDate.of(1948, 3, 15)))).containsExactly(
                new PersonProblem(PersonField.BIRTH_DATE, Kind.ID_MISMATCH, IdProblem.BIRTH_DATE_MISMATCH),
                new PersonProblem(PersonField.SEX, Kind.ID_MISMATCH, IdProblem.SEX_MISMATCH));
    }

    @Test
    void aLowerCaseXIsOnlyAWarningAndNoProblem() {
        // 500235 19461202 00 6 (female), check character X
        assertThat(check(valid().residentId("50023519461202006x").birthDate(LocalDate.of(1946, 12, 2)))).isEmpty();
    }

    @Test
    void phonesAreSevenToTwentyDigitsSpacesOrDashesAfterAnOptionalPlus() {
        assertThat(check(valid().phone("1234567").emergencyContactPhone("+86 023-1234 5678 90"))).isEmpty();
        assertThat(check(valid().phone("123456").emergencyContactPhone("138 0000 000a"))).containsExactly(
                new PersonProblem(PersonField.PHONE, Kind.PHONE_FORMAT),
                new PersonProblem(PersonField.EMERGENCY_PHONE, Kind.PHONE_FORMAT));
        assertThat(PersonValidator.isPhone("123456789012345678901")).isFalse(); // 21 characters
        assertThat(PersonValidator.isPhone("12345678901234567890")).isTrue();   // 20
        assertThat(PersonValidator.isPhone("-1234567")).isFalse();
        assertThat(PersonValidator.isPhone("  ")).isTrue();
    }

    @Test
    void datesMayBeTodayButNotTomorrow() {
        LocalDate tomorrow = TODAY.plusDays(1);
        assertThat(check(valid().infectionDate(TODAY).familyDoctorContractDate(TODAY).healthPackIssued(TODAY)))
                .isEmpty();
        assertThat(check(valid().infectionDate(tomorrow).familyDoctorContractDate(tomorrow)
                .healthPackIssued(tomorrow))).containsExactly(
                new PersonProblem(PersonField.INFECTION_DATE, Kind.IN_FUTURE),
                new PersonProblem(PersonField.CONTRACT_DATE, Kind.IN_FUTURE),
                new PersonProblem(PersonField.HEALTH_PACK_DATE, Kind.IN_FUTURE));
    }

    @Test
    void aBirthDateAfterTodayIsInTheFuture() {
        // 500235 20261124 00 2: the ID itself has a future birth date too
        assertThat(check(valid().residentId("500235202611240025").birthDate(TODAY.plusDays(1)))).containsExactly(
                new PersonProblem(PersonField.RESIDENT_ID, Kind.INVALID_ID, IdProblem.FUTURE_BIRTH_DATE),
                new PersonProblem(PersonField.BIRTH_DATE, Kind.IN_FUTURE));
    }

    @Test
    void theLedgerStartsAtItsAgeLowerBoundToTheDay() {
        // 60 years old exactly today: in the ledger
        assertThat(check(valid().residentId("500235196611230021").birthDate(LocalDate.of(1966, 11, 23)))).isEmpty();
        // one day younger: 59 until tomorrow
        assertThat(check(valid().residentId("500235196611240027").birthDate(LocalDate.of(1966, 11, 24))))
                .containsExactly(new PersonProblem(PersonField.BIRTH_DATE, Kind.BELOW_AGE_BOUND));
        // the national plan's 65
        assertThat(PersonValidator.check(valid().residentId("500235196611230021")
                .birthDate(LocalDate.of(1966, 11, 23)).build(), RULES.withAgeLowerBound(65), TODAY))
                .containsExactly(new PersonProblem(PersonField.BIRTH_DATE, Kind.BELOW_AGE_BOUND));
    }

    @Test
    void pregnantWomenAreKeyPersonsAtAnyAge() {
        assertThat(check(valid().residentId("500235196611240027").birthDate(LocalDate.of(1966, 11, 24))
                .pregnant(true))).isEmpty();
    }

    @Test
    void aStoredPersonStaysValidAfterTheBoundIsRaised() {
        assertThat(check(valid().id(42).residentId("500235196611240027").birthDate(LocalDate.of(1966, 11, 24))))
                .isEmpty();
    }

    @Test
    void anOverrideNeedsAReason() {
        assertThat(PersonValidator.checkOverride(true, " ")).containsExactly(
                new PersonProblem(PersonField.OVERRIDE_REASON, Kind.REQUIRED));
        assertThat(PersonValidator.checkOverride(true, "家属反映近期卧床")).isEmpty();
        assertThat(PersonValidator.checkOverride(false, null)).isEmpty();
        assertThat(check(valid().tierOverride(new TierOverride(Tier.RED, "谭医生", Instant.EPOCH, "卧床")))).isEmpty();
    }

    @Test
    void todayComesFromTheClockInItsZone() {
        // 2026-11-23T17:00Z is already 24 November in Chongqing
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(PersonValidator.check(valid().healthPackIssued(LocalDate.of(2026, 11, 24)).build(), RULES, clock))
                .isEmpty();
    }
}
