package io.guankou.model.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.tier.TierRules;
import org.junit.jupiter.api.Test;

class TownshipSetupTest {

    @Test
    void keepsTheNormalisedValuesAndStartsFromTheDefaultRules() {
        TownshipSetup s = new TownshipSetup(" 500235105 ", " 平安镇 ", 65);
        assertThat(s.code()).isEqualTo("500235105");
        assertThat(s.name()).isEqualTo("平安镇");
        assertThat(s.tierRules()).isEqualTo(TierRules.defaults().withAgeLowerBound(65));
        assertThat(new TownshipSetup("500235105", "平安镇", TownshipSetup.DEFAULT_AGE_LOWER_BOUND).tierRules())
                .isEqualTo(TierRules.defaults());
    }

    @Test
    void theAgeLowerBoundIsSixtyOrSixtyFive() {
        // DOMAIN.md §3: "Ping'an classifies from 60, the national plan from 65"
        assertThat(TownshipSetup.AGE_LOWER_BOUNDS).containsExactly(60, 65);
        assertThat(TownshipSetup.isAgeLowerBoundChoice(70)).isFalse();
        assertThatThrownBy(() -> new TownshipSetup("500235105", "平安镇", 70))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatTheRulesRefuse() {
        assertThatThrownBy(() -> new TownshipSetup("500235", "平安镇", 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WRONG_LENGTH");
        assertThatThrownBy(() -> new TownshipSetup(null, "平安镇", 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MISSING");
        assertThatThrownBy(() -> new TownshipSetup("500235105", " ", 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }
}
