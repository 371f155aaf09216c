package io.guankou.model.returnee.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.ReturneeProblem;
import io.guankou.model.sheet.RawRow;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: "Import from a sheet through the same import path as the ledger where it fits" — the header found as the
 * ledger's is (under a merged title, by the names offices use), each row checked with the returnee form's rules, the
 * household joined when the ledger has it.
 */
class ReturneeRowReaderTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 25);
    static final List<Village> VILLAGES = List.of(
            new Village(1, null, "500235124200", "龙洞村", UrbanRuralClass.C220, null),
            new Village(2, null, "500235124201", "石桥村", UrbanRuralClass.C220, null));
    static final HouseholdRef LONGDONG_12 = new HouseholdRef(10, 1, "3组12号", List.of(
            new HouseholdRef.Member(1, "王大爷", 82, true, true)));
    static final HouseholdRef SHIQIAO_12 = new HouseholdRef(11, 2, "3组12号", List.of(
            new HouseholdRef.Member(2, "李婆婆", 70, false, false)));

    static RawRow row(int number, String... cells) {
        return new RawRow(number, Arrays.asList(cells));
    }

    static ReturneeHeader header() {
        return ReturneeHeader.detect(List.of(
                row(1, "龙洞村春节返乡人员登记表"),
                row(2, "序号", "姓 名", "手机号", "村（社区）", "户主", "到达日期", "来源地", "已告知卫生院电话",
                        "已提示戴口罩少接触老人", "姓名"))).orElseThrow();
    }

    @Test
    void theHeaderIsFoundUnderATitleByTheNamesOfficesUseAndTheLeftmostOfTwoNamesWins() {
        ReturneeHeader h = header();
        assertThat(h.rowNumber()).isEqualTo(2);
        assertThat(h.columns()).containsEntry(ReturneeColumn.NAME, 1).containsEntry(ReturneeColumn.PHONE, 2)
                .containsEntry(ReturneeColumn.VILLAGE, 3).containsEntry(ReturneeColumn.HOUSEHOLD, 4)
                .containsEntry(ReturneeColumn.ARRIVAL, 5).containsEntry(ReturneeColumn.FROM, 6)
                .containsEntry(ReturneeColumn.CLINIC_NUMBER, 7).containsEntry(ReturneeColumn.ADVICE, 8);
        assertThat(ReturneeHeader.detect(List.of(row(1, "药品", "数量"), row(2, "电话", "返乡日期")))).isEmpty();
    }

    @Test
    void aHouseholdIsJoinedByItsAddressOrHeadWithinTheRowsVillageElseTheAddressIsKept() {
        ReturneeRowReader reader = new ReturneeRowReader(header(), VILLAGES, List.of(LONGDONG_12, SHIQIAO_12), TODAY);
        ReturneeSheetRow byAddress = reader.read(row(3, "1", "陈一", "13800001111", "石桥", "3组12号", "2027/1/20",
                "广东东莞", "√", "否"));
        assertThat(byAddress.problems()).isEmpty();
        assertThat(byAddress.edit().villageId()).isEqualTo(2L);
        assertThat(byAddress.edit().householdId()).as("the 3组12号 of 石桥村, not of 龙洞村").isEqualTo(11L);
        assertThat(byAddress.edit().clinicNumberGiven()).isTrue();
        assertThat(byAddress.edit().adviceGiven()).isFalse();

        ReturneeSheetRow byHead = reader.read(row(4, "2", "林二", "", "", "王大爷", "20270121", "浙江", "", ""));
        assertThat(byHead.problems()).isEmpty();
        assertThat(byHead.edit().householdId()).isEqualTo(10L);
        assertThat(byHead.edit().villageId()).as("the household's village").isEqualTo(1L);

        ReturneeSheetRow typed = reader.read(row(5, "3", "张三", "", "龙洞村", "5组1号", "2027-01-22", "重庆",
                "是", "是"));
        assertThat(typed.problems()).isEmpty();
        assertThat(typed.edit().householdId()).isNull();
        assertThat(typed.edit().address()).isEqualTo("5组1号");
    }

    @Test
    void everyProblemNamesItsColumnAndTheValueAsTyped() {
        ReturneeRowReader reader = new ReturneeRowReader(header(), VILLAGES, List.of(LONGDONG_12), TODAY);
        ReturneeSheetRow bad = reader.read(row(6, "4", "", "12ab", "白云村", "", "2027-01-26", "", "也许", "否"));
        assertThat(bad.refused()).isTrue();
        assertThat(bad.problems()).extracting(ReturneeRowProblem::column, ReturneeRowProblem::value,
                p -> p.problem().kind()).containsExactlyInAnyOrder(
                tuple(ReturneeColumn.NAME, "", ReturneeProblem.Kind.REQUIRED),
                tuple(ReturneeColumn.PHONE, "12ab", ReturneeProblem.Kind.BAD_PHONE),
                tuple(ReturneeColumn.VILLAGE, "白云村", ReturneeProblem.Kind.UNKNOWN),
                tuple(ReturneeColumn.HOUSEHOLD, "", ReturneeProblem.Kind.REQUIRED),
                tuple(ReturneeColumn.ARRIVAL, "2027-01-26", ReturneeProblem.Kind.FUTURE_DATE),
                tuple(ReturneeColumn.FROM, "", ReturneeProblem.Kind.REQUIRED),
                tuple(ReturneeColumn.CLINIC_NUMBER, "也许", ReturneeProblem.Kind.BAD_YES_NO));
        assertThat(reader.isData(row(7, "", "", "", "", "", "", "", "", "", ""))).isFalse();
        assertThat(reader.isData(row(8, "5"))).as("a number in 序号, a column no returnee column names, is no data")
                .isFalse();
    }
}
