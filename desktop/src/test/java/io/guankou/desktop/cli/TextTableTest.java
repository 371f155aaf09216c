package io.guankou.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void aChineseCharacterTakesTwoCellsAndNumbersAlignRight() {
        TextTable t = new TextTable(false, true).row("村", "缺口").row("平安社区", 12).row("Lin", null);
        // widest cells: 平安社区 = 8 cells, 缺口 = 4 cells
        assertThat(t.lines()).containsExactly(
                "村        缺口",
                "平安社区    12",
                "Lin");
        assertThat(TextTable.cellWidth("平安镇(演示)")).as("five wide, two narrow").isEqualTo(5 * 2 + 2);
        assertThat(TextTable.cellWidth("（２）")).as("full-width forms").isEqualTo(6);
    }

    @Test
    void aRowOfTheWrongWidthIsAMistake() {
        assertThatThrownBy(() -> new TextTable(false, false).row("one")).isInstanceOf(IllegalArgumentException.class);
    }
}
