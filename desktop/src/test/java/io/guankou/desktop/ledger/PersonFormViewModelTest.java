package io.guankou.desktop.ledger;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.PersonChange;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonFormViewModelTest {

    /** 1941-03-07, digit 17 = 3 (odd): male. */
    static final String VALID_MALE_ID = ResidentIds.withCheckCharacter("50023519410307003");

    @TempDir
    Path dir;
    Database db;
    LedgerRepository ledger;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    LedgerViewModel ledgerVm;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = TestClocks.FIXED;
        ledger = new LedgerRepository(db, clock);
        ledgerVm = new LedgerViewModel(ledger, new PlaceRepository(db), new TierRulesRepository(db, clock), runner,
                clock, "王医生", new DataEvents());
        ledgerVm.reload();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private PersonFormViewModel filledNewPerson() {
        PersonFormViewModel f = ledgerVm.newPerson();
        f.nameProperty().set("测试老人");
        f.residentIdProperty().set(VALID_MALE_ID);
        f.villageIdProperty().set(f.lists().villages().get(0).id());
        f.phoneProperty().set("13800001234");
        return f;
    }

    @Test
    void anEmptyFormIsInvalidAndSavesNothing() {
        int before = ledger.loadEntries().size();
        PersonFormViewModel f = ledgerVm.newPerson();
        assertThat(f.validProperty().get()).isFalse();
        assertThat(f.errors()).containsEntry(FormField.NAME, PersonFormViewModel.KEY_REQUIRED)
                .containsEntry(FormField.RESIDENT_ID, PersonFormViewModel.KEY_REQUIRED)
                .containsEntry(FormField.VILLAGE, PersonFormViewModel.KEY_REQUIRED);
        assertThat(f.save(() -> { })).isFalse();
        assertThat(ledger.loadEntries()).hasSize(before);
    }

    @Test
    void aPersonYoungerThanTheLedgerAgeBoundIsRefusedUnlessPregnant() {
        // DOMAIN.md §3: the ledger's age lower bound is a setting (60 by default, Ping'an);
        // pregnant women get level-3 service at any age.
        int before = ledger.loadEntries().size();
        LocalDate birth = TestClocks.TODAY.minusYears(45);
        String id = ResidentIds.withCheckCharacter("500235" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "002");
        PersonFormViewModel f = filledNewPerson();
        f.residentIdProperty().set(id);
        assertThat(f.birthDateProperty().get()).isEqualTo(birth);
        assertThat(f.errors()).containsEntry(FormField.BIRTH_DATE, PersonFormViewModel.KEY_BELOW_AGE_BOUND);
        assertThat(f.save(() -> { })).isFalse();
        assertThat(ledger.loadEntries()).hasSize(before);

        f.pregnantProperty().set(true);
        assertThat(f.errors()).doesNotContainKey(FormField.BIRTH_DATE);
        assertThat(f.save(() -> { })).isTrue();
        assertThat(ledger.loadEntries()).hasSize(before + 1);
    }

    @Test
    void aValidIdFillsSexAndBirthDate() {
        PersonFormViewModel f = ledgerVm.newPerson();
        f.residentIdProperty().set(VALID_MALE_ID);
        assertThat(f.sexProperty().get()).isEqualTo(Sex.MALE);
        assertThat(f.birthDateProperty().get()).isEqualTo(LocalDate.of(1941, 3, 7));
        assertThat(f.errors()).doesNotContainKeys(FormField.RESIDENT_ID, FormField.SEX, FormField.BIRTH_DATE);
    }

    @Test
    void aWrongCheckCharacterIsRefusedWithItsOwnMessage() {
        PersonFormViewModel f = filledNewPerson();
        char good = VALID_MALE_ID.charAt(17);
        f.residentIdProperty().set(VALID_MALE_ID.substring(0, 17) + (good == '1' ? '2' : '1'));
        assertThat(f.errors()).containsEntry(FormField.RESIDENT_ID, "enum.IdProblem.CHECK_CHARACTER");
        assertThat(f.save(() -> { })).isFalse();
    }

    @Test
    void excelScientificNotationIsRecognised() {
        PersonFormViewModel f = filledNewPerson();
        f.residentIdProperty().set("5.00235E+17");
        assertThat(f.errors()).containsEntry(FormField.RESIDENT_ID, "enum.IdProblem.EXCEL_SCIENTIFIC_NOTATION");
    }

    @Test
    void sexOrBirthDateDisagreeingWithTheIdIsRefusedAtThatField() {
        PersonFormViewModel f = filledNewPerson();
        f.sexProperty().set(Sex.FEMALE);
        assertThat(f.errors()).containsEntry(FormField.SEX, "enum.IdProblem.SEX_MISMATCH");
        f.sexProperty().set(Sex.MALE);
        f.birthDateProperty().set(LocalDate.of(1941, 3, 8));
        assertThat(f.errors()).containsEntry(FormField.BIRTH_DATE, "enum.IdProblem.BIRTH_DATE_MISMATCH")
                .doesNotContainKey(FormField.SEX);
        assertThat(f.validProperty().get()).isFalse();
    }

    @Test
    void aDuplicateIdIsRefusedAndNothingSaved() {
        LedgerEntry existing = ledger.loadEntries().get(0);
        int before = ledger.loadEntries().size();
        PersonFormViewModel f = filledNewPerson();
        f.residentIdProperty().set(existing.residentId());
        assertThat(f.errors()).containsEntry(FormField.RESIDENT_ID, PersonFormViewModel.KEY_DUPLICATE_ID);
        assertThat(f.save(() -> { })).isFalse();
        assertThat(ledger.loadEntries()).hasSize(before);
    }

    @Test
    void aValidNewPersonIsSavedWithHistoryAndAppearsInTheList() {
        PersonFormViewModel f = filledNewPerson();
        f.diseaseProperty(Disease.DIABETES).set(true);
        f.controlProperty(Disease.DIABETES).set(Control.UNSTABLE);
        f.vaccinationProperty().set(Vaccination.NONE);
        // 85 years old (2 points) + unstable (2) + unvaccinated (2) = 6: red by the default table
        assertThat(f.assessmentProperty().get().tier()).isEqualTo(Tier.RED);
        assertThat(f.assessmentProperty().get().comorbidityPoints()).isEqualTo(2);
        boolean[] closed = {false};
        assertThat(f.save(() -> closed[0] = true)).isTrue();
        assertThat(closed[0]).isTrue();

        long id = ledger.findIdByResidentId(VALID_MALE_ID).orElseThrow();
        assertThat(ledger.history(id)).extracting(PersonChange::field).contains("name", "residentId", "phone");
        assertThat(ledger.history(id)).allMatch(c -> c.changedBy().equals("王医生"));
        ledgerVm.searchTextProperty().set("测试老人");
        assertThat(ledgerVm.rows()).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(id);
            assertThat(e.computedTier()).isEqualTo(Tier.RED);
        });
    }

    @Test
    void editingKeepsEveryOtherFieldAndRecordsTheChange() {
        LedgerEntry someone = ledger.loadEntries().get(2);
        AtomicReference<PersonFormViewModel> form = new AtomicReference<>();
        ledgerVm.edit(someone.personId(), form::set, runner.errors::add);
        PersonFormViewModel f = form.get();
        assertThat(f.isNew()).isFalse();
        assertThat(f.validProperty().get()).as("errors %s", f.errors()).isTrue();
        f.phoneProperty().set("13912345678");
        assertThat(f.save(() -> { })).isTrue();

        assertThat(ledger.find(someone.personId()).orElseThrow().phone()).isEqualTo("13912345678");
        assertThat(ledger.history(someone.personId())).first().satisfies(c -> {
            assertThat(c.field()).isEqualTo("phone");
            assertThat(c.newValue()).isEqualTo("13912345678");
        });
        assertThat(ledger.find(someone.personId()).orElseThrow().residentId()).isEqualTo(someone.residentId());
    }

    @Test
    void anOverrideNeedsAReasonAndKeepsTheClinician() {
        PersonFormViewModel f = filledNewPerson();
        f.overrideEnabledProperty().set(true);
        f.overrideTierProperty().set(Tier.RED);
        assertThat(f.errors()).containsEntry(FormField.OVERRIDE_REASON, PersonFormViewModel.KEY_OVERRIDE_REASON);
        f.overrideReasonProperty().set("独居且行动不便");
        assertThat(f.validProperty().get()).isTrue();
        assertThat(f.save(() -> { })).isTrue();
        long id = ledger.findIdByResidentId(VALID_MALE_ID).orElseThrow();
        assertThat(ledger.find(id).orElseThrow().tierOverride()).satisfies(o -> {
            assertThat(o.tier()).isEqualTo(Tier.RED);
            assertThat(o.by()).isEqualTo("王医生");
            assertThat(o.reason()).isEqualTo("独居且行动不便");
        });
    }

    @Test
    void phoneNumbersAreCheckedAtTheirField() {
        PersonFormViewModel f = filledNewPerson();
        f.phoneProperty().set("12");
        f.emergencyPhoneProperty().set("abc");
        assertThat(f.errors()).containsEntry(FormField.PHONE, PersonFormViewModel.KEY_PHONE)
                .containsEntry(FormField.EMERGENCY_PHONE, PersonFormViewModel.KEY_PHONE);
        f.phoneProperty().set("023-7788 1234");
        f.emergencyPhoneProperty().set("+86 13800001234");
        assertThat(f.errors()).doesNotContainKeys(FormField.PHONE, FormField.EMERGENCY_PHONE);
    }

    @Test
    void datesAfterTodayAreRefusedAtTheirField() {
        PersonFormViewModel f = filledNewPerson();
        LocalDate tomorrow = TestClocks.TODAY.plusDays(1);
        f.infectionProperty().set(io.guankou.model.person.InfectionState.INFECTED);
        f.infectionDateProperty().set(tomorrow);
        f.doctorTeamIdProperty().set(f.lists().doctorTeams().get(0).id());
        f.contractDateProperty().set(tomorrow);
        f.healthPackIssuedProperty().set(tomorrow);
        assertThat(f.errors()).containsEntry(FormField.INFECTION_DATE, PersonFormViewModel.KEY_FUTURE_DATE)
                .containsEntry(FormField.CONTRACT_DATE, PersonFormViewModel.KEY_FUTURE_DATE)
                .containsEntry(FormField.HEALTH_PACK, PersonFormViewModel.KEY_FUTURE_DATE);
        assertThat(f.save(() -> { })).isFalse();

        f.infectionDateProperty().set(TestClocks.TODAY);
        f.contractDateProperty().set(TestClocks.TODAY);
        f.healthPackIssuedProperty().set(TestClocks.TODAY);
        assertThat(f.errors()).isEmpty();
    }
}
