package io.guankou.model.returnee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 渝新冠指办发〔2023〕3号 item 9: "及时关注掌握返乡人员信息，告知其居住地基层医疗卫生机构联系方式，提示做好健康监测，在返乡初期规范佩戴口罩，
 * 减少与家中老年人尤其是合并基础性疾病者的接触"; issue 14: households with a returnee and a red person are listed first.
 */
class ReturneeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 25);

    static Returnee r(long id, Long household, int arrivedDaysAgo, boolean number, boolean advice) {
        return new Returnee(id, "返乡" + id, "13800000000", 1, household, null, TODAY.minusDays(arrivedDaysAgo),
                "广东东莞", number, advice);
    }

    @Test
    void householdsWithARedPersonFirstThenThoseStillToBeToldThenLatestArrivals() {
        HouseholdRef red = new HouseholdRef(10, 1, "龙洞村3组12号", List.of(
                new HouseholdRef.Member(1, "王大爷", 82, true, true)));
        HouseholdRef green = new HouseholdRef(11, 1, "龙洞村3组14号", List.of(
                new HouseholdRef.Member(2, "李婆婆", 70, false, false)));
        List<ReturneeRules.Line> lines = ReturneeRules.list(List.of(
                r(1, 11L, 1, true, true),     // green household, told, arrived yesterday
                r(2, 10L, 5, true, true),     // red household
                r(3, null, 2, false, true),   // not in the ledger, no clinic number yet
                r(4, 11L, 3, true, false)),   // green, no advice yet
                Map.of(10L, red, 11L, green));
        assertThat(lines).extracting(l -> l.returnee().id()).containsExactly(2L, 3L, 4L, 1L);
        assertThat(lines.get(0).redInHousehold()).isTrue();
        assertThat(lines.get(1).household()).isNull();
        assertThat(red.elderlyOrSick()).isEqualTo(1);
    }

    @Test
    void eachFieldSaysWhatIsWrong() {
        Map<Long, Long> households = Map.of(10L, 1L, 20L, 2L);
        ReturneeEdit bad = new ReturneeEdit(0, " ", "12ab", null, null, "", "2027-01-26", "", false, false);
        assertThat(ReturneeRules.check(bad, List.of(1L, 2L), households, TODAY)).containsExactly(
                ReturneeProblem.of(ReturneeField.NAME, ReturneeProblem.Kind.REQUIRED),
                ReturneeProblem.of(ReturneeField.PHONE, ReturneeProblem.Kind.BAD_PHONE),
                ReturneeProblem.of(ReturneeField.VILLAGE, ReturneeProblem.Kind.REQUIRED),
                ReturneeProblem.of(ReturneeField.ADDRESS, ReturneeProblem.Kind.REQUIRED),
                ReturneeProblem.of(ReturneeField.ARRIVAL, ReturneeProblem.Kind.FUTURE_DATE),
                ReturneeProblem.of(ReturneeField.FROM, ReturneeProblem.Kind.REQUIRED));
        // a household of another village is refused; full-width digits and 2027/1/20 are read
        ReturneeEdit other = new ReturneeEdit(0, "张三", "１３８００００００００", 1L, 20L, null, "2027/1/20", "重庆主城",
                true, true);
        assertThat(ReturneeRules.check(other, List.of(1L, 2L), households, TODAY))
                .containsExactly(ReturneeProblem.of(ReturneeField.HOUSEHOLD, ReturneeProblem.Kind.UNKNOWN));
        ReturneeEdit ok = new ReturneeEdit(0, "张三", "１３８００００００００", 1L, 10L, null, "2027/1/20", "重庆主城", true,
                true);
        assertThat(ReturneeRules.check(ok, List.of(1L, 2L), households, TODAY)).isEmpty();
        assertThat(ReturneeRules.arrival(ok)).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(ReturneeRules.text(ok.phone())).isEqualTo("13800000000");
    }
}
