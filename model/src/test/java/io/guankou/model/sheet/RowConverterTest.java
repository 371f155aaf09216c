package io.guankou.model.sheet;

import static io.guankou.model.sheet.LedgerColumn.ADDRESS;
import static io.guankou.model.sheet.LedgerColumn.AGE;
import static io.guankou.model.sheet.LedgerColumn.BIRTH_DATE;
import static io.guankou.model.sheet.LedgerColumn.COMORBIDITIES;
import static io.guankou.model.sheet.LedgerColumn.COMORBIDITY_CONTROL;
import static io.guankou.model.sheet.LedgerColumn.EMERGENCY_CONTACT_NAME;
import static io.guankou.model.sheet.LedgerColumn.EMERGENCY_CONTACT_PHONE;
import static io.guankou.model.sheet.LedgerColumn.FAMILY_DOCTOR_CONTRACT;
import static io.guankou.model.sheet.LedgerColumn.GRID;
import static io.guankou.model.sheet.LedgerColumn.HEALTH_PACK;
import static io.guankou.model.sheet.LedgerColumn.INFECTION;
import static io.guankou.model.sheet.LedgerColumn.INFECTION_DATE;
import static io.guankou.model.sheet.LedgerColumn.LIVING_SITUATION;
import static io.guankou.model.sheet.LedgerColumn.MOBILITY;
import static io.guankou.model.sheet.LedgerColumn.NAME;
import static io.guankou.model.sheet.LedgerColumn.NOTE;
import static io.guankou.model.sheet.LedgerColumn.OXIMETER;
import static io.guankou.model.sheet.LedgerColumn.PHONE;
import static io.guankou.model.sheet.LedgerColumn.PREGNANT;
import static io.guankou.model.sheet.LedgerColumn.RESIDENT_ID;
import static io.guankou.model.sheet.LedgerColumn.RESPONSIBILITY_TEAM;
import static io.guankou.model.sheet.LedgerColumn.SEX;
import static io.guankou.model.sheet.LedgerColumn.TIER;
import static io.guankou.model.sheet.LedgerColumn.VACCINATION;
import static io.guankou.model.sheet.LedgerColumn.VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.guankou.model.id.ResidentIdValidator;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Person;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowConverterTest {

    /** Import day: the IDs' birth dates are before it. */
    private static final LocalDate TODAY = LocalDate.of(2023, 1, 10);

    /** Man born 1950-01-01 (digit 17 is 1). */
    private static final String MAN = ResidentIds.withCheckCharacter("11010119500101001");
    /** Woman born 1962-03-15 whose check character is X. */
    private static final String WOMAN_X = ResidentIds.withCheckCharacter("11010119620315032");

    /** Every ledger column, in a sheet laid out in ledger order: column i holds LedgerColumn.values()[i]. */
    private static final ColumnMapping ALL = allColumns();

    private static final VillageLookup VILLAGES = new VillageLookup() {
        @Override
        public Optional<Long> find(String text) {
            return switch (text) {
                case "东村", "110101001" -> Optional.of(7L);
                case "西村" -> Optional.of(8L);
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<Long> findGrid(long villageId, String text) {
            return villageId == 7L && text.equals("第一网格") ? Optional.of(70L) : Optional.empty();
        }

        @Override
        public Optional<Long> findTeam(long villageId, String text) {
            return text.equals("第二组") ? Optional.of(5L) : Optional.empty();
        }

        @Override
        public Optional<Long> teamOfGrid(long gridId) {
            return gridId == 70L ? Optional.of(4L) : Optional.empty();
        }
    };

    private final RowConverter converter = new RowConverter(ALL, VILLAGES, TODAY);

    private static ColumnMapping allColumns() {
        ColumnMapping m = ColumnMapping.empty();
        for (LedgerColumn c : LedgerColumn.values()) {
            m = m.with(c.ordinal(), c);
        }
        return m;
    }

    /** A row of the all-columns sheet: column, cell, column, cell … (row number 5). */
    private static RawRow row(Object... columnsAndCells) {
        return numberedRow(5, columnsAndCells);
    }

    private static RawRow numberedRow(int number, Object... columnsAndCells) {
        Map<LedgerColumn, String> byColumn = new EnumMap<>(LedgerColumn.class);
        for (int i = 0; i < columnsAndCells.length; i += 2) {
            byColumn.put((LedgerColumn) columnsAndCells[i], (String) columnsAndCells[i + 1]);
        }
        List<String> cells = new ArrayList<>();
        for (LedgerColumn c : LedgerColumn.values()) {
            cells.add(byColumn.get(c));
        }
        return new RawRow(number, cells);
    }

    /** Name and a valid ID plus the given cells. */
    private static RawRow person(Object... more) {
        Object[] all = new Object[more.length + 4];
        all[0] = NAME;
        all[1] = "张三";
        all[2] = RESIDENT_ID;
        all[3] = MAN;
        System.arraycopy(more, 0, all, 4, more.length);
        return row(all);
    }

    private ConvertedRow convert(RawRow row) {
        return converter.convert(row);
    }

    private static Set<LedgerColumn> nameIdSexBirth(LedgerColumn... more) {
        Set<LedgerColumn> s = EnumSet.of(NAME, RESIDENT_ID, SEX, BIRTH_DATE);
        s.addAll(Arrays.asList(more));
        return s;
    }

    private static void assertKept(ConvertedRow r) {
        assertThat(r.problems()).isEmpty();
        assertThat(r.isRejected()).isFalse();
        assertThat(r.person()).isNotNull();
    }

    private static void assertRejectedWith(ConvertedRow r, LedgerColumn column, RowProblem.Kind kind, String value,
            String detail) {
        assertThat(r.isRejected()).isTrue();
        assertThat(r.person()).isNull();
        assertThat(r.problems()).containsExactly(new RowProblem(r.rowNumber(), column, kind, value, detail));
    }

    // ---- a whole row ----------------------------------------------------------------------------------

    @Test
    void aFullRowAsAnOfficeTypesItGivesEveryField() {
        ConvertedRow r = convert(row(
                NAME, " 张三 ",
                RESIDENT_ID, MAN,
                SEX, "男",
                BIRTH_DATE, "1950-01-01",
                AGE, "73岁",
                PHONE, "13800138000",
                EMERGENCY_CONTACT_NAME, "张小明",
                EMERGENCY_CONTACT_PHONE, "13900139000",
                VILLAGE, "东村",
                GRID, "第一网格",
                ADDRESS, "东村3组12号",
                LIVING_SITUATION, "独居、留守",
                MOBILITY, "行动不便",
                COMORBIDITIES, "高血压、糖尿病、痛风",
                COMORBIDITY_CONTROL, "控制稳定",
                VACCINATION, "已全程",
                INFECTION, "已康复",
                INFECTION_DATE, "2022/12/5",
                PREGNANT, "否",
                FAMILY_DOCTOR_CONTRACT, "是",
                RESPONSIBILITY_TEAM, "第二组",
                OXIMETER, "YX-302-0042",
                HEALTH_PACK, "2022年12月20日",
                TIER, "红",
                NOTE, "子女在外地"));

        assertKept(r);
        assertThat(r.rowNumber()).isEqualTo(5);
        Person p = r.person();
        assertThat(p.id()).isZero();
        assertThat(p.meta()).isNull();
        assertThat(p.name()).isEqualTo("张三");
        assertThat(p.residentId()).isEqualTo(MAN);
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(p.phone()).isEqualTo("13800138000");
        assertThat(p.emergencyContactName()).isEqualTo("张小明");
        assertThat(p.emergencyContactPhone()).isEqualTo("13900139000");
        assertThat(p.villageId()).isEqualTo(7L);
        assertThat(p.gridId()).isEqualTo(70L);
        assertThat(p.householdId()).isNull();
        assertThat(p.address()).isEqualTo("东村3组12号");
        assertThat(p.livingSituations()).containsExactlyInAnyOrder(LivingSituation.ALONE, LivingSituation.LEFT_BEHIND);
        assertThat(p.mobility()).isEqualTo(Mobility.LIMITED);
        assertThat(p.comorbidities()).containsExactly(
                new Comorbidity(Disease.HYPERTENSION, Control.STABLE),
                new Comorbidity(Disease.DIABETES, Control.STABLE));
        assertThat(p.vaccination()).isEqualTo(Vaccination.COMPLETE);
        assertThat(p.infection()).isEqualTo(InfectionState.RECOVERED);
        assertThat(p.infectionDate()).isEqualTo(LocalDate.of(2022, 12, 5));
        assertThat(p.pregnant()).isFalse();
        assertThat(p.familyDoctorTeamId()).isNull();
        assertThat(p.familyDoctorContractDate()).isNull();
        assertThat(p.responsibilityTeamId()).as("the team named, not the grid's").isEqualTo(5L);
        assertThat(p.oximeterSerial()).isEqualTo("YX-302-0042");
        assertThat(p.healthPackIssued()).isEqualTo(LocalDate.of(2022, 12, 20));
        assertThat(p.tierOverride()).isNull();
        assertThat(p.departure()).isNull();

        assertThat(r.residentId()).isEqualTo(MAN);
        assertThat(r.sheetTier()).isEqualTo(Tier.RED);
        assertThat(r.notes()).containsExactly(
                new RowNote(5, COMORBIDITIES, RowNote.Kind.UNKNOWN_PART, "痛风"),
                new RowNote(5, FAMILY_DOCTOR_CONTRACT, RowNote.Kind.YES_WITHOUT_DETAIL, "是"));
        // the person fields given; not: age and note (informational), the tier (not a person field), the
        // control column (part of the diseases), the family-doctor "yes" (no date)
        assertThat(r.given()).containsExactlyInAnyOrder(NAME, RESIDENT_ID, SEX, BIRTH_DATE, PHONE,
                EMERGENCY_CONTACT_NAME, EMERGENCY_CONTACT_PHONE, VILLAGE, GRID, RESPONSIBILITY_TEAM, ADDRESS, LIVING_SITUATION, MOBILITY,
                COMORBIDITIES, VACCINATION, INFECTION, INFECTION_DATE, PREGNANT, OXIMETER, HEALTH_PACK);
    }

    @Test
    void nameAndIdAloneGiveAPersonWithDefaultsAndSexAndBirthDateFromTheId() {
        ConvertedRow r = convert(row(NAME, "李梅", RESIDENT_ID, WOMAN_X));

        assertKept(r);
        Person p = r.person();
        assertThat(p.name()).isEqualTo("李梅");
        assertThat(p.residentId()).isEqualTo(WOMAN_X).endsWith("X");
        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1962, 3, 15));
        assertThat(p.villageId()).isZero();
        assertThat(p.phone()).isNull();
        assertThat(p.address()).isNull();
        assertThat(p.livingSituations()).isEmpty();
        assertThat(p.comorbidities()).isEmpty();
        assertThat(p.mobility()).isEqualTo(Mobility.NORMAL);
        assertThat(p.vaccination()).isEqualTo(Vaccination.NONE);
        assertThat(p.infection()).isEqualTo(InfectionState.NEVER);
        assertThat(p.infectionDate()).isNull();
        assertThat(p.pregnant()).isFalse();
        assertThat(p.familyDoctorContractDate()).isNull();
        assertThat(p.oximeterSerial()).isNull();
        assertThat(p.healthPackIssued()).isNull();
        assertThat(r.notes()).isEmpty();
        assertThat(r.sheetTier()).isNull();
        assertThat(r.residentId()).isEqualTo(WOMAN_X);
        assertThat(r.given()).isEqualTo(nameIdSexBirth());
    }

    @Test
    void givenHoldsExactlyTheNonBlankPersonColumns() {
        ConvertedRow r = convert(person(PHONE, "13800138000", ADDRESS, "  ", VILLAGE, "\u3000", MOBILITY, "",
                VACCINATION, "2针", INFECTION, null, HEALTH_PACK, "2022.12.05"));

        assertKept(r);
        assertThat(r.given()).isEqualTo(nameIdSexBirth(PHONE, VACCINATION, HEALTH_PACK));
    }

    @Test
    void aSheetWithFewColumnsAndShortRowsIsRead() {
        ColumnMapping few = ColumnMapping.empty().with(1, NAME).with(2, RESIDENT_ID).with(9, PHONE);
        RowConverter c = new RowConverter(few, VILLAGES, TODAY);
        assertThat(c.mapping()).isSameAs(few);

        ConvertedRow r = c.convert(new RawRow(12, Arrays.asList("1", "王五", MAN)));

        assertKept(r);
        assertThat(r.rowNumber()).isEqualTo(12);
        assertThat(r.person().name()).isEqualTo("王五");
        assertThat(r.person().phone()).isNull();
        assertThat(r.given()).isEqualTo(nameIdSexBirth());
    }

    @Test
    void convertAllKeepsTheOrderAndTheRowNumbers() {
        List<ConvertedRow> out = converter.convertAll(List.of(
                numberedRow(3, NAME, "张三", RESIDENT_ID, MAN),
                numberedRow(4, NAME, "", RESIDENT_ID, MAN),
                numberedRow(9, NAME, "李梅", RESIDENT_ID, WOMAN_X.toLowerCase())));

        assertThat(out).extracting(ConvertedRow::rowNumber).containsExactly(3, 4, 9);
        assertThat(out).extracting(ConvertedRow::isRejected).containsExactly(false, true, false);
        assertThat(out.get(1).problems()).extracting(RowProblem::rowNumber).containsExactly(4);
        assertThat(out.get(2).notes()).extracting(RowNote::rowNumber).containsExactly(9);
        assertThat(converter.convertAll(List.of())).isEmpty();
    }

    // ---- required fields ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\n"})
    void aBlankNameIsRequiredButTheValidIdIsStillReported(String blank) {
        ConvertedRow r = convert(row(NAME, blank, RESIDENT_ID, MAN));

        assertRejectedWith(r, NAME, RowProblem.Kind.REQUIRED, null, null);
        assertThat(r.residentId()).isEqualTo(MAN);
    }

    @Test
    void aMissingNameCellIsRequiredToo() {
        RowConverter c = new RowConverter(ColumnMapping.empty().with(0, RESIDENT_ID), VILLAGES, TODAY);
        ConvertedRow r = c.convert(new RawRow(2, List.of(MAN)));
        assertRejectedWith(r, NAME, RowProblem.Kind.REQUIRED, null, null);
    }

    @Test
    void aBlankIdIsRequired() {
        ConvertedRow r = convert(row(NAME, "张三", RESIDENT_ID, " ", SEX, "男", BIRTH_DATE, "1950-01-01"));

        assertRejectedWith(r, RESIDENT_ID, RowProblem.Kind.REQUIRED, null, null);
        assertThat(r.residentId()).isNull();
    }

    @Test
    void aBlankRowLacksBothNameAndId() {
        ConvertedRow r = convert(row());
        assertThat(r.problems()).extracting(RowProblem::column, RowProblem::kind).containsExactly(
                tuple(NAME, RowProblem.Kind.REQUIRED), tuple(RESIDENT_ID, RowProblem.Kind.REQUIRED));
        assertThat(r.residentId()).isNull();
    }

    // ---- resident IDs ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.10101195001011E+17 | EXCEL_SCIENTIFIC_NOTATION",
            "1.10101E+17          | EXCEL_SCIENTIFIC_NOTATION",
            "1.10101195001011e17  | EXCEL_SCIENTIFIC_NOTATION",
            "110101195001011000   | EXCEL_NUMBER",
            "110101195001010017.0 | EXCEL_NUMBER",
            "110,101,195,001,011,000 | EXCEL_NUMBER"})
    void idsThatExcelTurnedIntoNumbersAreDamagedNeverRepaired(String cell, String detail) {
        ConvertedRow r = convert(row(NAME, "张三", RESIDENT_ID, cell, SEX, "男", BIRTH_DATE, "1950-01-01"));

        assertRejectedWith(r, RESIDENT_ID, RowProblem.Kind.DAMAGED_ID, cell, detail);
        assertThat(r.residentId()).isNull();
        assertThat(r.given()).doesNotContain(RESIDENT_ID, SEX, BIRTH_DATE);
    }

    @Test
    void theZeroedTailReallyIsExcelDamageForTheValidator() {
        // guards the test data above: 11010119500101100 has check character 1, so ...000 is not a real ID
        assertThat(ResidentIds.checkCharacter("11010119500101100")).isNotEqualTo('0');
        assertThat(ResidentIdValidator.checkAsOf("110101195001011000", null, null, TODAY).isExcelDamage()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "110101195001010018  | CHECK_CHARACTER",
            "11010119500101001   | WRONG_LENGTH",
            "1101011950010100170 | WRONG_LENGTH",
            "11010119500101001A  | BAD_CHARACTERS",
            "110101195002300014  | IMPOSSIBLE_BIRTH_DATE",
            "110101202306010012  | FUTURE_BIRTH_DATE"})
    void aWrongIdIsInvalid(String cell, String detail) {
        String id = detail.equals("IMPOSSIBLE_BIRTH_DATE") || detail.equals("FUTURE_BIRTH_DATE")
                ? ResidentIds.withCheckCharacter(cell.substring(0, 17)) : cell;

        ConvertedRow r = convert(row(NAME, "张三", RESIDENT_ID, id));

        assertThat(r.isRejected()).isTrue();
        assertThat(r.problems()).extracting(RowProblem::column, RowProblem::kind, RowProblem::value)
                .containsOnly(tuple(RESIDENT_ID, RowProblem.Kind.INVALID_ID, id));
        assertThat(r.problems()).extracting(RowProblem::detail).contains(detail);
        assertThat(r.residentId()).isNull();
    }

    @Test
    void aBirthDateAfterTheImportDayIsJudgedByTheImportDay() {
        String born2023 = ResidentIds.withCheckCharacter("11010120230601001");
        RawRow r = row(NAME, "张小宝", RESIDENT_ID, born2023);

        assertThat(convert(r).problems()).extracting(RowProblem::detail).containsExactly("FUTURE_BIRTH_DATE");
        ConvertedRow later = new RowConverter(ALL, VILLAGES, LocalDate.of(2023, 7, 1)).convert(r);
        assertKept(later);
        assertThat(later.person().birthDate()).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void aLowerCaseXIsNotedAndStoredUpperCase() {
        String typed = WOMAN_X.toLowerCase();

        ConvertedRow r = convert(row(NAME, "李梅", RESIDENT_ID, typed));

        assertKept(r);
        assertThat(r.person().residentId()).isEqualTo(WOMAN_X);
        assertThat(r.residentId()).isEqualTo(WOMAN_X);
        assertThat(r.notes()).containsExactly(new RowNote(5, RESIDENT_ID, RowNote.Kind.LOWERCASE_X, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'110101195001010017", "\uff11\uff11\uff10\uff11\uff10\uff11\uff11\uff19\uff15\uff10"
            + "\uff10\uff11\uff10\uff11\uff10\uff10\uff11\uff17", " 110101195001010017\u3000"})
    void pasteArtefactsAroundTheIdAreUndone(String cell) {
        ConvertedRow r = convert(row(NAME, "张三", RESIDENT_ID, cell));

        assertKept(r);
        assertThat(r.person().residentId()).isEqualTo(MAN);
        assertThat(r.residentId()).isEqualTo(MAN);
    }

    @Test
    void aSexColumnThatDisagreesWithTheIdIsAMismatchAndTheIdIsKeptForDuplicates() {
        ConvertedRow r = convert(person(SEX, "女"));

        assertRejectedWith(r, SEX, RowProblem.Kind.ID_MISMATCH, "女", "SEX_MISMATCH");
        assertThat(r.residentId()).isEqualTo(MAN);
    }

    @Test
    void aBirthDateColumnThatDisagreesWithTheIdIsAMismatch() {
        ConvertedRow r = convert(person(BIRTH_DATE, "1950-01-02"));

        assertRejectedWith(r, BIRTH_DATE, RowProblem.Kind.ID_MISMATCH, "1950-01-02", "BIRTH_DATE_MISMATCH");
        assertThat(r.residentId()).isEqualTo(MAN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"男 | 1950-01-01", "M | 1950/1/1", "1 | 1950年1月1日", "男性 | 19500101",
            "male | 1950-01-01 00:00"})
    void sexAndBirthDateColumnsThatAgreeWithTheIdAreAccepted(String sex, String birth) {
        ConvertedRow r = convert(person(SEX, sex, BIRTH_DATE, birth));

        assertKept(r);
        assertThat(r.person().sex()).isEqualTo(Sex.MALE);
        assertThat(r.person().birthDate()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(r.given()).isEqualTo(nameIdSexBirth());
    }

    @Test
    void anUnreadableBirthDateRejectsTheRowAnUnknownSexIsAsked() {
        ConvertedRow r = convert(person(SEX, "不男不女", BIRTH_DATE, "1950-02-30"));

        assertThat(r.problems()).containsExactly(
                new RowProblem(5, BIRTH_DATE, RowProblem.Kind.BAD_DATE, "1950-02-30", "IMPOSSIBLE_DATE"));
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(SEX, "不男不女"));
        assertThat(r.residentId()).isEqualTo(MAN);
    }

    @Test
    void anUnknownSexLeavesTheSexOfTheId() {
        ConvertedRow r = convert(person(SEX, "男性公民"));

        assertKept(r);
        assertThat(r.person().sex()).isEqualTo(Sex.MALE);
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(SEX, "男性公民"));
    }

    // ---- single values --------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"已全程, COMPLETE", "全程, COMPLETE", "2针, COMPLETE", "已接种2针, COMPLETE", "加强针, BOOSTER",
            "3针, BOOSTER", "已接种3剂, BOOSTER", "未接种, NONE", "0针, NONE", "1针, INCOMPLETE", "未全程, INCOMPLETE"})
    void vaccinationAsOfficesTypeIt(String cell, Vaccination expected) {
        ConvertedRow r = convert(person(VACCINATION, cell));

        assertKept(r);
        assertThat(r.person().vaccination()).isEqualTo(expected);
        assertThat(r.given()).contains(VACCINATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"打了", "已接种", "不知道"})
    void anUnknownVaccinationWordIsAskedNotRejected(String cell) {
        ConvertedRow r = convert(person(VACCINATION, cell));

        assertKept(r);
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(VACCINATION, cell));
        assertThat(r.given()).isEqualTo(nameIdSexBirth());
        assertThat(r.residentId()).isEqualTo(MAN);
    }

    @ParameterizedTest
    @CsvSource({"正常, NORMAL", "行动不便, LIMITED", "半失能, LIMITED", "失能, DISABLED", "卧床, BEDRIDDEN"})
    void mobility(String cell, Mobility expected) {
        ConvertedRow r = convert(person(MOBILITY, cell));
        assertKept(r);
        assertThat(r.person().mobility()).isEqualTo(expected);
        assertThat(r.given()).contains(MOBILITY);
    }

    @ParameterizedTest
    @CsvSource({"未感染, NEVER", "阳性, INFECTED", "病程中, INFECTED", "已康复, RECOVERED", "阳康, RECOVERED"})
    void infection(String cell, InfectionState expected) {
        ConvertedRow r = convert(person(INFECTION, cell));
        assertKept(r);
        assertThat(r.person().infection()).isEqualTo(expected);
        assertThat(r.given()).contains(INFECTION);
    }

    @ParameterizedTest
    @CsvSource({"MOBILITY, 能走", "INFECTION, 阳过", "PREGNANT, 可能"})
    void otherUnknownSingleWordsAreAskedNotRejected(LedgerColumn column, String cell) {
        ConvertedRow r = convert(person(column, cell));
        assertKept(r);
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(column, cell));
        assertThat(r.given()).isEqualTo(nameIdSexBirth());
    }

    @ParameterizedTest
    @CsvSource({"是, true", "√, true", "否, false", "无, false"})
    void pregnant(String cell, boolean expected) {
        ConvertedRow r = convert(row(NAME, "李梅", RESIDENT_ID, WOMAN_X, PREGNANT, cell));
        assertKept(r);
        assertThat(r.person().pregnant()).isEqualTo(expected);
        assertThat(r.given()).contains(PREGNANT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"不详", "-", "/"})
    void aYesNoWordForUnknownIsNotGiven(String cell) {
        ConvertedRow r = convert(person(PREGNANT, cell, OXIMETER, cell, HEALTH_PACK, cell,
                FAMILY_DOCTOR_CONTRACT, cell));
        assertKept(r);
        assertThat(r.person().pregnant()).isFalse();
        assertThat(r.given()).isEqualTo(nameIdSexBirth());
        assertThat(r.notes()).isEmpty();
    }

    // ---- dates ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2022-12-05", "2022/12/5", "2022.12.05", "20221205", "2022年12月5日", "2022-12-05 00:00",
            "2022-12-05T00:00:00", "２０２２－１２－０５"})
    void datesInTheFormsOfficesUse(String cell) {
        ConvertedRow r = convert(person(INFECTION, "已康复", INFECTION_DATE, cell,
                FAMILY_DOCTOR_CONTRACT, cell, HEALTH_PACK, cell));

        assertKept(r);
        LocalDate day = LocalDate.of(2022, 12, 5);
        assertThat(r.person().infectionDate()).isEqualTo(day);
        assertThat(r.person().familyDoctorContractDate()).isEqualTo(day);
        assertThat(r.person().healthPackIssued()).isEqualTo(day);
        assertThat(r.given()).contains(INFECTION_DATE, FAMILY_DOCTOR_CONTRACT, HEALTH_PACK);
        assertThat(r.notes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25/12/2022", "12/25/2022", "25.12.2022"})
    void yearLastDatesAreReadWhenTheOrderIsClear(String cell) {
        ConvertedRow r = convert(person(INFECTION_DATE, cell));
        assertKept(r);
        assertThat(r.person().infectionDate()).isEqualTo(LocalDate.of(2022, 12, 25));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "44900      | EXCEL_DATE_NUMBER",
            "2022-13-45 | IMPOSSIBLE_DATE",
            "2022-02-30 | IMPOSSIBLE_DATE",
            "5/12/2022  | AMBIGUOUS_DAY_MONTH",
            "22-12-05   | NOT_A_DATE",
            "2022年12月  | NOT_A_DATE"})
    void anUnreadableDateRejectsTheRow(String cell, String detail) {
        for (LedgerColumn column : List.of(INFECTION_DATE, HEALTH_PACK, FAMILY_DOCTOR_CONTRACT)) {
            ConvertedRow r = convert(person(column, cell));

            assertRejectedWith(r, column, RowProblem.Kind.BAD_DATE, cell, detail);
            assertThat(r.residentId()).isEqualTo(MAN);
        }
    }

    @Test
    void wordsWithoutDigitsAreADateForTheInfectionDateAndAnAskedValueWhereYesNoWillDo() {
        assertRejectedWith(convert(person(INFECTION_DATE, "去年冬天")), INFECTION_DATE, RowProblem.Kind.BAD_DATE,
                "去年冬天", "NOT_A_DATE");
        for (LedgerColumn column : List.of(HEALTH_PACK, FAMILY_DOCTOR_CONTRACT)) {
            ConvertedRow r = convert(person(column, "去年冬天"));

            assertKept(r);
            assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(column, "去年冬天"));
            assertThat(r.given()).isEqualTo(nameIdSexBirth());
        }
    }

    @Test
    void anExcelDateSerialIsNeverGuessed() {
        // ValueParsers.date refuses bare serials (the reader formats real date cells as text dates)
        assertThat(ValueParsers.date("44900").problem()).isEqualTo(ValueProblem.EXCEL_DATE_NUMBER);
        assertThat(convert(person(BIRTH_DATE, "18264")).problems())
                .containsExactly(new RowProblem(5, BIRTH_DATE, RowProblem.Kind.BAD_DATE, "18264", "EXCEL_DATE_NUMBER"));
    }

    // ---- yes/no columns that want a date or a serial --------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = LedgerColumn.class, names = {"FAMILY_DOCTOR_CONTRACT", "HEALTH_PACK", "OXIMETER"})
    void yesWithoutADateOrSerialIsNotedAndNotGiven(LedgerColumn column) {
        for (String yes : List.of("是", "√", "有", "已发放", "已签约")) {
            ConvertedRow r = convert(person(column, yes));

            assertKept(r);
            assertThat(r.notes()).containsExactly(new RowNote(5, column, RowNote.Kind.YES_WITHOUT_DETAIL, yes));
            assertThat(r.given()).isEqualTo(nameIdSexBirth());
            assertThat(r.person().familyDoctorContractDate()).isNull();
            assertThat(r.person().healthPackIssued()).isNull();
            assertThat(r.person().oximeterSerial()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = LedgerColumn.class, names = {"FAMILY_DOCTOR_CONTRACT", "HEALTH_PACK", "OXIMETER"})
    void noIsGivenWithoutAValueSoThatAnUpdateClearsIt(LedgerColumn column) {
        for (String no : List.of("否", "无", "×", "未发放")) {
            ConvertedRow r = convert(person(column, no));

            assertKept(r);
            assertThat(r.notes()).isEmpty();
            assertThat(r.given()).isEqualTo(nameIdSexBirth(column));
            assertThat(r.person().familyDoctorContractDate()).isNull();
            assertThat(r.person().healthPackIssued()).isNull();
            assertThat(r.person().oximeterSerial()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"YX-302-0042", "SN20221205001", "血氧仪A12"})
    void anOximeterSerialIsStoredAsTyped(String serial) {
        ConvertedRow r = convert(person(OXIMETER, " " + serial + " "));

        assertKept(r);
        assertThat(r.person().oximeterSerial()).isEqualTo(serial);
        assertThat(r.given()).isEqualTo(nameIdSexBirth(OXIMETER));
        assertThat(r.notes()).isEmpty();
    }

    // ---- villages -------------------------------------------------------------------------------------

    @Test
    void theVillageIsFoundByNameOrCode() {
        assertThat(convert(person(VILLAGE, " 西村 ")).person().villageId()).isEqualTo(8L);
        ConvertedRow byCode = convert(person(VILLAGE, "110101001"));
        assertThat(byCode.person().villageId()).isEqualTo(7L);
        assertThat(byCode.given()).isEqualTo(nameIdSexBirth(VILLAGE));
    }

    @Test
    void anUnknownVillageRejectsTheRowWithItsText() {
        ConvertedRow r = convert(person(VILLAGE, "北村"));

        assertRejectedWith(r, VILLAGE, RowProblem.Kind.UNKNOWN_VILLAGE, "北村", null);
        assertThat(r.residentId()).isEqualTo(MAN);
    }

    @Test
    void aBlankVillageLeavesVillageIdZeroAndIsNotGivenAndIsNotLookedUp() {
        List<String> asked = new ArrayList<>();
        RowConverter c = new RowConverter(ALL, text -> {
            asked.add(text);
            return Optional.of(1L);
        }, TODAY);

        ConvertedRow r = c.convert(person(VILLAGE, " "));

        assertKept(r);
        assertThat(r.person().villageId()).isZero();
        assertThat(r.given()).doesNotContain(VILLAGE);
        assertThat(asked).isEmpty();

        c.convert(person(VILLAGE, "\t东村 "));
        assertThat(asked).containsExactly("东村");
    }

    // ---- list cells -----------------------------------------------------------------------------------

    @Test
    void anUnknownDiseaseIsNotedAndTheRowKept() {
        ConvertedRow r = convert(person(COMORBIDITIES, "高血压、糖尿病、痛风"));

        assertKept(r);
        assertThat(r.person().comorbidities()).containsExactly(
                new Comorbidity(Disease.HYPERTENSION, Control.STABLE), new Comorbidity(Disease.DIABETES, Control.STABLE));
        assertThat(r.notes()).containsExactly(new RowNote(5, COMORBIDITIES, RowNote.Kind.UNKNOWN_PART, "痛风"));
        assertThat(r.given()).contains(COMORBIDITIES);
    }

    @Test
    void onlyUnknownDiseasesGiveNoneAndAreAllNoted() {
        ConvertedRow r = convert(person(COMORBIDITIES, "痛风，关节炎"));

        assertKept(r);
        assertThat(r.person().comorbidities()).isEmpty();
        assertThat(r.notes()).extracting(RowNote::kind, RowNote::value).containsExactly(
                tuple(RowNote.Kind.UNKNOWN_PART, "痛风"), tuple(RowNote.Kind.UNKNOWN_PART, "关节炎"));
    }

    @Test
    void markersInTheDiseaseCellAreKept() {
        ConvertedRow r = convert(person(COMORBIDITIES, "高血压(控制不佳)、冠心病"));
        assertThat(r.person().comorbidities()).containsExactly(
                new Comorbidity(Disease.HYPERTENSION, Control.UNSTABLE),
                new Comorbidity(Disease.CORONARY_HEART_DISEASE, Control.STABLE));
    }

    @Test
    void anUnstableControlColumnAppliesToEveryDisease() {
        ConvertedRow r = convert(person(COMORBIDITIES, "高血压、糖尿病", COMORBIDITY_CONTROL, "控制不佳"));

        assertKept(r);
        assertThat(r.person().comorbidities()).containsExactly(
                new Comorbidity(Disease.HYPERTENSION, Control.UNSTABLE),
                new Comorbidity(Disease.DIABETES, Control.UNSTABLE));
        assertThat(r.given()).isEqualTo(nameIdSexBirth(COMORBIDITIES));
    }

    @Test
    void aStableControlColumnDoesNotHideAnUnstableMarkerInTheDiseaseCell() {
        ConvertedRow r = convert(person(COMORBIDITIES, "高血压(不稳定)、糖尿病", COMORBIDITY_CONTROL, "稳定"));

        assertKept(r);
        assertThat(r.person().comorbidities()).containsExactly(
                new Comorbidity(Disease.HYPERTENSION, Control.UNSTABLE),
                new Comorbidity(Disease.DIABETES, Control.STABLE));
    }

    @Test
    void anUnknownControlBesideDiseasesIsAskedAndTheDiseasesKept() {
        ConvertedRow r = convert(person(COMORBIDITIES, "高血压", COMORBIDITY_CONTROL, "一般般"));
        assertKept(r);
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(COMORBIDITY_CONTROL, "一般般"));
        assertThat(r.person().comorbidities()).containsExactly(new Comorbidity(Disease.HYPERTENSION, Control.STABLE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"无 | 无", "无 | -", "| 稳定", "| 一般般", "没有 | /"})
    void theControlColumnIsIgnoredBesideNoDisease(String diseases, String control) {
        ConvertedRow r = convert(person(COMORBIDITIES, diseases, COMORBIDITY_CONTROL, control));

        assertKept(r);
        assertThat(r.person().comorbidities()).isEmpty();
        assertThat(r.given()).isEqualTo(diseases == null ? nameIdSexBirth() : nameIdSexBirth(COMORBIDITIES));
    }

    @Test
    void livingSituations() {
        ConvertedRow r = convert(person(LIVING_SITUATION, "独居老人 留守 低保户"));

        assertKept(r);
        assertThat(r.person().livingSituations())
                .containsExactlyInAnyOrder(LivingSituation.ALONE, LivingSituation.LEFT_BEHIND);
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(LIVING_SITUATION, "低保户"));
        assertThat(r.notes()).isEmpty();
        assertThat(r.given()).contains(LIVING_SITUATION);

        ConvertedRow unknownOnly = convert(person(LIVING_SITUATION, "低保户、残疾人"));
        assertKept(unknownOnly);
        assertThat(unknownOnly.unrecognised()).containsExactly(new UnrecognisedCell(LIVING_SITUATION, "低保户"),
                new UnrecognisedCell(LIVING_SITUATION, "残疾人"));
        // nothing is known of the cell until its parts are answered: an update would keep the stored ones
        assertThat(unknownOnly.given()).isEqualTo(nameIdSexBirth());

        ConvertedRow none = convert(person(LIVING_SITUATION, "与子女同住"));
        assertKept(none);
        assertThat(none.person().livingSituations()).isEmpty();
        assertThat(none.given()).contains(LIVING_SITUATION);
    }

    // ---- tier -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"红, RED", "红色, RED", "红码, RED", "高风险, RED", "三级, RED", "黄色, YELLOW", "黄, YELLOW",
            "中风险, YELLOW", "绿, GREEN", "绿色, GREEN", "一般人群, GREEN", "Green, GREEN"})
    void theSheetTierIsReadButIsNoPersonField(String cell, Tier expected) {
        ConvertedRow r = convert(person(TIER, cell));

        assertKept(r);
        assertThat(r.sheetTier()).isEqualTo(expected);
        assertThat(r.person().tierOverride()).isNull();
        assertThat(r.given()).isEqualTo(nameIdSexBirth());
        assertThat(r.notes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"紫", "重点关注", "A"})
    void anUnknownTierWordIsAskedAndTheRowKept(String cell) {
        ConvertedRow r = convert(person(TIER, cell));

        assertKept(r);
        assertThat(r.sheetTier()).isNull();
        assertThat(r.notes()).isEmpty();
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(TIER, cell));
    }

    @Test
    void theTierIsReadOnARejectedRowToo() {
        ConvertedRow r = convert(row(NAME, "张三", TIER, "黄色"));
        assertThat(r.isRejected()).isTrue();
        assertThat(r.sheetTier()).isEqualTo(Tier.YELLOW);
    }

    // ---- several problems -----------------------------------------------------------------------------

    @Test
    void everyProblemOfTheRowIsListedNotJustTheFirst() {
        ConvertedRow r = convert(row(
                NAME, " ",
                RESIDENT_ID, "110101195001010018",
                SEX, "男",
                VILLAGE, "北村",
                MOBILITY, "能走",
                COMORBIDITIES, "高血压、痛风",
                VACCINATION, "打了",
                INFECTION_DATE, "2022-13-45",
                HEALTH_PACK, "去年",
                TIER, "紫"));

        assertThat(r.isRejected()).isTrue();
        assertThat(r.problems()).extracting(RowProblem::column, RowProblem::kind).containsExactlyInAnyOrder(
                tuple(NAME, RowProblem.Kind.REQUIRED),
                tuple(RESIDENT_ID, RowProblem.Kind.INVALID_ID),
                tuple(VILLAGE, RowProblem.Kind.UNKNOWN_VILLAGE),
                tuple(INFECTION_DATE, RowProblem.Kind.BAD_DATE));
        assertThat(r.problems()).extracting(RowProblem::rowNumber).containsOnly(5);
        // notes and unrecognised values are still reported on a rejected row
        assertThat(r.notes()).extracting(RowNote::column, RowNote::kind).containsExactly(
                tuple(COMORBIDITIES, RowNote.Kind.UNKNOWN_PART));
        assertThat(r.unrecognised()).extracting(UnrecognisedCell::column).containsExactlyInAnyOrder(
                MOBILITY, VACCINATION, HEALTH_PACK, TIER);
        assertThat(r.residentId()).isNull();
    }

    @Test
    void aRejectedRowWithAValidIdCarriesTheIdAndBothMismatches() {
        ConvertedRow r = convert(row(NAME, "张三", RESIDENT_ID, MAN, SEX, "女", BIRTH_DATE, "1951-01-01", VACCINATION, "打了"));

        assertThat(r.problems()).extracting(RowProblem::column, RowProblem::kind).containsExactlyInAnyOrder(
                tuple(SEX, RowProblem.Kind.ID_MISMATCH),
                tuple(BIRTH_DATE, RowProblem.Kind.ID_MISMATCH));
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(VACCINATION, "打了"));
        assertThat(r.residentId()).isEqualTo(MAN);
    }

    // ---- custom words ---------------------------------------------------------------------------------

    @Test
    void theParsersGivenAreUsed() {
        ValueParsers custom = ValueParsers.read(new StringReader("""
                vaccination.BOOSTER = 第三针
                tier.RED = 重中之重
                """));
        RowConverter c = new RowConverter(ALL, VILLAGES, TODAY, custom);

        ConvertedRow r = c.convert(person(VACCINATION, "第三针", TIER, "重中之重"));

        assertKept(r);
        assertThat(r.person().vaccination()).isEqualTo(Vaccination.BOOSTER);
        assertThat(r.sheetTier()).isEqualTo(Tier.RED);
        assertThat(c.convert(person(VACCINATION, "加强针")).unrecognised())
                .containsExactly(new UnrecognisedCell(VACCINATION, "加强针"));
    }

    @Test
    void theConverterNeedsAllItsParts() {
        assertThatThrownBy(() -> new RowConverter(null, VILLAGES, TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RowConverter(ALL, null, TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RowConverter(ALL, VILLAGES, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RowConverter(ALL, VILLAGES, TODAY, null))
                .isInstanceOf(NullPointerException.class);
    }

    // ---- the records ----------------------------------------------------------------------------------

    @Nested
    class Records {

        private final Person somebody = Person.builder().name("张三").residentId(MAN).sex(Sex.MALE)
                .birthDate(LocalDate.of(1950, 1, 1)).build();
        private final RowProblem problem = new RowProblem(3, NAME, RowProblem.Kind.REQUIRED, null);

        @Test
        void aRowHasAPersonExactlyWhenItHasNoProblems() {
            assertThatThrownBy(() -> new ConvertedRow(3, null, null, List.of(), List.of(), null, null, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ConvertedRow(3, null, somebody, List.of(problem), List.of(), null, MAN, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(new ConvertedRow(3, null, somebody, List.of(), List.of(), null, MAN, Set.of(NAME)).isRejected())
                    .isFalse();
            assertThat(new ConvertedRow(3, null, null, List.of(problem), List.of(), null, null, Set.of()).isRejected())
                    .isTrue();
        }

        @Test
        void theListsAreCopiedAndUnmodifiable() {
            List<RowProblem> problems = new ArrayList<>(List.of(problem));
            Set<LedgerColumn> given = EnumSet.of(NAME);
            ConvertedRow r = new ConvertedRow(3, null, null, problems, new ArrayList<>(), Tier.RED, null, given);
            problems.clear();
            given.add(PHONE);

            assertThat(r.problems()).containsExactly(problem);
            assertThat(r.given()).containsExactly(NAME);
            assertThatThrownBy(() -> r.problems().add(problem)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.notes().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.given().add(PHONE)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void everyConvertedRowKeepsTheInvariant() {
            for (RawRow raw : List.of(row(), person(), person(SEX, "女"), person(TIER, "紫"),
                    row(NAME, "x", RESIDENT_ID, "1.1E+17"))) {
                ConvertedRow r = convert(raw);
                assertThat(r.person() == null).isEqualTo(!r.problems().isEmpty());
                if (r.person() != null) {
                    assertThat(r.person().residentId()).isEqualTo(r.residentId());
                }
            }
        }

        @Test
        void problemsAndNotesNeedAColumnAndAKind() {
            assertThat(problem.detail()).isNull();
            assertThatThrownBy(() -> new RowProblem(1, null, RowProblem.Kind.REQUIRED, null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RowProblem(1, NAME, null, null, null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RowNote(1, null, RowNote.Kind.LOWERCASE_X, "x"))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RowNote(1, TIER, null, "x")).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class GridsAndTeams {

        @Test
        void aGridOfTheRowsVillageIsFoundAndBringsItsTeam() {
            ConvertedRow r = convert(person(VILLAGE, "东村", GRID, " 第一网格 "));
            assertKept(r);
            assertThat(r.person().gridId()).isEqualTo(70L);
            assertThat(r.person().responsibilityTeamId()).isEqualTo(4L);
            assertThat(r.given()).contains(GRID, RESPONSIBILITY_TEAM);
            assertThat(r.notes()).isEmpty();
        }

        @Test
        void aGridNotInTheVillageIsNotedAndLeftOut() {
            ConvertedRow r = convert(person(VILLAGE, "西村", GRID, "第一网格"));
            assertKept(r);
            assertThat(r.person().gridId()).isNull();
            assertThat(r.given()).doesNotContain(GRID, RESPONSIBILITY_TEAM);
            assertThat(r.notes()).extracting(RowNote::kind).containsExactly(RowNote.Kind.UNKNOWN_GRID);
        }

        @Test
        void aGridWithoutAVillageCannotBeFound() {
            ConvertedRow r = convert(person(GRID, "第一网格"));
            assertKept(r);
            assertThat(r.person().gridId()).isNull();
            assertThat(r.notes()).extracting(RowNote::kind).containsExactly(RowNote.Kind.UNKNOWN_GRID);
        }

        @Test
        void anUnknownTeamIsNotedAndTheRowKept() {
            ConvertedRow r = convert(person(VILLAGE, "东村", RESPONSIBILITY_TEAM, "第九组"));
            assertKept(r);
            assertThat(r.person().responsibilityTeamId()).isNull();
            assertThat(r.notes()).containsExactly(
                    new RowNote(r.rowNumber(), RESPONSIBILITY_TEAM, RowNote.Kind.UNKNOWN_TEAM, "第九组"));
        }
    }
}
