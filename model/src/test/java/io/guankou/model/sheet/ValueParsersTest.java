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
