package io.guankou.model.id;

import static io.guankou.model.id.IdProblem.BAD_CHARACTERS;
import static io.guankou.model.id.IdProblem.BIRTH_DATE_MISMATCH;
import static io.guankou.model.id.IdProblem.CHECK_CHARACTER;
import static io.guankou.model.id.IdProblem.EXCEL_NUMBER;
import static io.guankou.model.id.IdProblem.EXCEL_SCIENTIFIC_NOTATION;
import static io.guankou.model.id.IdProblem.FUTURE_BIRTH_DATE;
import static io.guankou.model.id.IdProblem.IMPOSSIBLE_BIRTH_DATE;
import static io.guankou.model.id.IdProblem.LOWERCASE_X;
import static io.guankou.model.id.IdProblem.SEX_MISMATCH;
import static io.guankou.model.id.IdProblem.WRONG_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.TestClocks;
import io.guankou.model.person.Sex;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdValidatorTest {

    private static final Clock CLOCK = TestClocks.FIXED;
    private static final LocalDate TODAY = TestClocks.TODAY;
    /** Male (digit 17 = 3), born 1945-01-01, valid check character. */
    private static final String MAN = ResidentIds.withCheckCharacter("50023519450101123");
    /** The GB 11643-1999 example: female (digit 17 = 2), born 1949-12-31, check character X. */
    private static final String WOMAN_X = "11010519491231002X";

    private static IdCheck check(String raw) {
        return ResidentIdValidator.checkAsOf(raw, null, null, TODAY);
    }

    @Nested
    class ValidNumbers {

        @Test
        void validNumberHasNoProblemsAndGivesBirthDateAndSex() {
            IdCheck c = check(MAN);
            assertThat(c.problems()).isEmpty();
            assertThat(c.isValid()).isTrue();
            assertThat(c.input()).isEqualTo(MAN);
            assertThat(c.normalized()).isEqualTo("500235194501011232");
            // "digits 7–14 are the birth date (yyyyMMdd)"
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(1945, 1, 1));
            // "digit 17 odd = male"
            assertThat(c.sex()).isEqualTo(Sex.MALE);
        }

        @Test
        void evenSeventeenthDigitIsFemaleAndUpperXIsAValidCheckCharacter() {
            IdCheck c = check(WOMAN_X);
            assertThat(c.isValid()).isTrue();
            assertThat(c.problems()).isEmpty();
            assertThat(c.sex()).isEqualTo(Sex.FEMALE);
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(c.normalized()).isEqualTo(WOMAN_X);
        }

        @Test
        void publishedExampleFrom1880IsValid() {
            IdCheck c = check("440524188001010014");
            assertThat(c.isValid()).isTrue();
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
            assertThat(c.sex()).isEqualTo(Sex.MALE);
        }

        @Test
        void aRealIdMayEndIn000WhenItsCheckCharacterIsRight() {
            // only the combination "ends in 000 AND check character fails" is taken as Excel damage
            String first17 = findFirst17EndingIn00WithCheckZero();
            IdCheck c = check(first17 + "0");
            assertThat(c.isValid()).isTrue();
            assertThat(c.normalized()).endsWith("000");
        }

        /** 17 digits whose 16th and 17th are 0 and whose check character is 0. */
        private String findFirst17EndingIn00WithCheckZero() {
            for (int year = 1930; year < 1960; year++) {
                for (int d = 0; d < 10; d++) {
                    String first17 = "500235" + year + "0101" + d + "00";
                    if (ResidentIds.checkCharacter(first17) == '0') {
                        return first17;
                    }
                }
            }
            throw new AssertionError("no example found");
        }
    }

    @Nested
    class PasteArtefactsAreUndone {

        @ParameterizedTest
        @ValueSource(strings = {" 500235194501011232", "500235194501011232 ", "\t500235194501011232\n",
                "\u3000500235194501011232\u3000", "\u00A0500235194501011232", "\uFEFF500235194501011232"})
        void surroundingWhitespaceIsStripped(String raw) {
            IdCheck c = check(raw);
            assertThat(c.isValid()).isTrue();
            assertThat(c.problems()).isEmpty();
            assertThat(c.normalized()).isEqualTo(MAN);
            assertThat(c.input()).isEqualTo(raw);
        }

        @ParameterizedTest
        @ValueSource(strings = {"'500235194501011232", " '500235194501011232", "\u2019500235194501011232"})
        void excelTextApostropheIsStripped(String raw) {
            IdCheck c = check(raw);
            assertThat(c.problems()).isEmpty();
            assertThat(c.normalized()).isEqualTo(MAN);
        }

        @Test
        void fullWidthDigitsAreNormalised() {
            IdCheck c = check("５００２３５１９４５０１０１１２３２");
            assertThat(c.problems()).isEmpty();
            assertThat(c.normalized()).isEqualTo(MAN);
            assertThat(check("１１０１０５１９４９１２３１００２Ｘ").normalized()).isEqualTo(WOMAN_X);
        }

        /** DOMAIN.md §2: "IDs pasted from Excel often arrive … with a lowercase x: recognise and report those." */
        @Test
        void lowercaseXIsUpperCasedAndReportedAsAWarning() {
            IdCheck c = check("11010519491231002x");
            assertThat(c.normalized()).isEqualTo(WOMAN_X);
            assertThat(c.problems()).containsExactly(LOWERCASE_X);
            // isValid() = no problem other than LOWERCASE_X
            assertThat(c.isValid()).isTrue();
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(c.sex()).isEqualTo(Sex.FEMALE);
        }

        @Test
        void fullWidthLowercaseXCountsAsLowercaseX() {
            IdCheck c = check("11010519491231002ｘ");
            assertThat(c.normalized()).isEqualTo(WOMAN_X);
            assertThat(c.problems()).containsExactly(LOWERCASE_X);
        }

        @Test
        void lowercaseXWithAnotherProblemIsNotValid() {
            IdCheck c = check("11010519491231003x"); // digit 17 changed: X no longer right
            assertThat(c.problems()).containsExactly(LOWERCASE_X, CHECK_CHARACTER);
            assertThat(c.isValid()).isFalse();
        }
    }

    @Nested
    class ExcelDamage {

        /** DOMAIN.md §2: "IDs pasted from Excel often arrive as numbers in scientific notation (5.00235E+17)". */
        @ParameterizedTest
        @ValueSource(strings = {"5.00235E+17", "5.00235194501011E17", "5.00235194501011E+17", "5,00235E+17",
                "5.00235e+17", " 5.00235E+17 ", "'5.00235E+17", "５.００２３５Ｅ＋１７", "5E+17"})
        void scientificNotationIsReportedNotRepaired(String raw) {
            IdCheck c = check(raw);
            assertThat(c.problems()).containsExactly(EXCEL_SCIENTIFIC_NOTATION);
            assertThat(c.isValid()).isFalse();
            assertThat(c.isExcelDamage()).isTrue();
            // never guess the digits
            assertThat(c.normalized()).isNull();
            assertThat(c.birthDate()).isNull();
            assertThat(c.sex()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"500235194501011000.0", "500235194501011232.0", "500235194501011232.00",
                "500,235,194,501,011,000", "500,235,194,501,011,000.00"})
        void decimalPointOrThousandsSeparatorsMeanExcelNumber(String raw) {
            IdCheck c = check(raw);
            assertThat(c.problems()).containsExactly(EXCEL_NUMBER);
            assertThat(c.isExcelDamage()).isTrue();
            assertThat(c.normalized()).isNull();
        }

        @Test
        void trailing000WithWrongCheckCharacterIsExcelPrecisionLoss() {
            // Excel keeps 15 significant digits: 500235194501011232 becomes 500235194501011000
            IdCheck c = check("500235194501011000");
            assertThat(c.problems()).containsExactly(EXCEL_NUMBER);
            assertThat(c.problems()).doesNotContain(CHECK_CHARACTER);
            assertThat(c.isValid()).isFalse();
            assertThat(c.normalized()).as("the lost digits are not guessed").isNull();
            // digits 7–14 survive the truncation, digit 17 (sex) does not
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(1945, 1, 1));
            assertThat(c.sex()).isNull();
        }

        @Test
        void excelDamageWithFormFieldsDoesNotInventASexMismatch() {
            IdCheck c = ResidentIdValidator.checkAsOf("500235194501011000", LocalDate.of(1945, 1, 1),
                    Sex.FEMALE, TODAY);
            assertThat(c.problems()).containsExactly(EXCEL_NUMBER);
        }

        @Test
        void trailingZeroesInTheMiddleAreNotExcelDamage() {
            IdCheck c = check("500235194501010001"); // wrong check char but does not end in 000
            assertThat(c.problems()).containsExactly(CHECK_CHARACTER);
            assertThat(c.isExcelDamage()).isFalse();
        }
    }

    @Nested
    class InputErrors {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "50023519450101123", "5002351945010112322", "500235450101123"})
        void wrongLength(String raw) {
            IdCheck c = check(raw);
            assertThat(c.problems()).containsExactly(WRONG_LENGTH);
            assertThat(c.normalized()).isNull();
            assertThat(c.isValid()).isFalse();
        }

        @Test
        void wrongLengthWithLettersAlsoReportsBadCharacters() {
            assertThat(check("5002351945-01011232").problems()).containsExactly(WRONG_LENGTH, BAD_CHARACTERS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"50023519450101123A", "X00235194501011232", "5002351945O1011232",
                "500235 94501011232", "5002351945010112X2"})
        void badCharacters(String raw) {
            IdCheck c = check(raw);
            assertThat(c.problems()).containsExactly(BAD_CHARACTERS);
            assertThat(c.normalized()).isNull();
            assertThat(c.birthDate()).isNull();
        }

        /** DOMAIN.md §2: "An invalid check char … is an input error the user must see". */
        @Test
        void wrongCheckCharacter() {
            IdCheck c = check("500235194501011233");
            assertThat(c.problems()).containsExactly(CHECK_CHARACTER);
            assertThat(c.isValid()).isFalse();
            // still readable, so the form can show what the number says
            assertThat(c.normalized()).isEqualTo("500235194501011233");
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(1945, 1, 1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"50023519450230123", "50023519451301123", "50023519450100123",
                "50023519000229123", "50023518791231123"})
        void impossibleBirthDate(String first17) {
            // 30 February, month 13, day 0, 29 Feb 1900 (not a leap year), before 1880
            IdCheck c = check(ResidentIds.withCheckCharacter(first17));
            assertThat(c.problems()).containsExactly(IMPOSSIBLE_BIRTH_DATE);
            assertThat(c.birthDate()).isNull();
            assertThat(c.isValid()).isFalse();
        }

        @Test
        void leapDayIsARealDate() {
            IdCheck c = check(ResidentIds.withCheckCharacter("50023520000229123"));
            assertThat(c.isValid()).isTrue();
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        }

        @Test
        void futureBirthDate() {
            IdCheck c = check(ResidentIds.withCheckCharacter("50023520230106123"));
            assertThat(c.problems()).containsExactly(FUTURE_BIRTH_DATE);
            assertThat(c.birthDate()).isEqualTo(LocalDate.of(2023, 1, 6));
            assertThat(c.isValid()).isFalse();
            assertThat(check(ResidentIds.withCheckCharacter("50023520230105123")).isValid())
                    .as("born today is not the future").isTrue();
        }

        @Test
        void checkWithAClockUsesItsTodayAndAcceptsAValidNumber() {
            assertThat(ResidentIdValidator.check(MAN, CLOCK).isValid()).isTrue();
            assertThat(ResidentIdValidator.check(ResidentIds.withCheckCharacter("50023520230106123"),
                    CLOCK).problems()).containsExactly(FUTURE_BIRTH_DATE);
        }

        @Test
        void todayIsTheDateInTheClocksZoneNotTheMachines() {
            // ten past midnight in Shanghai is still yesterday in UTC: a child born today is not in the future
            Clock midnight = TestClocks.justAfterMidnight();
            assertThat(ResidentIdValidator.check(ResidentIds.withCheckCharacter("50023520230105123"), midnight)
                    .isValid()).isTrue();
            assertThat(ResidentIdValidator.check(ResidentIds.withCheckCharacter("50023520230106123"), midnight)
                    .problems()).containsExactly(FUTURE_BIRTH_DATE);
        }
    }

    @Nested
    class AgreementWithTheForm {

        /** DOMAIN.md §2: "sex/birth date that disagree with the ID is an input error the user must see". */
        @Test
        void matchingFieldsAddNothing() {
            IdCheck c = ResidentIdValidator.check(MAN, LocalDate.of(1945, 1, 1), Sex.MALE, CLOCK);
            assertThat(c.problems()).isEmpty();
        }

        @Test
        void birthDateMismatch() {
            IdCheck c = ResidentIdValidator.check(MAN, LocalDate.of(1945, 1, 2), Sex.MALE, CLOCK);
            assertThat(c.problems()).containsExactly(BIRTH_DATE_MISMATCH);
            assertThat(c.isValid()).isFalse();
        }

        @Test
        void sexMismatch() {
            IdCheck c = ResidentIdValidator.check(WOMAN_X, LocalDate.of(1949, 12, 31), Sex.MALE, CLOCK);
            assertThat(c.problems()).containsExactly(SEX_MISMATCH);
        }

        @Test
        void bothMismatches() {
            IdCheck c = ResidentIdValidator.check(MAN, LocalDate.of(1950, 6, 1), Sex.FEMALE, CLOCK);
            assertThat(c.problems()).containsExactly(BIRTH_DATE_MISMATCH, SEX_MISMATCH);
        }

        @Test
        void nullFieldsAreNotCompared() {
            assertThat(ResidentIdValidator.check(MAN, null, Sex.MALE, CLOCK).problems()).isEmpty();
            assertThat(ResidentIdValidator.check(MAN, LocalDate.of(1945, 1, 1), null, CLOCK).problems()).isEmpty();
            assertThat(ResidentIdValidator.check(MAN, null, null, CLOCK).problems()).isEmpty();
        }

        @Test
        void unreadableNumberIsNotComparedWithTheForm() {
            IdCheck c = ResidentIdValidator.check("5.00235E+17", LocalDate.of(1945, 1, 1), Sex.MALE, CLOCK);
            assertThat(c.problems()).containsExactly(EXCEL_SCIENTIFIC_NOTATION);
        }

        @Test
        void lowercaseXStillComparesWithTheForm() {
            IdCheck c = ResidentIdValidator.check("11010519491231002x", LocalDate.of(1949, 12, 31), Sex.MALE, CLOCK);
            assertThat(c.problems()).containsExactly(LOWERCASE_X, SEX_MISMATCH);
            assertThat(c.isValid()).isFalse();
        }
    }

    @Test
    void problemsListIsImmutable() {
        IdCheck c = new IdCheck("x", null, new java.util.ArrayList<>(List.of(WRONG_LENGTH)), null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.problems().add(BAD_CHARACTERS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlyLowercaseXIsAWarning() {
        for (IdProblem p : IdProblem.values()) {
            assertThat(p.isWarning()).as(p.name()).isEqualTo(p == LOWERCASE_X);
        }
    }
}
