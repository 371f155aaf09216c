package io.guankou.model.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.contact.ContactInput.Problem;
import io.guankou.model.contact.ContactInput.Read;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** What the contact form accepts as typed, also from a Chinese input method in full-width mode. */
class ContactInputTest {

    @Test
    void aDateIsYearMonthDay() {
        assertThat(ContactInput.date(" 2026-11-23 ")).isEqualTo(new Read<>(LocalDate.of(2026, 11, 23), null));
        assertThat(ContactInput.date("２０２６－１１－２３").value()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(ContactInput.date("2026-13-01").problem()).isEqualTo(Problem.BAD_DATE);
        assertThat(ContactInput.date("2026-02-30").problem()).isEqualTo(Problem.BAD_DATE);
        assertThat(ContactInput.date("23/11/2026").problem()).isEqualTo(Problem.BAD_DATE);
        assertThat(ContactInput.date("  ").problem()).isEqualTo(Problem.REQUIRED);
        assertThat(ContactInput.date(null).problem()).isEqualTo(Problem.REQUIRED);
    }

    @Test
    void aTimeIsHoursAndTwoDigitMinutesWithAColonOrAPoint() {
        assertThat(ContactInput.time("9:30").value()).isEqualTo(LocalTime.of(9, 30));
        assertThat(ContactInput.time("09.30").value()).isEqualTo(LocalTime.of(9, 30));
        assertThat(ContactInput.time("０９：３０").value()).isEqualTo(LocalTime.of(9, 30)); // full-width colon
        assertThat(ContactInput.time("9。30").value()).isEqualTo(LocalTime.of(9, 30));    // ideographic full stop
        assertThat(ContactInput.time("23:59").value()).isEqualTo(LocalTime.of(23, 59));
        assertThat(ContactInput.time("0:00").value()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(ContactInput.time("24:00").problem()).isEqualTo(Problem.BAD_TIME);
        assertThat(ContactInput.time("25:00").problem()).isEqualTo(Problem.BAD_TIME);
        assertThat(ContactInput.time("9:60").problem()).isEqualTo(Problem.BAD_TIME);
        assertThat(ContactInput.time("9:5").problem()).isEqualTo(Problem.BAD_TIME);
        assertThat(ContactInput.time("930").problem()).isEqualTo(Problem.BAD_TIME);
        assertThat(ContactInput.time("").problem()).isEqualTo(Problem.REQUIRED);
    }

    @Test
    void theMomentNeedsBothPartsAndNamesTheDateProblemFirst() {
        assertThat(ContactInput.at("2026-11-23", "08:15").value()).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 15));
        assertThat(ContactInput.at("", "25:00").problem()).isEqualTo(Problem.REQUIRED);
        assertThat(ContactInput.at("2026-13-01", "").problem()).isEqualTo(Problem.BAD_DATE);
        assertThat(ContactInput.at("2026-11-23", "").problem()).isEqualTo(Problem.REQUIRED);
        assertThat(ContactInput.at("2026-11-23", "25:00").problem()).isEqualTo(Problem.BAD_TIME);
    }

    @Test
    void aTemperatureHasUpToTwoDecimalsWithAPointOrAComma() {
        assertThat(ContactInput.temperature("36.5").value()).isEqualByComparingTo("36.5");
        assertThat(ContactInput.temperature("36,5").value()).isEqualByComparingTo("36.5");
        assertThat(ContactInput.temperature("37").value()).isEqualByComparingTo("37");
        assertThat(ContactInput.temperature("38.25").value()).isEqualByComparingTo("38.25");
        assertThat(ContactInput.temperature("３６．８").value()).isEqualByComparingTo("36.8");
        assertThat(ContactInput.temperature("36。8").value()).isEqualByComparingTo("36.8");
        assertThat(ContactInput.temperature("38.5℃").value()).isEqualByComparingTo("38.5");
        assertThat(ContactInput.temperature("38.5 °C").value()).isEqualByComparingTo("38.5");
        assertThat(ContactInput.temperature("36.5.1").problem()).isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(ContactInput.temperature("38.123").problem()).isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(ContactInput.temperature("1000").problem()).isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(ContactInput.temperature("发烧").problem()).isEqualTo(Problem.NOT_A_NUMBER);
    }

    @Test
    void spo2IsUpToThreeDigitsWithAnOptionalPercentSign() {
        assertThat(ContactInput.spo2("97")).isEqualTo(new Read<>(97, null));
        assertThat(ContactInput.spo2("96%").value()).isEqualTo(96);
        assertThat(ContactInput.spo2("９２％").value()).isEqualTo(92);
        assertThat(ContactInput.spo2("101").value()).as("the range is the validator's").isEqualTo(101);
        assertThat(ContactInput.spo2("九十").problem()).isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(ContactInput.spo2("93.5").problem()).isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(ContactInput.spo2("1000").problem()).isEqualTo(Problem.NOT_A_NUMBER);
    }

    @Test
    void blankOptionalReadingsAreNothingAndNoProblem() {
        assertThat(ContactInput.temperature("  ")).isEqualTo(new Read<BigDecimal>(null, null));
        assertThat(ContactInput.temperature("℃").isOk()).isTrue();
        assertThat(ContactInput.spo2(null)).isEqualTo(new Read<Integer>(null, null));
        assertThat(ContactInput.spo2("\u3000").isOk()).isTrue(); // ideographic space
    }
}
