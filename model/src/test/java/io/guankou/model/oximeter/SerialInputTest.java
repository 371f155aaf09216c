package io.guankou.model.oximeter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SerialInputTest {

    @Test
    void aRangeKeepsThePrefixAndTheWidthOfItsNumber() {
        SerialInput.Result r = SerialInput.range("OX-0098", "ox-0102");
        assertThat(r.isOk()).isTrue();
        assertThat(r.serials()).containsExactly("OX-0098", "OX-0099", "OX-0100", "OX-0101", "OX-0102");
        assertThat(SerialInput.range("A7", "A7").serials()).containsExactly("A7");
    }

    @Test
    void aRangeWithDifferentPrefixesBackwardsTooLargeOrWithoutNumberIsRefused() {
        assertThat(SerialInput.range("OX-01", "OY-05").problem()).isEqualTo(SerialInput.Problem.RANGE_PREFIX_DIFFERS);
        assertThat(SerialInput.range("OX-05", "OX-01").problem()).isEqualTo(SerialInput.Problem.RANGE_BACKWARDS);
        assertThat(SerialInput.range("OX-00001", "OX-09999").problem())
                .isEqualTo(SerialInput.Problem.RANGE_TOO_LARGE);
        assertThat(SerialInput.range("OX-A", "OX-B").problem()).isEqualTo(SerialInput.Problem.RANGE_NO_NUMBER);
        assertThat(SerialInput.range("", "OX-1").problem()).isEqualTo(SerialInput.Problem.EMPTY);
    }

    @Test
    void typedSerialsAreSplitNormalisedAndARepeatIsNamed() {
        SerialInput.Result r = SerialInput.typed("ox-1 OX-2\nＯＸ－３，OX-4、OX-5");
        assertThat(r.serials()).containsExactly("OX-1", "OX-2", "OX-3", "OX-4", "OX-5");
        SerialInput.Result dup = SerialInput.typed("OX-1 ox-1");
        assertThat(dup.problem()).isEqualTo(SerialInput.Problem.DUPLICATE);
        assertThat(dup.offending()).isEqualTo("OX-1");
        assertThat(SerialInput.typed("OX 1#").problem()).isEqualTo(SerialInput.Problem.BAD_CHARACTER);
        assertThat(SerialInput.typed("  ").problem()).isEqualTo(SerialInput.Problem.EMPTY);
    }
}
