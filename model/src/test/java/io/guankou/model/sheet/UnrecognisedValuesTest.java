package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Person;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, value mapping: a cell of an enumerated column holding a phrasing the parser does not know never
 * refuses the row; the cell is not given and is listed once per distinct value, with the rows holding it.
 */
class UnrecognisedValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 1, 10);
    private static final String MAN = ResidentIds.withCheckCharacter("11010119500101001");
    private static final String WOMAN = ResidentIds.withCheckCharacter("11010119500101002");
    private static final VillageLookup NO_VILLAGES = text -> Optional.empty();

    /** Headers as an office sheet has them: every enumerated column (and the diseases the control applies to). */
    private static final List<String> HEADERS = List.of("姓名", "身份证号", "性别", "居住情况", "行动能力", "基础疾病",
            "控制情况", "疫苗接种情况", "感染情况", "是否孕妇", "家庭医生签约", "血氧仪", "健康包", "风险等级");

    /** The phrasings of a real township sheet that the words of value-words.txt do not have. */
    private static final List<String> UNKNOWN = List.of("张三", MAN, "男的", "低保、残疾人", "能走动", "高血压",
            "还行", "打了", "阳过", "没怀", "签过", "领了", "送过", "重点关注");

    private static ConvertedRow convert(List<String> headers, int row, List<String> cells) {
        ColumnMapping m = HeaderDetector.standard().detectCells(List.of(headers)).orElseThrow().mapping();
        return new RowConverter(m, NO_VILLAGES, TODAY).convert(new RawRow(row, cells));
    }

    @Test
    void unknownPhrasingsInEveryEnumeratedColumnKeepTheRowAndAreNotGiven() {
        ConvertedRow r = convert(HEADERS, 4, UNKNOWN);

        assertThat(r.problems()).isEmpty();
        assertThat(r.isRejected()).isFalse();
        assertThat(r.unrecognised()).extracting(UnrecognisedCell::column, UnrecognisedCell::text)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.SEX, "男的"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.LIVING_SITUATION, "低保"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.LIVING_SITUATION, "残疾人"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.MOBILITY, "能走动"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.COMORBIDITY_CONTROL, "还行"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.VACCINATION, "打了"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.INFECTION, "阳过"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.PREGNANT, "没怀"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.FAMILY_DOCTOR_CONTRACT, "签过"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.OXIMETER, "领了"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.HEALTH_PACK, "送过"),
                        org.assertj.core.groups.Tuple.tuple(LedgerColumn.TIER, "重点关注"));
        // name and ID given, sex and birth date from the ID, the diseases; nothing of what was not recognised
        assertThat(r.given()).isEqualTo(EnumSet.of(LedgerColumn.NAME, LedgerColumn.RESIDENT_ID, LedgerColumn.SEX,
                LedgerColumn.BIRTH_DATE, LedgerColumn.COMORBIDITIES));
        Person p = r.person();
        assertThat(p.sex()).hasToString("MALE");
        assertThat(p.livingSituations()).isEmpty();
        assertThat(p.oximeterSerial()).isNull();
        assertThat(p.familyDoctorContractDate()).isNull();
        assertThat(r.sheetTier()).isNull();
        assertThat(r.notes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "是否感染, 可能, INFECTION", "是否康复, 差不多, INFECTION", "是否卧床, 偶尔, MOBILITY",
            "是否失能, 部分, MOBILITY", "是否接种疫苗, 打了, VACCINATION", "是否加强, 预约了, VACCINATION",
            "是否独居, 有时, LIVING_SITUATION", "是否孤寡, 待核实, LIVING_SITUATION", "是否孕妇, 可能, PREGNANT",
            "是否签约, 签过, FAMILY_DOCTOR_CONTRACT", "是否发放血氧仪, 领过, OXIMETER",
            "是否发放健康包, 送过, HEALTH_PACK"})
    void anAnswerToAYesNoQuestionThatIsNeitherIsAskedToo(String header, String cell, LedgerColumn column) {
        ConvertedRow r = convert(List.of("姓名", "身份证号", header), 2, List.of("张三", MAN, cell));

        assertThat(r.problems()).isEmpty();
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(column, cell));
        assertThat(r.given()).doesNotContain(column);
    }

    @Test
    void theStabilityQuestionIsAskedBesideADisease() {
        ConvertedRow r = convert(List.of("姓名", "身份证号", "基础疾病", "病情是否稳定"), 2,
                List.of("张三", MAN, "糖尿病", "时好时坏"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(LedgerColumn.COMORBIDITY_CONTROL, "时好时坏"));
    }

    @Test
    void anOximeterCellWithLatinLettersOrDigitsIsASerialAndOneWithoutAPhrasing() {
        List<String> h = List.of("姓名", "身份证号", "血氧仪");
        assertThat(convert(h, 2, List.of("张三", MAN, "借用中")).unrecognised())
                .containsExactly(new UnrecognisedCell(LedgerColumn.OXIMETER, "借用中"));
        assertThat(convert(h, 2, List.of("张三", MAN, "鱼跃A3")).person().oximeterSerial()).isEqualTo("鱼跃A3");
        assertThat(convert(h, 2, List.of("张三", MAN, "编号０１２")).person().oximeterSerial()).isEqualTo("编号０１２");
    }

    @Test
    void distinctValuesAreCountedOncePerRowInNormalForm() {
        List<ConvertedRow> rows = List.of(
                convert(HEADERS, 2, UNKNOWN),
                convert(HEADERS, 3, cells(WOMAN, 7, " 打 了 ")),
                convert(HEADERS, 4, cells(MAN, 7, "打过")),
                // two unknown parts that are one value: the row counts once
                convert(HEADERS, 5, cells(MAN, 3, "低保；低保")),
                // a rejected row (no name) still holds its values
                convert(HEADERS, 6, cells(MAN, 0, null, 7, "打了")));

        List<UnknownValue> values = UnknownValues.of(rows);

        assertThat(values).filteredOn(v -> v.column() == LedgerColumn.VACCINATION).containsExactly(
                new UnknownValue(LedgerColumn.VACCINATION, "打了", "打了", 3),
                new UnknownValue(LedgerColumn.VACCINATION, "打过", "打过", 1));
        assertThat(values).filteredOn(v -> v.column() == LedgerColumn.LIVING_SITUATION).containsExactly(
                new UnknownValue(LedgerColumn.LIVING_SITUATION, "低保", "低保", 2),
                new UnknownValue(LedgerColumn.LIVING_SITUATION, "残疾人", "残疾人", 1));
        // in ledger order of the columns
        assertThat(values).extracting(UnknownValue::column).containsSubsequence(LedgerColumn.SEX,
                LedgerColumn.LIVING_SITUATION, LedgerColumn.MOBILITY, LedgerColumn.COMORBIDITY_CONTROL,
                LedgerColumn.VACCINATION, LedgerColumn.INFECTION, LedgerColumn.PREGNANT,
                LedgerColumn.FAMILY_DOCTOR_CONTRACT, LedgerColumn.OXIMETER, LedgerColumn.HEALTH_PACK, LedgerColumn.TIER);
    }

    /** Name and ID, the given cells (index, text …) and nothing else. */
    private static List<String> cells(String id, Object... indexAndText) {
        String[] c = new String[HEADERS.size()];
        c[0] = "李四";
        c[1] = id;
        for (int i = 0; i < indexAndText.length; i += 2) {
            c[(Integer) indexAndText[i]] = (String) indexAndText[i + 1];
        }
        return Arrays.asList(c);
    }
}
