package io.guankou.model.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleBarTest {

    @Test
    void theLongestRoundLengthThatFits() {
        // 20 px/km, at most 150 px: 7.5 km fits, the round length under it is 5 km = 100 px
        ScaleBar b = ScaleBar.choose(20, 150);
        assertThat(b.metres()).isEqualTo(5000);
        assertThat(b.px()).isEqualTo(100);
        assertThat(b.inKilometres()).isTrue();
    }

    @Test
    void metresWhenZoomedIn() {
        // 1000 px/km, 150 px = 150 m: 100 m
        ScaleBar b = ScaleBar.choose(1000, 150);
        assertThat(b.metres()).isEqualTo(100);
        assertThat(b.px()).isEqualTo(100);
        assertThat(b.inKilometres()).isFalse();
    }

    @Test
    void twoTimesAPowerOfTen() {
        // 4 px/km, 100 px = 25 km: 20 km
        assertThat(ScaleBar.choose(4, 100).metres()).isEqualTo(20_000);
    }
}
