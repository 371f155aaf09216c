package io.guankou.model.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedShareTest {

    @Test
    void classesByShareOfRed() {
        assertThat(RedShare.classOf(0, 100)).isZero();
        assertThat(RedShare.classOf(0, 0)).isZero();
        assertThat(RedShare.classOf(1, 100)).isEqualTo(1);   // 1%
        assertThat(RedShare.classOf(4, 81)).isEqualTo(1);    // 4.9%
        assertThat(RedShare.classOf(5, 100)).isEqualTo(2);   // exactly 5%
        assertThat(RedShare.classOf(9, 91)).isEqualTo(2);    // 9.9%
        assertThat(RedShare.classOf(1, 10)).isEqualTo(3);    // 10%
        assertThat(RedShare.classOf(19, 96)).isEqualTo(3);   // 19.8%
        assertThat(RedShare.classOf(1, 5)).isEqualTo(4);     // 20%
        assertThat(RedShare.classOf(7, 7)).isEqualTo(4);     // all red
    }

    @Test
    void legendBounds() {
        assertThat(RedShare.boundsPercent(1)).containsExactly(0, 5);
        assertThat(RedShare.boundsPercent(3)).containsExactly(10, 20);
        assertThat(RedShare.boundsPercent(4)).containsExactly(20, -1);
    }

    @Test
    void glyphAreaGrowsWithPersons() {
        assertThat(Glyph.radiusPx(400, 400)).isEqualTo(Glyph.MAX_RADIUS_PX);
        assertThat(Glyph.radiusPx(100, 400)).isEqualTo(Glyph.MAX_RADIUS_PX / 2); // a quarter of the persons
        assertThat(Glyph.radiusPx(1, 400)).isEqualTo(Glyph.MIN_RADIUS_PX);
        assertThat(Glyph.radiusPx(0, 400)).isZero();
    }
}
