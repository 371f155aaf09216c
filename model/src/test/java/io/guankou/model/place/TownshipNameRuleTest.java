package io.guankou.model.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TownshipNameRuleTest {

    @Test
    void aNameIsTrimmed() {
        assertThat(TownshipNameRule.normalize("  平安镇\u3000")).isEqualTo("平安镇");
        assertThat(TownshipNameRule.check("  平安镇 ")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void aNameIsRequired(String name) {
        assertThat(TownshipNameRule.check(name)).contains(TownshipNameProblem.MISSING);
    }

    @Test
    void aNameHasAtMostFiftyCharacters() {
        assertThat(TownshipNameRule.check("镇".repeat(TownshipNameRule.MAX_LENGTH))).isEmpty();
        assertThat(TownshipNameRule.check("镇".repeat(TownshipNameRule.MAX_LENGTH + 1)))
                .contains(TownshipNameProblem.TOO_LONG);
        // characters, not UTF-16 units: 50 supplementary characters are still 50
        assertThat(TownshipNameRule.check("\uD840\uDC00".repeat(TownshipNameRule.MAX_LENGTH))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"平安\n镇", "平安\t镇", "平安\u0000镇"})
    void aNameIsOneLine(String name) {
        assertThat(TownshipNameRule.check(name)).contains(TownshipNameProblem.CONTROL_CHARACTER);
    }
}
