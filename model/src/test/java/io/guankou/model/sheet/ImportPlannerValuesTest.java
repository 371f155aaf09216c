package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Vaccination;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.sync.RecordMeta;
import io.guankou.model.tier.TierClassifier;
import io.guankou.model.tier.TierRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The planner applying the user's answers for values the parser did not recognise (issue 10, value mapping):
 * answered, the field is set and given; left empty, it is not given; unanswered, the row waits and the plan
 * lists the value. Sheet 姓名 | 身份证号 | 村 | 性别 | 居住情况 | 行动能力 | 基础疾病 | 控制情况 | 疫苗接种情况 |
 * 是否孕妇 | 家庭医生签约 | 血氧仪 | 健康包 | 分级.
 */
class ImportPlannerValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 1, 10);
    private static final Instant AT = Instant.parse("2023-01-10T02:00:00Z");
    private static final long LONGDONG = 2;
    private static final List<Village> VILLAGES = List.of(
            new Village(LONGDONG, null, "500235124200", "龙洞村", UrbanRuralClass.C220, null));
    private static final ColumnMapping MAPPING = ColumnMapping.empty()
            .with(0, LedgerColumn.NAME).with(1, LedgerColumn.RESIDENT_ID).with(2, LedgerColumn.VILLAGE)
            .with(3, LedgerColumn.SEX).with(4, LedgerColumn.LIVING_SITUATION).with(5, LedgerColumn.MOBILITY)
            .with(6, LedgerColumn.COMORBIDITIES).with(7, LedgerColumn.COMORBIDITY_CONTROL)
            .with(8, LedgerColumn.VACCINATION).with(9, LedgerColumn.PREGNANT)
            .with(10, LedgerColumn.FAMILY_DOCTOR_CONTRACT).with(11, LedgerColumn.OXIMETER)
            .with(12, LedgerColumn.HEALTH_PACK).with(13, LedgerColumn.TIER);
    private static final int SEX = 3;
    private static final int LIVING = 4;
    private static final int MOBILITY = 5;
    private static final int DISEASES = 6;
    private static final int CONTROL = 7;
    private static final int VACCINATION = 8;
    private static final int PREGNANT = 9;
    private static final int DOCTOR = 10;
    private static final int OXIMETER = 11;
    private static final int TIER = 13;

    private final ImportPlanner planner = new ImportPlanner(new TierClassifier(TierRules.defaults()), TODAY);
    private final RowConverter converter = new RowConverter(MAPPING, new SheetVillages(VILLAGES), TODAY);
    private final Map<String, Person> stored = new HashMap<>();
    private final List<ConvertedRow> rows = new ArrayList<>();
    private ValueMapping answers = ValueMapping.empty();

    /** A man born 1950-01-01 (odd orders), a woman (even orders). */
    private static String id(int order) {
        return ResidentIds.withCheckCharacter("11010119500101" + String.format("%03d", order));
    }

    /** A new person of 龙洞村 on sheet row {@code 2 + rows so far}, with the cells (index, text …). */
    private void row(String id, Object... indexAndText) {
        String[] c = new String[14];
        c[0] = "王五";
        c[1] = id;
        c[2] = "龙洞村";
        for (int i = 0; i < indexAndText.length; i += 2) {
            c[(Integer) indexAndText[i]] = (String) indexAndText[i + 1];
        }
        rows.add(converter.convert(new RawRow(rows.size() + 2, Arrays.asList(c))));
    }

    private void answer(LedgerColumn column, String value, ValueAnswer answer) {
        answers = answers.with(column, value, answer);
    }

    private ImportPlan plan() {
        return planner.plan(rows, stored, List.of(),
                new ImportChoices(Map.of(), false, "办公室小王", AT, null).withValues(answers));
    }

    private ImportPlan planKeepingSheetTiers() {
        return planner.plan(rows, stored, List.of(),
                new ImportChoices(Map.of(), true, "办公室小王", AT, "表格").withValues(answers));
    }

    private static PlannedRow first(ImportPlan plan) {
        return plan.rows().get(0);
    }

    @Test
    void aRowWithAnUnansweredValueWaitsAndThePlanListsTheValue() {
        row(id(1), VACCINATION, "打了");
        row(id(3), VACCINATION, " 打 了");
        row(id(5));

        ImportPlan plan = plan();

        assertThat(plan.rows()).extracting(PlannedRow::action)
                .containsExactly(RowAction.WAITING, RowAction.WAITING, RowAction.ADD);
        assertThat(first(plan).unanswered()).containsExactly(new UnrecognisedCell(LedgerColumn.VACCINATION, "打了"));
        assertThat(first(plan).person()).isNull();
        assertThat(plan.unanswered()).containsExactly(new UnknownValue(LedgerColumn.VACCINATION, "打了", "打了", 2));
        assertThat(plan.hasUnanswered()).isTrue();
        assertThat(plan.toWrite()).extracting(PlannedRow::rowNumber).containsExactly(4);
        assertThat(plan.counts()).containsEntry(RowAction.WAITING, 2);
    }

    @Test
    void anAnsweredValueIsSetAndGiven() {
        row(id(1), VACCINATION, "打了", MOBILITY, "能走动");
        answer(LedgerColumn.VACCINATION, "打了", ValueAnswer.of(Vaccination.BOOSTER));
        answer(LedgerColumn.MOBILITY, "能走动", ValueAnswer.of(Mobility.NORMAL));

        ImportPlan plan = plan();

        assertThat(plan.hasUnanswered()).isFalse();
        PlannedRow add = first(plan);
        assertThat(add.action()).isEqualTo(RowAction.ADD);
        assertThat(add.person().vaccination()).isEqualTo(Vaccination.BOOSTER);
        assertThat(add.person().mobility()).isEqualTo(Mobility.NORMAL);
        assertThat(add.unanswered()).isEmpty();
        // 73 years old: 1 point; booster: 0 → green
        assertThat(add.computedTier()).isEqualTo(Tier.GREEN);
    }

    @Test
    void onAStoredPersonAnAnswerUpdatesTheFieldAndLeaveEmptyKeepsTheStoredValue() {
        Person p = store(1);
        row(id(1), VACCINATION, "打了", MOBILITY, "能走动");
        answer(LedgerColumn.VACCINATION, "打了", ValueAnswer.of(Vaccination.BOOSTER));
        answer(LedgerColumn.MOBILITY, "能走动", ValueAnswer.LEAVE_EMPTY);

        PlannedRow update = first(plan());

        assertThat(update.action()).isEqualTo(RowAction.UPDATE);
        assertThat(update.changed()).containsExactly(LedgerColumn.VACCINATION);
        assertThat(update.person().vaccination()).isEqualTo(Vaccination.BOOSTER);
        assertThat(update.person().mobility()).isEqualTo(p.mobility()).isEqualTo(Mobility.BEDRIDDEN);

        answers = ValueMapping.empty().with(LedgerColumn.VACCINATION, "打了", ValueAnswer.LEAVE_EMPTY)
                .with(LedgerColumn.MOBILITY, "能走动", ValueAnswer.LEAVE_EMPTY);
        assertThat(first(plan()).action()).isEqualTo(RowAction.UNCHANGED);
    }

    @Test
    void aSexAnswerIsComparedWithTheResidentId() {
        row(id(1), SEX, "男的");
        answer(LedgerColumn.SEX, "男的", ValueAnswer.of(Sex.MALE));
        assertThat(first(plan()).action()).isEqualTo(RowAction.ADD);

        answer(LedgerColumn.SEX, "男的", ValueAnswer.of(Sex.FEMALE));
        PlannedRow r = first(plan());
        assertThat(r.action()).isEqualTo(RowAction.REJECTED);
        assertThat(r.problems()).containsExactly(new RowProblem(2, LedgerColumn.SEX, RowProblem.Kind.ID_MISMATCH,
                "男的", "SEX_MISMATCH"));

        answer(LedgerColumn.SEX, "男的", ValueAnswer.LEAVE_EMPTY);
        assertThat(first(plan()).person().sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void aPregnancyAnswerOfYesLiftsTheAgeBoundAsATypedYesDoes() {
        // born 1990: far below the ledger's age bound of 60
        String young = ResidentIds.withCheckCharacter("11010119900101002");
        row(young, PREGNANT, "怀着呢");
        assertThat(first(plan()).action()).isEqualTo(RowAction.WAITING);

        answer(LedgerColumn.PREGNANT, "怀着呢", ValueAnswer.of(YesNo.YES));
        PlannedRow r = first(plan());
        assertThat(r.action()).isEqualTo(RowAction.ADD);
        assertThat(r.person().pregnant()).isTrue();

        answer(LedgerColumn.PREGNANT, "怀着呢", ValueAnswer.of(YesNo.NO));
        assertThat(first(plan()).problems()).extracting(RowProblem::kind)
                .containsExactly(RowProblem.Kind.BELOW_AGE_BOUND);
    }

    @Test
    void aContractedWithoutDateIsAYesWithoutDetailANoClearsTheStoredDate() {
        Person p = store(1);
        row(id(1), DOCTOR, "签过", OXIMETER, "借用中");
        answer(LedgerColumn.FAMILY_DOCTOR_CONTRACT, "签过", ValueAnswer.of(YesNo.YES));
        answer(LedgerColumn.OXIMETER, "借用中", ValueAnswer.of(YesNo.YES));

        PlannedRow yes = first(plan());
        assertThat(yes.action()).isEqualTo(RowAction.UNCHANGED);
        assertThat(yes.person().familyDoctorContractDate()).isEqualTo(p.familyDoctorContractDate());
        assertThat(yes.notes()).containsExactly(
                new RowNote(2, LedgerColumn.FAMILY_DOCTOR_CONTRACT, RowNote.Kind.YES_WITHOUT_DETAIL, "签过"),
                new RowNote(2, LedgerColumn.OXIMETER, RowNote.Kind.YES_WITHOUT_DETAIL, "借用中"));

        answer(LedgerColumn.FAMILY_DOCTOR_CONTRACT, "签过", ValueAnswer.of(YesNo.NO));
        answer(LedgerColumn.OXIMETER, "借用中", ValueAnswer.of(YesNo.NO));
        PlannedRow no = first(plan());
        assertThat(no.action()).isEqualTo(RowAction.UPDATE);
        assertThat(no.changed()).containsExactlyInAnyOrder(LedgerColumn.FAMILY_DOCTOR_CONTRACT, LedgerColumn.OXIMETER);
        assertThat(no.person().familyDoctorContractDate()).isNull();
        assertThat(no.person().oximeterSerial()).isNull();
        assertThat(no.notes()).isEmpty();
    }

    @Test
    void aMappedLivingSituationJoinsTheRowsOthers() {
        row(id(1), LIVING, "留守、空巢独居、低保");
        answer(LedgerColumn.LIVING_SITUATION, "空巢独居", ValueAnswer.of(LivingSituation.ALONE));
        answer(LedgerColumn.LIVING_SITUATION, "低保", ValueAnswer.LEAVE_EMPTY);

        PlannedRow r = first(plan());

        assertThat(r.action()).isEqualTo(RowAction.ADD);
        assertThat(r.person().livingSituations())
                .containsExactlyInAnyOrder(LivingSituation.LEFT_BEHIND, LivingSituation.ALONE);
    }

    @Test
    void aControlAnsweredUnstableMakesTheDiseasesUnstable() {
        row(id(1), DISEASES, "高血压、糖尿病", CONTROL, "时好时坏");
        answer(LedgerColumn.COMORBIDITY_CONTROL, "时好时坏", ValueAnswer.of(Control.UNSTABLE));

        PlannedRow r = first(plan());

        assertThat(r.person().comorbidities()).containsExactly(
                new Comorbidity(Disease.HYPERTENSION, Control.UNSTABLE), new Comorbidity(Disease.DIABETES, Control.UNSTABLE));
        // age 1 + unstable 2 + no vaccination 2 = 5 → red
        assertThat(r.computedTier()).isEqualTo(Tier.RED);
    }

    @Test
    void anAnsweredTierIsComparedAndKeptOnlyOnRequest() {
        row(id(1), VACCINATION, "未接种", TIER, "重点关注");
        answer(LedgerColumn.TIER, "重点关注", ValueAnswer.of(Tier.YELLOW));

        PlannedRow compared = first(plan());
        // age 1 + vaccination none 2 = 3 → yellow: no difference
        assertThat(compared.sheetTier()).isEqualTo(Tier.YELLOW);
        assertThat(compared.tierDiffers()).isFalse();

        answer(LedgerColumn.TIER, "重点关注", ValueAnswer.of(Tier.RED));
        ImportPlan plan = planKeepingSheetTiers();
        assertThat(plan.tierDifferences()).hasSize(1);
        assertThat(first(plan).person().tierOverride().tier()).isEqualTo(Tier.RED);

        answer(LedgerColumn.TIER, "重点关注", ValueAnswer.LEAVE_EMPTY);
        assertThat(first(planKeepingSheetTiers()).sheetTier()).isNull();
    }

    @Test
    void aRejectedRowStaysRejectedButItsValueMustStillBeAnswered() {
        row("110101195001010018", VACCINATION, "打了"); // wrong check character

        ImportPlan plan = plan();

        assertThat(first(plan).action()).isEqualTo(RowAction.REJECTED);
        assertThat(first(plan).unanswered()).containsExactly(new UnrecognisedCell(LedgerColumn.VACCINATION, "打了"));
        assertThat(plan.hasUnanswered()).isTrue();
    }

    @Test
    void answersForValuesTheSheetDoesNotHoldAreCarriedAndAskNothing() {
        row(id(1));
        answer(LedgerColumn.TIER, "重点关注", ValueAnswer.of(Tier.RED));

        ImportPlan plan = plan();

        assertThat(plan.unknownValues()).isEmpty();
        assertThat(plan.hasUnanswered()).isFalse();
        assertThat(plan.choices().values().answer(LedgerColumn.TIER, "重点关注")).isPresent();
    }

    @Test
    void replanningWithAnswersUsesTheSameConvertedRows() {
        row(id(1), VACCINATION, "打了");
        ImportPlan waiting = plan();
        answer(LedgerColumn.VACCINATION, "打了", ValueAnswer.of(Vaccination.COMPLETE));
        ImportPlan answered = plan();
        answers = ValueMapping.empty();

        assertThat(plan().rows()).isEqualTo(waiting.rows());
        assertThat(answered.rows()).extracting(PlannedRow::action).containsExactly(RowAction.ADD);
        assertThat(Set.copyOf(answered.unknownValues())).isEqualTo(Set.copyOf(waiting.unknownValues()));
    }

    /** A stored man of order {@code order}: bedridden, complete vaccination, contracted 2022-03-01, an oximeter. */
    private Person store(int order) {
        Person p = Person.builder()
                .id(10 + order)
                .meta(new RecordMeta(UUID.randomUUID(), "500235124", AT.minusSeconds(86_400), 3, false))
                .name("王五").residentId(id(order)).sex(Sex.MALE).birthDate(LocalDate.of(1950, 1, 1))
                .villageId(LONGDONG).mobility(Mobility.BEDRIDDEN).vaccination(Vaccination.COMPLETE)
                .familyDoctorContractDate(LocalDate.of(2022, 3, 1)).oximeterSerial("OX-1")
                .build();
        stored.put(p.residentId(), p);
        return p;
    }
}
