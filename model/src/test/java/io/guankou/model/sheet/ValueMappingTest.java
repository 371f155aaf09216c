package io.guankou.model.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Tier;
import io.guankou.model.person.Vaccination;
import org.junit.jupiter.api.Test;

/** The value mapping and its lines in the column-mapping text. */
class ValueMappingTest {

    private static final ColumnMapping COLUMNS = ColumnMapping.empty()
            .with(0, LedgerColumn.NAME).with(1, LedgerColumn.RESIDENT_ID).with(2, LedgerColumn.VACCINATION)
            .with(3, LedgerColumn.FAMILY_DOCTOR_CONTRACT).with(4, LedgerColumn.TIER);

    @Test
    void valuesEqualInNormalFormShareOneAnswer() {
        ValueMapping m = ValueMapping.empty().with(LedgerColumn.SEX, "X", ValueAnswer.of(Sex.MALE));

        assertThat(m.answer(LedgerColumn.SEX, " x ")).contains(ValueAnswer.of(Sex.MALE));
        assertThat(m.answer(LedgerColumn.SEX, "ｘ")).contains(ValueAnswer.of(Sex.MALE));
        assertThat(m.answer(LedgerColumn.VACCINATION, "x")).isEmpty();
        assertThat(m.with(LedgerColumn.SEX, "x ", ValueAnswer.LEAVE_EMPTY).answer(LedgerColumn.SEX, "X"))
                .contains(ValueAnswer.LEAVE_EMPTY);
        assertThat(m.size()).isEqualTo(1);
        assertThat(m.without(LedgerColumn.SEX, " X")).isEqualTo(ValueMapping.empty());
    }

