package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.person.Control;
import io.guankou.model.person.Disease;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Columns whose header asks a yes/no question (issue 10): the header is detected, the answers give the field's
 * states. Expected states from DOMAIN.md §2: infection never / infected now / recovered; a no to a question whose
 * negation does not decide the state ("bedridden?", "vaccinated?" - yes) is not given, never guessed.
 */
class HeaderQuestionTest {

    private static final String MAN = ResidentIds.withCheckCharacter("11010119500101001");
    private static final VillageLookup NO_VILLAGES = text -> Optional.empty();

    /** The row "name, ID, answer" below the headers "姓名, 身份证号, header", converted. */
    private static ConvertedRow answer(String header, String cell) {
        ColumnMapping m = HeaderDetector.standard().detectCells(List.of(List.of("姓名", "身份证号", header)))
                .orElseThrow().mapping();
        return new RowConverter(m, NO_VILLAGES, LocalDate.of(2023, 1, 10))
                .convert(new RawRow(2, java.util.Arrays.asList("张三", MAN, cell)));
    }

    private static Person kept(ConvertedRow r) {
        assertThat(r.problems()).isEmpty();
        return r.person();
    }

    @ParameterizedTest
    @CsvSource({
            "是否感染, 是, INFECTED", "是否感染, 否, NEVER", "是否感染, √, INFECTED", "是否感染, ×, NEVER",
            "是否感染, 1, INFECTED", "是否感染, 0, NEVER", "是否阳性, 有, INFECTED", "是否阳性, 无, NEVER",
            "'是否 感染', Ｙ, INFECTED", "是否感染（新冠）, 是, ",
            // the field's own words still hold
            "是否感染, 已康复, RECOVERED", "是否感染, 阳性, INFECTED",
            "是否康复, 是, RECOVERED"})
    void infection(String header, String cell, String state) {
        ConvertedRow r = answer(header, cell);
        if (state == null) {
            // a header not in the list is not mapped
            assertThat(kept(r)).isNotNull();
            assertThat(r.given()).doesNotContain(LedgerColumn.INFECTION);
            return;
        }
        assertThat(kept(r).infection()).hasToString(state);
        assertThat(r.given()).contains(LedgerColumn.INFECTION);
    }

    @Test
    void aNoThatDoesNotDecideIsNotGiven() {
        ConvertedRow notRecovered = answer("是否康复", "否");
        assertThat(kept(notRecovered)).isNotNull();
        assertThat(notRecovered.given()).doesNotContain(LedgerColumn.INFECTION);
        assertThat(notRecovered.notes()).isEmpty();

        ConvertedRow notBedridden = answer("是否卧床", "否");
        assertThat(kept(notBedridden)).isNotNull();
        assertThat(notBedridden.given()).doesNotContain(LedgerColumn.MOBILITY);
    }

    @Test
    void aYesThatDoesNotDecideIsNotedAndNotGiven() {
        // vaccinated, but how many doses? (none 2, incomplete 1, complete 0 points: never guessed)
        ConvertedRow r = answer("是否接种疫苗", "是");
        assertThat(kept(r)).isNotNull();
        assertThat(r.given()).doesNotContain(LedgerColumn.VACCINATION);
        assertThat(r.notes()).containsExactly(new RowNote(2, LedgerColumn.VACCINATION,
                RowNote.Kind.YES_WITHOUT_DETAIL, "是"));
        assertThat(kept(answer("是否接种疫苗", "否")).vaccination()).hasToString("NONE");
        assertThat(kept(answer("是否接种疫苗", "3针")).vaccination()).hasToString("BOOSTER");
        assertThat(kept(answer("是否加强", "是")).vaccination()).hasToString("BOOSTER");
        assertThat(kept(answer("是否全程接种", "√")).vaccination()).hasToString("COMPLETE");
    }

    @ParameterizedTest
    @CsvSource({"是否失能, 是, DISABLED", "是否失能, 否, NORMAL", "是否卧床, 是, BEDRIDDEN", "是否卧床, √, BEDRIDDEN",
            "行动不便, √, LIMITED", "行动不便, 无, NORMAL", "是否能自理, 是, NORMAL", "是否卧床, 半失能, LIMITED"})
    void mobility(String header, String cell, String state) {
        assertThat(kept(answer(header, cell)).mobility()).hasToString(state);
    }

