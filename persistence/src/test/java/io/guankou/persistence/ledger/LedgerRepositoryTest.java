package io.guankou.persistence.ledger;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.PersonChange;
import io.guankou.model.person.rules.PersonField;
import io.guankou.model.person.rules.PersonProblem;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import io.guankou.model.person.TierOverride;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    LedgerRepository ledger;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        ledger = new LedgerRepository(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A person with every ledger field filled, none at its default. */
    private static Person everyField() {
        LocalDate birth = LocalDate.of(1940, 2, 29);
        return Person.builder()
                .name("谭德明")
                .residentId(TestTownship.residentId(birth, Sex.MALE, 37))
                .sex(Sex.MALE)
                .birthDate(birth)
                .phone("10012345678")
                .emergencyContactName("谭国华")
                .emergencyContactPhone("10087654321")
                .villageId(TestTownship.VILLAGE_2)
                .gridId(TestTownship.GRID_2)
                .householdId(null)
                .address("龙洞村3组12号")
                .livingSituations(Set.of(LivingSituation.ALONE, LivingSituation.LEFT_BEHIND))
                .mobility(Mobility.BEDRIDDEN)
                .comorbidities(List.of(new Comorbidity(Disease.COPD, Control.UNSTABLE),
                        new Comorbidity(Disease.HYPERTENSION, Control.STABLE)))
                .vaccination(Vaccination.INCOMPLETE)
                .infection(InfectionState.INFECTED)
                .infectionDate(LocalDate.of(2026, 11, 20))
                .pregnant(false)
                .familyDoctorTeamId(TestTownship.DOCTOR_TEAM)
                .familyDoctorContractDate(LocalDate.of(2025, 6, 1))
                .responsibilityTeamId(TestTownship.TEAM_2)
                .oximeterSerial("OX-000123")
                .healthPackIssued(LocalDate.of(2026, 11, 21))
                .tierOverride(new TierOverride(Tier.YELLOW, "谭文华", Instant.parse("2026-11-22T02:30:00Z"),
                        "子女返乡照护"))
                .build();
    }

    @Test
    void insertThenFindGivesBackEveryField() {
        Person input = everyField();
        Person saved = ledger.save(input, "办公室小王");

        assertThat(saved.id()).isPositive();
        assertThat(saved.meta().revision()).isEqualTo(1);
        assertThat(saved.meta().townshipCode()).isEqualTo(TestTownship.CODE);
        assertThat(saved.meta().updatedAt()).isEqualTo(CLOCK.instant());
        assertThat(saved.meta().deleted()).isFalse();
        assertThat(saved).usingRecursiveComparison().ignoringFields("id", "meta", "comorbidities")
                .isEqualTo(input);
        assertThat(saved.comorbidities()).containsExactlyInAnyOrderElementsOf(input.comorbidities());
        assertThat(ledger.find(saved.id())).contains(saved);
    }

    @Test
    void updateRoundTripsEveryFieldAndBumpsTheRevision() {
        Person saved = ledger.save(everyField(), "办公室小王");
        Person changed = saved.toBuilder()
                .name("谭德民").phone(null).emergencyContactName(null).emergencyContactPhone(null)
                .villageId(TestTownship.VILLAGE_1).gridId(TestTownship.GRID_1).address(null)
                .livingSituations(Set.of()).mobility(Mobility.NORMAL)
                .comorbidities(List.of(new Comorbidity(Disease.COPD, Control.STABLE)))
                .vaccination(Vaccination.BOOSTER).infection(InfectionState.RECOVERED)
                .familyDoctorTeamId(null).familyDoctorContractDate(null).responsibilityTeamId(TestTownship.TEAM_1)
                .oximeterSerial(null).healthPackIssued(null).tierOverride(null)
                .build();
        Person updated = ledger.save(changed, "办公室小王");

        assertThat(updated.id()).isEqualTo(saved.id());
        assertThat(updated.meta().globalId()).isEqualTo(saved.meta().globalId());
        assertThat(updated.meta().revision()).isEqualTo(2);
        assertThat(updated).usingRecursiveComparison().ignoringFields("meta").isEqualTo(changed);
    }

    @Test
    void historyHasOneRowPerChangedFieldWithOldNewWhoAndWhen() {
        Person saved = ledger.save(TestTownship.person("冉桂兰", 1).build(), "录入员");
        ledger.save(saved.toBuilder().phone("10011112222").address("平安社区2栋1单元3号").build(), "办公室小王");

        List<PersonChange> history = ledger.history(saved.id());
        List<PersonChange> latest = history.stream().filter(c -> c.changedBy().equals("办公室小王")).toList();
        assertThat(latest).extracting(PersonChange::field).containsExactlyInAnyOrder("phone", "address");
        assertThat(latest).filteredOn(c -> c.field().equals("phone")).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isNull();
            assertThat(c.newValue()).isEqualTo("10011112222");
            assertThat(c.changedAt()).isEqualTo(CLOCK.instant());
            assertThat(c.personId()).isEqualTo(saved.id());
        });
        // the insert recorded the initial value of each filled field
        assertThat(history).filteredOn(c -> c.changedBy().equals("录入员")).extracting(PersonChange::field)
                .contains("name", "residentId", "birthDate", "comorbidities", "computedTier");
    }

    @Test
    void savingUnchangedPersonWritesNoHistoryAndKeepsTheRevision() {
        Person saved = ledger.save(TestTownship.person("冉桂兰", 1).build(), "录入员");
        int before = ledger.history(saved.id()).size();
        Person again = ledger.save(saved, "办公室小王");
        assertThat(ledger.history(saved.id())).hasSize(before);
        assertThat(again.meta().revision()).isEqualTo(saved.meta().revision());
    }

    @Test
    void comorbiditiesAreReplacedInTheSameSaveWithASingleHistoryRow() {
        Person saved = ledger.save(TestTownship.person("冉桂兰", 1).build(), "录入员");
        Person changed = saved.toBuilder().comorbidities(List.of(
                new Comorbidity(Disease.HYPERTENSION, Control.UNSTABLE),
                new Comorbidity(Disease.DIABETES, Control.STABLE))).build();
        Person updated = ledger.save(changed, "谭文华");

        assertThat(updated.comorbidities()).containsExactlyInAnyOrderElementsOf(changed.comorbidities());
        List<PersonChange> byDoctor = ledger.history(saved.id()).stream()
                .filter(c -> c.changedBy().equals("谭文华")).toList();
        assertThat(byDoctor).filteredOn(c -> c.field().equals("comorbidities")).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("HYPERTENSION:STABLE");
            assertThat(c.newValue()).isEqualTo("HYPERTENSION:UNSTABLE,DIABETES:STABLE");
        });
        // 78 years (1) + any unstable (2) + complete (0) = 3: still yellow, so no tier change row
        assertThat(byDoctor).extracting(PersonChange::field).containsExactly("comorbidities");

        ledger.save(updated.toBuilder().comorbidities(List.of()).build(), "谭文华");
        assertThat(ledger.find(saved.id()).orElseThrow().comorbidities()).isEmpty();
        // removed comorbidities stay as tombstones for the county merge
        assertThat(TestTownship.query(db, "SELECT count(*) FROM comorbidity WHERE person_id = "
                + saved.id() + " AND deleted = 1")).hasToString("2");
    }

    @Test
    void saveRecomputesTheComputedTierAndRecordsItsChange() {
        Person saved = ledger.save(TestTownship.person("冉桂兰", 1).build(), "录入员");
        assertThat(ledger.entry(saved.id()).computedTier()).isEqualTo(Tier.YELLOW);

        ledger.save(saved.toBuilder().vaccination(Vaccination.NONE)
                .comorbidities(List.of(new Comorbidity(Disease.STROKE, Control.UNSTABLE))).build(), "谭文华");

        assertThat(ledger.entry(saved.id()).computedTier()).isEqualTo(Tier.RED);
        assertThat(ledger.history(saved.id())).filteredOn(c -> c.field().equals("computedTier"))
                .first().satisfies(c -> {
                    assertThat(c.oldValue()).isEqualTo("YELLOW");
                    assertThat(c.newValue()).isEqualTo("RED");
                });
        assertThat(ledger.assess(ledger.find(saved.id()).orElseThrow()).score()).isEqualTo(1 + 2 + 2);
    }

    @Test
    void overrideKeepsWhoWhenWhyAndTheComputedTierStaysVisible() {
        Person saved = ledger.save(TestTownship.person("冉桂兰", 1).build(), "录入员");
        TierOverride override = new TierOverride(Tier.RED, "谭文华", Instant.parse("2026-11-23T01:00:00Z"),
                "独居且行动不便");
        ledger.save(saved.toBuilder().tierOverride(override).build(), "谭文华");

        Person stored = ledger.find(saved.id()).orElseThrow();
        assertThat(stored.tierOverride()).isEqualTo(override);
        LedgerEntry entry = ledger.entry(saved.id());
        assertThat(entry.computedTier()).isEqualTo(Tier.YELLOW);
        assertThat(entry.overrideTier()).isEqualTo(Tier.RED);
        assertThat(entry.tier()).isEqualTo(Tier.RED);
        assertThat(ledger.history(saved.id())).filteredOn(c -> c.field().equals("tierOverride"))
                .singleElement().extracting(PersonChange::newValue).asString()
                .contains("RED", "谭文华", "独居且行动不便");
    }

    @Test
    void leaveKeepsTheRowAndItsHistoryButDropsItFromTheLedger() {
        Person stays = ledger.save(TestTownship.person("冉桂兰", 1).build(), "录入员");
        Person leaves = ledger.save(TestTownship.person("陈秀英", 2).build(), "录入员");
        assertThat(ledger.loadEntries()).hasSize(2);

        ledger.leave(leaves.id(), new Departure(Departure.Reason.DECEASED, LocalDate.of(2026, 11, 20)), "办公室小王");

        assertThat(ledger.loadEntries()).extracting(LedgerEntry::personId).containsExactly(stays.id());
        Person gone = ledger.find(leaves.id()).orElseThrow();
        assertThat(gone.departure()).isEqualTo(new Departure(Departure.Reason.DECEASED, LocalDate.of(2026, 11, 20)));
        assertThat(gone.isActive()).isFalse();
        assertThat(gone.meta().revision()).isEqualTo(2);
        assertThat(ledger.history(leaves.id()).get(0)).satisfies(c -> {
            assertThat(c.field()).isEqualTo("departure");
            assertThat(c.newValue()).isEqualTo("DECEASED|2026-11-20");
            assertThat(c.changedBy()).isEqualTo("办公室小王");
        });
        assertThat(ledger.findIdByResidentId(leaves.residentId())).isEmpty();
    }

    @Test
    void loadEntriesJoinsNamesAndCountsComorbidities() {
        Person saved = ledger.save(everyField(), "录入员");
        LedgerEntry e = ledger.loadEntries().get(0);
        assertThat(e.personId()).isEqualTo(saved.id());
        assertThat(e.villageName()).isEqualTo("龙洞村");
        assertThat(e.gridName()).isEqualTo("第一网格");
        assertThat(e.teamId()).isEqualTo(TestTownship.TEAM_2);
        assertThat(e.teamName()).isEqualTo("龙洞小分队");
        assertThat(e.comorbidityCount()).isEqualTo(2);
        assertThat(e.anyUnstable()).isTrue();
        assertThat(e.vaccination()).isEqualTo(Vaccination.INCOMPLETE);
        assertThat(e.phone()).isEqualTo("10012345678");
        // 86 (2) + unstable (2) + incomplete (1) = 5 -> red, overridden to yellow
        assertThat(e.computedTier()).isEqualTo(Tier.RED);
        assertThat(e.overrideTier()).isEqualTo(Tier.YELLOW);
    }

    @Test
    void aSecondActivePersonWithTheSameResidentIdIsRefused() {
        Person first = ledger.save(TestTownship.person("冉桂兰", 1).build(), "录入员");
        assertThat(ledger.findIdByResidentId(first.residentId().toLowerCase())).contains(first.id());
        assertThatThrownBy(() -> ledger.save(TestTownship.person("冉桂芳", 1).build(), "录入员"))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("resident ID");
        assertThat(ledger.loadEntries()).hasSize(1);
    }

    @Test
    void aFailedSaveStoresNothing() {
        Person bad = TestTownship.person("冉桂兰", 1).villageId(999).build();
        assertThatThrownBy(() -> ledger.save(bad, "录入员")).isInstanceOf(DatabaseException.class);
        assertThat(TestTownship.query(db, "SELECT count(*) FROM person")).hasToString("0");
        assertThat(TestTownship.query(db, "SELECT count(*) FROM person_change")).hasToString("0");
        assertThat(TestTownship.query(db, "SELECT count(*) FROM comorbidity")).hasToString("0");
    }

    @Test
    void aPersonBreakingAPersonRuleIsRefusedNamingTheFieldsAndNothingIsStored() {
        // DOMAIN.md §3: the ledger holds people from its age lower bound (60 by default) up; phones are phone numbers
        LocalDate birth = TestTownship.TODAY.minusYears(60).plusDays(1); // 59 today
        Person young = TestTownship.person("冉小芳", 2).residentId(TestTownship.residentId(birth, Sex.FEMALE, 2))
                .birthDate(birth).phone("12345").build();
        assertThatThrownBy(() -> ledger.save(young, "录入员"))
                .isInstanceOfSatisfying(PersonRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.INVALID_PERSON);
                    assertThat(e.detail()).isEqualTo("BIRTH_DATE, PHONE");
                    assertThat(e.problems()).containsExactly(
                            new PersonProblem(PersonField.BIRTH_DATE, PersonProblem.Kind.BELOW_AGE_BOUND),
                            new PersonProblem(PersonField.PHONE, PersonProblem.Kind.PHONE_FORMAT));
                });
        assertThat(TestTownship.query(db, "SELECT count(*) FROM person")).hasToString("0");

        // pregnant women are kept at any age; a date after today is refused
        assertThatThrownBy(() -> ledger.save(young.toBuilder().pregnant(true).phone(null)
                .healthPackIssued(TestTownship.TODAY.plusDays(1)).build(), "录入员"))
                .isInstanceOfSatisfying(PersonRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new PersonProblem(PersonField.HEALTH_PACK_DATE, PersonProblem.Kind.IN_FUTURE)));
        Person saved = ledger.save(young.toBuilder().pregnant(true).phone(null)
                .healthPackIssued(TestTownship.TODAY).build(), "录入员");
        assertThat(saved.id()).isPositive();
    }

    @Test
    void aStoredPersonStaysEditableAfterTheAgeBoundIsRaised() {
        Person p = ledger.save(TestTownship.person("冉桂兰", 1).birthDate(LocalDate.of(1964, 1, 1))
                .residentId(TestTownship.residentId(LocalDate.of(1964, 1, 1), Sex.FEMALE, 1)).build(), "录入员");
        new io.guankou.persistence.settings.TierRulesRepository(db, CLOCK)
                .save(io.guankou.model.tier.TierRules.defaults().withAgeLowerBound(65), "谭医生");
        assertThat(ledger.save(p.toBuilder().phone("13800000009").build(), "录入员").phone()).isEqualTo("13800000009");
    }
}