    @Test
    void anAnswerMustBeOneTheColumnOffers() {
        assertThatThrownBy(() -> ValueMapping.empty().with(LedgerColumn.SEX, "x", ValueAnswer.of(Tier.RED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueMapping.empty().with(LedgerColumn.PHONE, "x", ValueAnswer.LEAVE_EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueMapping.empty().with(LedgerColumn.PREGNANT, "x", ValueAnswer.of(Sex.FEMALE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueMapping.empty().with(LedgerColumn.SEX, "  ", ValueAnswer.LEAVE_EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEnumeratedColumnOffersItsValuesYesNoOrTheTiers() {
        assertThat(ValueOptions.of(LedgerColumn.VACCINATION)).containsExactly(Vaccination.NONE, Vaccination.INCOMPLETE,
                Vaccination.COMPLETE, Vaccination.BOOSTER);
        assertThat(ValueOptions.of(LedgerColumn.INFECTION)).containsExactly(InfectionState.NEVER,
                InfectionState.INFECTED, InfectionState.RECOVERED);
        assertThat(ValueOptions.of(LedgerColumn.LIVING_SITUATION)).containsExactly(LivingSituation.ALONE,
                LivingSituation.WIDOWED_CHILDLESS, LivingSituation.WITH_DISABLED_CHILD_ONLY, LivingSituation.LEFT_BEHIND);
        assertThat(ValueOptions.of(LedgerColumn.TIER)).containsExactly(Tier.RED, Tier.YELLOW, Tier.GREEN);
        for (LedgerColumn c : new LedgerColumn[] {LedgerColumn.PREGNANT, LedgerColumn.FAMILY_DOCTOR_CONTRACT,
                LedgerColumn.OXIMETER, LedgerColumn.HEALTH_PACK}) {
            assertThat(ValueOptions.of(c)).containsExactly(YesNo.YES, YesNo.NO);
        }
        assertThat(ValueOptions.codes(LedgerColumn.SEX)).containsExactly("MALE", "FEMALE", "EMPTY");
        assertThat(ValueOptions.maps(LedgerColumn.NAME)).isFalse();
        assertThat(ValueOptions.maps(LedgerColumn.COMORBIDITIES)).isFalse();
        assertThat(ValueOptions.maps(LedgerColumn.INFECTION_DATE)).isFalse();
    }

    // ---- the codec --------------------------------------------------------------------------------------

    @Test
    void theCodecWritesOneLinePerAnswerAfterTheColumns() {
        ColumnMapping m = COLUMNS.withValues(ValueMapping.empty()
                .with(LedgerColumn.VACCINATION, "打过", ValueAnswer.of(Vaccination.COMPLETE))
                .with(LedgerColumn.VACCINATION, " 打了 三针 ", ValueAnswer.of(Vaccination.BOOSTER))
                .with(LedgerColumn.FAMILY_DOCTOR_CONTRACT, "签了", ValueAnswer.of(YesNo.YES))
                .with(LedgerColumn.TIER, "重点", ValueAnswer.LEAVE_EMPTY));

        assertThat(ColumnMappingCodec.encode(m)).isEqualTo("""
                format=1
                A=NAME
                B=RESIDENT_ID
                C=VACCINATION
                D=FAMILY_DOCTOR_CONTRACT
                E=TIER
                VACCINATION.打了三针=BOOSTER
                VACCINATION.打过=COMPLETE
                FAMILY_DOCTOR_CONTRACT.签了=YES
                TIER.重点=EMPTY
                """);
    }

    @Test
    void theCodecRoundTripsChineseValuesAndAnEqualsSign() {
        ColumnMapping m = COLUMNS.withValues(ValueMapping.empty()
                .with(LedgerColumn.VACCINATION, "打过", ValueAnswer.of(Vaccination.COMPLETE))
                .with(LedgerColumn.VACCINATION, "针数=2", ValueAnswer.of(Vaccination.COMPLETE))
                .with(LedgerColumn.SEX, "Ｍ性", ValueAnswer.of(Sex.MALE))
                .with(LedgerColumn.LIVING_SITUATION, "空巢老人", ValueAnswer.of(LivingSituation.ALONE))
                .with(LedgerColumn.INFECTION, "阳了.好了", ValueAnswer.of(InfectionState.RECOVERED))
                .with(LedgerColumn.OXIMETER, "领了#1", ValueAnswer.of(YesNo.YES))
                .with(LedgerColumn.TIER, "重点", ValueAnswer.LEAVE_EMPTY));

        String text = ColumnMappingCodec.encode(m);

        assertThat(text).contains("VACCINATION.针数＝2=COMPLETE\n", "SEX.m性=MALE\n", "INFECTION.阳了.好了=RECOVERED\n");
        ColumnMapping back = ColumnMappingCodec.decode(text);
        assertThat(back).isEqualTo(m);
        assertThat(back.values().answer(LedgerColumn.VACCINATION, "针数=2")).contains(ValueAnswer.of(Vaccination.COMPLETE));
        assertThat(ColumnMappingCodec.encode(back)).isEqualTo(text);
    }

    @Test
    void oldTextWithoutValueLinesReadsAsBefore() {
        String old = """
                format=1
                A=NAME
                B=RESIDENT_ID
                C=INFECTION.INFECTED.NEVER
                """;

        ColumnMapping m = ColumnMappingCodec.decode(old);

        assertThat(m.values().isEmpty()).isTrue();
        assertThat(m.question(LedgerColumn.INFECTION)).isPresent();
        assertThat(ColumnMappingCodec.encode(m)).isEqualTo(old);
    }

    @Test
    void handWrittenValueLinesAreReadLeniently() {
        ColumnMapping m = ColumnMappingCodec.decode("""
                A=NAME
                b=resident_id
                # the office's words
                vaccination. 打 过 = complete
                tier.重点=empty
                """);

        assertThat(m.values().answer(LedgerColumn.VACCINATION, "打过")).contains(ValueAnswer.of(Vaccination.COMPLETE));
        assertThat(m.values().answer(LedgerColumn.TIER, "重点")).contains(ValueAnswer.LEAVE_EMPTY);
    }

    @Test
    void unreadableValueLinesNameTheirLine() {
        assertThatThrownBy(() -> ColumnMappingCodec.decode("A=NAME\nVACCINATION.打过=RED"))
                .hasMessageContaining("line 2").hasMessageContaining("RED");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("A=NAME\nPHONE.打过=EMPTY"))
                .hasMessageContaining("line 2").hasMessageContaining("no values to map");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("A=NAME\nVACCINE.打过=NONE"))
                .hasMessageContaining("line 2").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("VACCINATION.=NONE"))
                .hasMessageContaining("line 1").hasMessageContaining("no value");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("VACCINATION.打过=NONE\nVACCINATION. 打过 =COMPLETE"))
                .hasMessageContaining("line 2").hasMessageContaining("answered twice");
        assertThatThrownBy(() -> ColumnMappingCodec.decode("VACCINATION.打过=?"))
                .hasMessageContaining("line 1");
    }

    @Test
    void changingTheColumnsKeepsTheAnswers() {
        ValueMapping v = ValueMapping.empty().with(LedgerColumn.TIER, "重点", ValueAnswer.of(Tier.RED));
        ColumnMapping m = COLUMNS.withValues(v);

        assertThat(m.with(5, LedgerColumn.PHONE).values()).isEqualTo(v);
        assertThat(m.without(4).values()).isEqualTo(v);
        assertThat(m.withQuestion(YesNoQuestion.parse("VACCINATION.-.NONE")).values()).isEqualTo(v);
        assertThat(m).isNotEqualTo(COLUMNS);
        assertThat(m.withValues(ValueMapping.empty())).isEqualTo(COLUMNS);
    }
}
