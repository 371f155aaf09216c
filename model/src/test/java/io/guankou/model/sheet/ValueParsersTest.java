package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.person.Comorbidity;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {

    private final ValueParsers p = ValueParsers.standard();

    // ---- yes / no -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"是", "是的", "√", "✓", "有", "Y", "y", "yes", "YES", "1", "１", " 是 "})
    void yes(String cell) {
        assertThat(p.yesNo(cell)).isEqualTo(Parsed.of(true, cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "×", "无", "N", "no", "No", "0", "没有", "不是"})
    void no(String cell) {
        assertThat(p.yesNo(cell).value()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"空", " ", "\u3000", "不详", "未知", "-"})
    void blankAndUnknownWordsGiveNoAnswer(String cell) {
        Parsed<Boolean> r = p.yesNo(cell);
        assertThat(r.isBlank()).isTrue();
        assertThat(r.isOk()).isTrue();
        assertThat(r.orElse(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"可能", "yes!", "2", "是否"})
    void otherYesNoTextIsAProblem(String cell) {
        assertThat(p.yesNo(cell)).isEqualTo(Parsed.failed(ValueProblem.UNRECOGNISED, cell));
    }

    // ---- sex, tier, mobility, infection ------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"男, MALE", "女, FEMALE", "M, MALE", "f, FEMALE", "Male, MALE", "female, FEMALE", "男性, MALE"})
    void sex(String cell, Sex sex) {
        assertThat(p.sex(cell).value()).isEqualTo(sex);
    }

    @Test
    void unknownSexIsAProblem() {
        assertThat(p.sex("未知").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.sex("").isBlank()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"红, RED", "黄, YELLOW", "绿, GREEN", "红色, RED", "黄色, YELLOW", "绿色, GREEN",
            "高风险, RED", "中风险, YELLOW", "低风险, GREEN", "3级, RED", "2级, YELLOW", "1级, GREEN",
            "３级, RED", "Red, RED", "green, GREEN"})
    void tier(String cell, Tier tier) {
        assertThat(p.tier(cell).value()).isEqualTo(tier);
    }

    @Test
    void unknownTierIsAProblem() {
        assertThat(p.tier("紫").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.tier("4级").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
    }

    @ParameterizedTest
    @CsvSource({"失能, DISABLED", "半失能, LIMITED", "卧床, BEDRIDDEN", "行动不便, LIMITED", "自理, NORMAL",
            "正常, NORMAL", "长期卧床, BEDRIDDEN"})
    void mobility(String cell, Mobility mobility) {
        assertThat(p.mobility(cell).value()).isEqualTo(mobility);
    }

    @ParameterizedTest
    @CsvSource({"未感染, NEVER", "阳性, INFECTED", "病程中, INFECTED", "已康复, RECOVERED", "阳康, RECOVERED"})
    void infection(String cell, InfectionState state) {
        assertThat(p.infection(cell).value()).isEqualTo(state);
    }

    // ---- phrasings people type, per field (issue 10) --------------------------------------------------------
    // Expected states follow DOMAIN.md §2/§3: vaccination none / incomplete / complete (primary series, two doses)
    // / booster (a third or later dose); infection never / infected now (in the course of illness) / recovered.

    @ParameterizedTest
    @CsvSource({"错, false", "不对, false", "✕, false", "✗, false", "×, false", "Ｎ, false", "ｎｏ, false",
            "对, true", "✓, true", "✔, true", "Ｙ, true", "ＹＥＳ, true"})
    void moreYesNoMarks(String cell, boolean yes) {
        assertThat(p.yesNo(cell).value()).isEqualTo(yes);
    }

    @ParameterizedTest
    @CsvSource({
            "PREGNANT, 孕妇, true", "PREGNANT, 怀孕, true", "PREGNANT, 已怀孕, true", "PREGNANT, 孕期, true",
            "PREGNANT, 非孕妇, false", "PREGNANT, 未怀孕, false", "PREGNANT, 没怀孕, false", "PREGNANT, 不是孕妇, false",
            "FAMILY_DOCTOR_CONTRACT, 签约, true", "FAMILY_DOCTOR_CONTRACT, 已签, true",
            "FAMILY_DOCTOR_CONTRACT, 未签约, false", "FAMILY_DOCTOR_CONTRACT, 没签约, false",
            "FAMILY_DOCTOR_CONTRACT, 尚未签约, false", "FAMILY_DOCTOR_CONTRACT, 不签约, false",
            "FAMILY_DOCTOR_CONTRACT, 拒签, false", "FAMILY_DOCTOR_CONTRACT, 未签, false",
            "FAMILY_DOCTOR_CONTRACT, 未 签 约, false",
            "HEALTH_PACK, 已领取, true", "HEALTH_PACK, 已发, true", "HEALTH_PACK, 未领取, false",
            "HEALTH_PACK, 暂未发放, false", "HEALTH_PACK, 没领, false",
            "OXIMETER, 已配备, true", "OXIMETER, 未配备, false", "OXIMETER, 无血氧仪, false", "OXIMETER, 未发, false"})
    void theWordsOfOneYesNoColumnAndTheirNegations(LedgerColumn column, String cell, boolean yes) {
        assertThat(p.yesNo(column, cell)).isEqualTo(Parsed.of(yes, cell));
    }

    @Test
    void aColumnsWordsMeanNothingInAnotherColumn() {
        assertThat(p.yesNo(LedgerColumn.FAMILY_DOCTOR_CONTRACT, "怀孕").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.yesNo(LedgerColumn.PREGNANT, "未配备").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.yesNo("非孕妇").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        // the general words still hold in every column, unknown stays unknown
        assertThat(p.yesNo(LedgerColumn.PREGNANT, "否").value()).isFalse();
        assertThat(p.yesNo(LedgerColumn.PREGNANT, "不详").isBlank()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "阳性, INFECTED", "确诊, INFECTED", "已确诊, INFECTED", "感染中, INFECTED", "在治, INFECTED",
            "治疗中, INFECTED", "居家治疗, INFECTED", "抗原阳性, INFECTED", "阳, INFECTED",
            "已康复, RECOVERED", "康复, RECOVERED", "已转阴, RECOVERED", "治愈, RECOVERED", "痊愈, RECOVERED",
            "已阳康, RECOVERED",
            "阴性, NEVER", "未感染, NEVER", "没感染, NEVER", "无, NEVER", "否, NEVER", "没阳过, NEVER",
            "' 阳 性 ', INFECTED", "ＰＯＳＩＴＩＶＥ, INFECTED", "Recovered, RECOVERED"})
    void infectionPhrasings(String cell, InfectionState state) {
        assertThat(p.infection(cell)).isEqualTo(Parsed.of(state, cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"未康复", "非阳性", "1", "0", "阳过", "疑似"})
    void infectionTextsThatDoNotSayWhichStateAreNotGuessed(String cell) {
        // not recovered: still ill or never ill; not positive: never or recovered; 1/0 outside a yes/no column
        assertThat(p.infection(cell).problem()).isEqualTo(ValueProblem.UNRECOGNISED);
    }

    @ParameterizedTest
    @CsvSource({
            "未接种, NONE", "没打, NONE", "0针, NONE", "零针, NONE", "没有接种, NONE", "未接种疫苗, NONE",
            "拒绝接种, NONE",
            "1针, INCOMPLETE", "一针, INCOMPLETE", "部分接种, INCOMPLETE", "未全程, INCOMPLETE",
            "未全程接种, INCOMPLETE", "已接种一针, INCOMPLETE",
            "2针, COMPLETE", "已全程, COMPLETE", "全程接种, COMPLETE", "完成全程, COMPLETE", "第二针, COMPLETE",
            "打了两针, COMPLETE", "已接种二剂, COMPLETE", "第2针, COMPLETE",
            "3针, BOOSTER", "4针, BOOSTER", "加强, BOOSTER", "已加强, BOOSTER", "加强针, BOOSTER",
            "第三针, BOOSTER", "已接种三针, BOOSTER", "第3针, BOOSTER", "接种疫苗3针, BOOSTER", "四剂, BOOSTER",
            "'３ 针', BOOSTER", "'已 全 程', COMPLETE"})
    void vaccinationPhrasings(String cell, Vaccination v) {
        assertThat(p.vaccination(cell)).isEqualTo(Parsed.of(v, cell));
    }

    @Test
    void aNegatedCompleteSeriesIsIncompleteNotNone() {
        // wei quancheng: vaccinated, series not finished (DOMAIN.md: incomplete scores 1, none 2)
        assertThat(p.vaccination("未全程").value()).isEqualTo(Vaccination.INCOMPLETE);
        assertThat(p.vaccination("未完成全程").value()).isEqualTo(Vaccination.INCOMPLETE);
        assertThat(p.vaccination("未加强").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.vaccination("是").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.vaccination("已接种疫苗").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
    }

    @ParameterizedTest
    @CsvSource({"稳定, STABLE", "控制稳定, STABLE", "良好, STABLE", "达标, STABLE", "平稳, STABLE",
            "不稳定, UNSTABLE", "不稳, UNSTABLE", "控制不佳, UNSTABLE", "较差, UNSTABLE", "不达标, UNSTABLE",
            "未达标, UNSTABLE", "未控制, UNSTABLE", "'不 稳 定', UNSTABLE"})
    void controlPhrasingsWhereANegationMeansUnstable(String cell, Control c) {
        assertThat(p.control(cell)).isEqualTo(Parsed.of(c, cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "否", "一般", "1"})
    void controlDoesNotTakeABareYesOrNo(String cell) {
        // only a header that asks whether it is stable says what yes means (header questions)
        assertThat(p.control(cell).problem()).isEqualTo(ValueProblem.UNRECOGNISED);
    }

    @ParameterizedTest
    @CsvSource({"未失能, NORMAL", "非失能, NORMAL", "可自理, NORMAL", "行动自如, NORMAL",
            "行走不便, LIMITED", "行动困难, LIMITED", "半失能, LIMITED",
            "不能自理, DISABLED", "生活不能自理, DISABLED", "失能老人, DISABLED", "卧床不起, BEDRIDDEN"})
    void mobilityPhrasings(String cell, Mobility m) {
        assertThat(p.mobility(cell)).isEqualTo(Parsed.of(m, cell));
    }

    @ParameterizedTest
    @CsvSource({"独自居住, ALONE", "一人居住, ALONE", "孤老, WIDOWED_CHILDLESS", "留守老年人, LEFT_BEHIND"})
    void livingPhrasings(String cell, LivingSituation l) {
        assertThat(p.livingSituations(cell).values()).containsExactly(l);
    }

    @ParameterizedTest
    @ValueSource(strings = {"不独居", "非留守", "与老伴同住"})
    void livingNegationsGiveNone(String cell) {
        assertThat(p.livingSituations(cell).values()).isEmpty();
        assertThat(p.livingSituations(cell).unknown()).isEmpty();
    }

    // ---- vaccination --------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "已全程, COMPLETE", "全程, COMPLETE", "2针, COMPLETE", "两针, COMPLETE", "２针, COMPLETE",
            "已接种2针, COMPLETE", "2 剂, COMPLETE",
            "3针, BOOSTER", "加强针, BOOSTER", "已加强, BOOSTER", "已接种3针, BOOSTER", "4针, BOOSTER",
            "1针, INCOMPLETE", "未全程, INCOMPLETE", "一针, INCOMPLETE",
            "未接种, NONE", "无, NONE", "0针, NONE"})
    void vaccination(String cell, Vaccination v) {
        assertThat(p.vaccination(cell)).isEqualTo(Parsed.of(v, cell));
    }

    @Test
    void vaccinatedWithoutACountIsNotGuessed() {
        assertThat(p.vaccination("已接种").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.vaccination("打了几针").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.vaccination("针").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
        assertThat(p.vaccination(null).isBlank()).isTrue();
    }

    @Test
    void completeMeansThePrimarySeriesAsTheTierRulesCountIt() {
        assertThat(p.vaccination("2针").value().isComplete()).isTrue();
        assertThat(p.vaccination("加强针").value().isComplete()).isTrue();
        assertThat(p.vaccination("1针").value().isComplete()).isFalse();
    }

    // ---- dates ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2023-01-05", "2023-1-5", "2023/1/5", "2023/01/05", "2023.1.5", "20230105",
            "2023年1月5日", "2023年01月05日", "2023年1月5号", "2023-01-05 00:00", "2023-01-05 00:00:00",
            "2023-01-05T00:00", " 2023-01-05 ", "２０２３－０１－０５", "5.5.2023"})
    void datesInTheFormsPeopleType(String cell) {
        LocalDate expected = cell.contains("5.5.") ? LocalDate.of(2023, 5, 5) : LocalDate.of(2023, 1, 5);
        assertThat(ValueParsers.date(cell)).isEqualTo(Parsed.of(expected, cell));
    }

    @Test
    void yearLastIsReadWhenTheOrderIsClear() {
        assertThat(ValueParsers.date("13/1/2023").value()).isEqualTo(LocalDate.of(2023, 1, 13));
        assertThat(ValueParsers.date("1/13/2023").value()).isEqualTo(LocalDate.of(2023, 1, 13));
    }

    @ParameterizedTest
    @CsvSource({
            "1/5/2023, AMBIGUOUS_DAY_MONTH",
            "05.01.2023, AMBIGUOUS_DAY_MONTH",
            "12/11/2023, AMBIGUOUS_DAY_MONTH",
            "13/13/2023, IMPOSSIBLE_DATE",
            "2023-02-30, IMPOSSIBLE_DATE",
            "2023-13-01, IMPOSSIBLE_DATE",
            "20231301, IMPOSSIBLE_DATE",
            "1800-01-01, IMPOSSIBLE_DATE",
            "44931, EXCEL_DATE_NUMBER",
            "2023年1月, NOT_A_DATE",
            "1950.03, NOT_A_DATE",
            "23-1-5, NOT_A_DATE",
            "2023--01-05, NOT_A_DATE",
            "约2023年1月5日, NOT_A_DATE",
            "昨天, NOT_A_DATE",
            "2023-01-05 下午, NOT_A_DATE",
            "202301051, NOT_A_DATE"})
    void datesThatAreRefused(String cell, ValueProblem problem) {
        assertThat(ValueParsers.date(cell)).isEqualTo(Parsed.failed(problem, cell));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void blankDate(String cell) {
        assertThat(ValueParsers.date(cell).isBlank()).isTrue();
    }

    // ---- comorbidities --------------------------------------------------------------------------------------

    @Test
    void severalDiseasesInOneCell() {
        assertThat(p.comorbidities("高血压、糖尿病")).isEqualTo(new Items<>(
                List.of(stable(Disease.HYPERTENSION), stable(Disease.DIABETES)), List.of()));
        assertThat(p.comorbidities("高血压,冠心病;慢阻肺").values()).extracting(Comorbidity::disease)
                .containsExactly(Disease.HYPERTENSION, Disease.CORONARY_HEART_DISEASE, Disease.COPD);
        assertThat(p.comorbidities("高血压，冠心病；慢阻肺 脑梗").values()).extracting(Comorbidity::disease)
                .containsExactly(Disease.HYPERTENSION, Disease.CORONARY_HEART_DISEASE, Disease.COPD, Disease.STROKE);
        assertThat(p.comorbidities("高血压和糖尿病").values()).extracting(Comorbidity::disease)
                .containsExactly(Disease.HYPERTENSION, Disease.DIABETES);
        assertThat(p.comorbidities("高血压/2型糖尿病+COPD").values()).extracting(Comorbidity::disease)
                .containsExactly(Disease.HYPERTENSION, Disease.DIABETES, Disease.COPD);
    }

    @ParameterizedTest
    @CsvSource({
            "高血压病, HYPERTENSION", "2型糖尿病, DIABETES", "冠心病, CORONARY_HEART_DISEASE",
            "脑卒中, STROKE", "中风, STROKE", "脑梗, STROKE", "慢阻肺, COPD", "COPD, COPD",
            "慢性阻塞性肺疾病, COPD", "慢性阻塞性肺疾病（COPD）, COPD", "慢性肾病, CHRONIC_KIDNEY_DISEASE",
            "肾衰, CHRONIC_KIDNEY_DISEASE", "肿瘤, CANCER_UNDER_TREATMENT", "癌症（在治疗）, CANCER_UNDER_TREATMENT",
            "免疫缺陷, IMMUNODEFICIENCY", "血液透析, HAEMODIALYSIS"})
    void diseaseSynonyms(String cell, Disease disease) {
        assertThat(p.comorbidities(cell)).isEqualTo(new Items<>(List.of(stable(disease)), List.of()));
    }

    @Test
    void unknownDiseasesAreReportedNotDropped() {
        Items<Comorbidity> r = p.comorbidities("高血压、痛风");
        assertThat(r.values()).containsExactly(stable(Disease.HYPERTENSION));
        assertThat(r.unknown()).containsExactly("痛风");
        assertThat(r.isClean()).isFalse();
        assertThat(p.comorbidities("骨质疏松 , 痛风").unknown()).containsExactly("骨质疏松", "痛风");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"无", "否", " 无 ", "没有", "无基础疾病"})
    void noneGivesNoDiseases(String cell) {
        assertThat(p.comorbidities(cell)).isEqualTo(new Items<>(List.of(), List.of()));
    }

    @Test
    void controlMarkersMakeADiseaseUnstable() {
        assertThat(p.comorbidities("高血压(不稳定)、糖尿病").values())
                .containsExactly(unstable(Disease.HYPERTENSION), stable(Disease.DIABETES));
        assertThat(p.comorbidities("高血压（控制不稳定），糖尿病（稳定）").values())
                .containsExactly(unstable(Disease.HYPERTENSION), stable(Disease.DIABETES));
        assertThat(p.comorbidities("糖尿病控制不佳、高血压").values())
                .containsExactly(unstable(Disease.DIABETES), stable(Disease.HYPERTENSION));
        assertThat(p.comorbidities("高血压【血压控制不佳】").values()).containsExactly(unstable(Disease.HYPERTENSION));
        assertThat(p.comorbidities("糖尿病稳定").values()).containsExactly(stable(Disease.DIABETES));
    }

    @Test
    void aMarkerStandingAloneAppliesToTheWholeCell() {
        assertThat(p.comorbidities("高血压、糖尿病，控制不稳定").values())
                .containsExactly(unstable(Disease.HYPERTENSION), unstable(Disease.DIABETES));
        assertThat(p.comorbidities("不稳定").isClean()).isTrue();
    }

    @Test
    void aDiseaseNamedTwiceIsListedOnceAndUnstableWins() {
        assertThat(p.comorbidities("高血压、高血压病(不稳定)、脑梗、中风").values())
                .containsExactly(unstable(Disease.HYPERTENSION), stable(Disease.STROKE));
    }

    @Test
    void unknownDiseaseWithMarkerIsReportedAsTyped() {
        assertThat(p.comorbidities("痛风(不稳定)").unknown()).containsExactly("痛风(不稳定)");
    }

    @Test
    void aSeparateControlColumn() {
        assertThat(p.control("不稳定").value()).isEqualTo(Control.UNSTABLE);
        assertThat(p.control("控制不佳").value()).isEqualTo(Control.UNSTABLE);
        assertThat(p.control("稳定").value()).isEqualTo(Control.STABLE);
        assertThat(ValueParsers.withControl(p.comorbidities("高血压、糖尿病").values(), Control.UNSTABLE))
                .containsExactly(unstable(Disease.HYPERTENSION), unstable(Disease.DIABETES));
    }

    // ---- living situation, age --------------------------------------------------------------------------------

    @Test
    void livingSituations() {
        assertThat(p.livingSituations("独居").values()).containsExactly(LivingSituation.ALONE);
        assertThat(p.livingSituations("空巢、留守").values())
                .containsExactly(LivingSituation.ALONE, LivingSituation.LEFT_BEHIND);
        assertThat(p.livingSituations("孤寡").values()).containsExactly(LivingSituation.WIDOWED_CHILDLESS);
        assertThat(p.livingSituations("与残疾子女同住").values())
                .containsExactly(LivingSituation.WITH_DISABLED_CHILD_ONLY);
        assertThat(p.livingSituations("独居/空巢").values()).containsExactly(LivingSituation.ALONE);
        assertThat(p.livingSituations("无")).isEqualTo(new Items<>(List.of(), List.of()));
        assertThat(p.livingSituations("独居、低保户").unknown()).containsExactly("低保户");
    }

    @ParameterizedTest
    @CsvSource({"78, 78", "78岁, 78", "０, 0", "150, 150"})
    void age(String cell, int age) {
        assertThat(p.age(cell).value()).isEqualTo(age);
    }

    @ParameterizedTest
    @ValueSource(strings = {"151", "七十八", "78.5", "-3", "岁", "78 years"})
    void ageRefused(String cell) {
        assertThat(p.age(cell).problem()).isEqualTo(ValueProblem.UNRECOGNISED);
    }

    // ---- word lists -------------------------------------------------------------------------------------------

    @Test
    void theShippedWordListsLoadWithoutConflicts() {
        // loading throws if one word means two constants of one kind
        assertThat(ValueParsers.standard()).isNotNull();
    }

    @Test
    void customWordListsUseTheSameFormat() {
        ValueParsers custom = ValueParsers.read(new StringReader("""
                # a county's own words
                tier.RED = 重点关注
                disease.HYPERTENSION = 血压高
                """));
        assertThat(custom.tier("重点关注").value()).isEqualTo(Tier.RED);
        assertThat(custom.comorbidities("血压高、痛风")).isEqualTo(
                new Items<>(List.of(stable(Disease.HYPERTENSION)), List.of("痛风")));
        assertThat(custom.yesNo("是").problem()).isEqualTo(ValueProblem.UNRECOGNISED);
    }

    private static Comorbidity stable(Disease d) {
        return new Comorbidity(d, Control.STABLE);
    }

    private static Comorbidity unstable(Disease d) {
        return new Comorbidity(d, Control.UNSTABLE);
    }
}