    @ParameterizedTest
    @CsvSource({"是否独居, 是, ALONE", "是否独居, √, ALONE", "独居, ✓, ALONE", "是否留守, 是, LEFT_BEHIND",
            "是否孤寡, 1, WIDOWED_CHILDLESS", "是否独居, 留守, LEFT_BEHIND"})
    void livingSituation(String header, String cell, LivingSituation state) {
        assertThat(kept(answer(header, cell)).livingSituations()).containsExactly(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "×", "0"})
    void notAloneSaysNothingAboutTheOtherSituations(String cell) {
        ConvertedRow r = answer("是否独居", cell);
        assertThat(r.given()).doesNotContain(LedgerColumn.LIVING_SITUATION);
    }

    @Test
    void unknownAnswersAreNotGivenAndUnrecognisedOnesAsked() {
        assertThat(answer("是否感染", "不详").given()).doesNotContain(LedgerColumn.INFECTION);
        ConvertedRow r = answer("是否感染", "可能");
        assertThat(r.problems()).isEmpty();
        assertThat(r.unrecognised()).containsExactly(new UnrecognisedCell(LedgerColumn.INFECTION, "可能"));
        // 1/0 mean yes/no only under a question header
        ColumnMapping plain = ColumnMapping.empty().with(0, LedgerColumn.NAME).with(1, LedgerColumn.RESIDENT_ID)
                .with(2, LedgerColumn.INFECTION);
        ConvertedRow one = new RowConverter(plain, NO_VILLAGES, LocalDate.of(2023, 1, 10))
                .convert(new RawRow(2, List.of("张三", MAN, "1")));
        assertThat(one.unrecognised()).containsExactly(new UnrecognisedCell(LedgerColumn.INFECTION, "1"));
    }

    @Test
    void aStabilityQuestionAppliesToTheDiseases() {
        ColumnMapping m = HeaderDetector.standard().detectCells(List.of(List.of("姓名", "身份证号", "基础疾病", "病情是否稳定")))
                .orElseThrow().mapping();
        RowConverter c = new RowConverter(m, NO_VILLAGES, LocalDate.of(2023, 1, 10));
        Person no = kept(c.convert(new RawRow(2, List.of("张三", MAN, "高血压", "否"))));
        assertThat(no.comorbidities()).extracting(x -> x.control()).containsExactly(Control.UNSTABLE);
        Person yes = kept(c.convert(new RawRow(2, List.of("张三", MAN, "糖尿病", "是"))));
        assertThat(yes.comorbidities()).extracting(x -> x.disease(), x -> x.control())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Disease.DIABETES, Control.STABLE));
    }

    // ---- the mapping keeps the question ------------------------------------------------------------------

    @Test
    void theQuestionIsRememberedWithTheMappingAndOldTextStillReads() {
        ColumnMapping m = HeaderDetector.standard().detectCells(List.of(List.of("姓名", "身份证号", "是否卧床")))
                .orElseThrow().mapping();
        assertThat(m.question(LedgerColumn.MOBILITY)).contains(YesNoQuestion.parse("MOBILITY.BEDRIDDEN.-"));
        String text = ColumnMappingCodec.encode(m);
        assertThat(text).contains("C=MOBILITY.BEDRIDDEN.-");
        assertThat(ColumnMappingCodec.decode(text)).isEqualTo(m);
        ColumnMapping old = ColumnMappingCodec.decode("format=1\nA=NAME\nB=RESIDENT_ID\nC=MOBILITY\n");
        assertThat(old.question(LedgerColumn.MOBILITY)).isEmpty();
        assertThat(old).isNotEqualTo(m);
    }

    @Test
    void remappingAColumnLetsItsQuestionGo() {
        ColumnMapping m = HeaderDetector.standard().detectCells(List.of(List.of("姓名", "身份证号", "是否感染")))
                .orElseThrow().mapping();
        assertThat(m.with(2, LedgerColumn.INFECTION).question(LedgerColumn.INFECTION)).isPresent();
        assertThat(m.with(2, LedgerColumn.NOTE).question(LedgerColumn.INFECTION)).isEmpty();
        assertThat(m.with(3, LedgerColumn.INFECTION).question(LedgerColumn.INFECTION)).isEmpty();
        assertThat(m.without(2).question(LedgerColumn.INFECTION)).isEmpty();
    }

    @Test
    void questionsAreCheckedAgainstTheirField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> YesNoQuestion.parse("INFECTION.BEDRIDDEN.-"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> YesNoQuestion.parse("NAME.-.-"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColumnMappingCodec.decode("A=MOBILITY.FLYING.-"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
