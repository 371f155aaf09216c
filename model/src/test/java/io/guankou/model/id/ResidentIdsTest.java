package io.guankou.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdsTest {

    /** The worked examples published with GB 11643-1999. */
    @ParameterizedTest
    @CsvSource({"11010519491231002, X", "44052418800101001, 4"})
    void checkCharacterOfPublishedExamples(String first17, char expected) {
        assertThat(ResidentIds.checkCharacter(first17)).isEqualTo(expected);
    }

    /**
     * GB 11643-1999: "weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; sum mod 11 → 1 0 X 9 8 7 6 5 4 3 2".
     * The weights are 2^(17-i) mod 11; recomputed here independently for many numbers.
     */
    @Test
    void checkCharacterFollowsTheWeightedSumRule() {
        String table = "10X98765432";
        java.util.Random random = new java.util.Random(11643);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                int weight = (1 << (17 - i)) % 11;
                sum += (b.charAt(i) - '0') * weight;
            }
            assertThat(ResidentIds.checkCharacter(b.toString())).isEqualTo(table.charAt(sum % 11));
        }
    }

    @Test
    void everySingleDigitChangeChangesTheCheckCharacter() {
        String first17 = "50023519450101123";
        char original = ResidentIds.checkCharacter(first17);
        for (int i = 0; i < 17; i++) {
            char digit = first17.charAt(i);
            char other = digit == '9' ? '0' : (char) (digit + 1);
            String changed = first17.substring(0, i) + other + first17.substring(i + 1);
            assertThat(ResidentIds.checkCharacter(changed)).as("digit %d changed", i + 1).isNotEqualTo(original);
        }
    }

    @Test
    void withCheckCharacterAppendsIt() {
        assertThat(ResidentIds.withCheckCharacter("11010519491231002")).isEqualTo("11010519491231002X");
        assertThat(ResidentIds.withCheckCharacter("50023519450101123")).isEqualTo("500235194501011232");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567890123456", "123456789012345678", "1101051949123100X", "１１０１０５１９４９１２３１００２"})
    void checkCharacterNeedsExactlySeventeenAsciiDigits(String bad) {
        assertThatThrownBy(() -> ResidentIds.checkCharacter(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17 digits");
    }

    /** Issue 2: "ID numbers masked (500235********1234) unless the user reveals one". */
    @Test
    void maskKeepsRegionAndLastFourHidesBirthDate() {
        assertThat(ResidentIds.mask("500235194501011234")).isEqualTo("500235********1234");
        assertThat(ResidentIds.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(ResidentIds.mask(" 500235194501011234 ")).isEqualTo("500235********1234");
    }

    @Test
    void maskNeverThrowsAndNeverRevealsShortFragments() {
        assertThat(ResidentIds.mask(null)).isEmpty();
        assertThat(ResidentIds.mask("")).isEmpty();
        assertThat(ResidentIds.mask("12345")).isEqualTo("*****");
        assertThat(ResidentIds.mask("1234567890")).isEqualTo("**********");
        assertThat(ResidentIds.mask("12345678901")).isEqualTo("123456*8901");
    }
}
