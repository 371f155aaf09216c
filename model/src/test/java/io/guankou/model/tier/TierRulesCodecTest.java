package io.guankou.model.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TierRulesCodecTest {

    private static final String DEFAULT_TEXT = """
            format=1
            age.bands=0:0,65:1,80:2
            comorbidity.none=0
            comorbidity.stable=1
            comorbidity.unstable=2
            vaccination.complete=0
            vaccination.incomplete=1
            vaccination.none=2
            tier.greenMax=1
            tier.yellowMax=3
            ledger.ageLowerBound=60
            pregnant.isRed=true
            """;

    @Test
    void defaultsEncodeToStableText() {
        assertThat(TierRulesCodec.encode(TierRules.defaults())).isEqualTo(DEFAULT_TEXT);
    }

    @Test
    void defaultsRoundTrip() {
        assertThat(TierRulesCodec.decode(TierRulesCodec.encode(TierRules.defaults())))
                .isEqualTo(TierRules.defaults());
    }

    @Test
    void editedRulesRoundTrip() {
        TierRules edited = TierRules.defaults()
                .withAgeBands(List.of(new AgeBand(0, 0), new AgeBand(60, 1), new AgeBand(75, 2), new AgeBand(90, 3)))
                .withComorbidityPoints(1, 2, 3)
                .withVaccinationPoints(0, 2, 4)
                .withTierBands(2, 5)
                .withAgeLowerBound(65)
                .withPregnantIsRed(false);
        String text = TierRulesCodec.encode(edited);
        assertThat(text).contains("age.bands=0:0,60:1,75:2,90:3\n", "ledger.ageLowerBound=65\n",
                "pregnant.isRed=false\n");
        assertThat(TierRulesCodec.decode(text)).isEqualTo(edited);
        assertThat(TierRulesCodec.fromMap(TierRulesCodec.toMap(edited))).isEqualTo(edited);
    }

    @Test
    void mapKeepsKeyOrder() {
        assertThat(TierRulesCodec.toMap(TierRules.defaults()).keySet()).containsExactly("format", "age.bands",
                "comorbidity.none", "comorbidity.stable", "comorbidity.unstable", "vaccination.complete",
                "vaccination.incomplete", "vaccination.none", "tier.greenMax", "tier.yellowMax",
                "ledger.ageLowerBound", "pregnant.isRed");
    }

    @Test
    void toleratesCommentsBlankLinesSpacesWindowsLineEndsAndUnknownKeys() {
        String text = "# saved by Guankou\r\n\r\n format = 1 \r\nledger.ageLowerBound= 65\r\n"
                + "some.future.key=whatever\r\n";
        assertThat(TierRulesCodec.decode(text)).isEqualTo(TierRules.defaults().withAgeLowerBound(65));
    }

    @Test
    void missingKeysTakeDefaults() {
        assertThat(TierRulesCodec.decode("")).isEqualTo(TierRules.defaults());
        assertThat(TierRulesCodec.fromMap(Map.of("tier.yellowMax", "4")))
                .isEqualTo(TierRules.defaults().withYellowMax(4));
    }

    @Test
    void rejectsUnreadableValuesWithTheKeyInTheMessage() {
        assertThatThrownBy(() -> TierRulesCodec.decode("tier.greenMax=one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tier.greenMax");
        assertThatThrownBy(() -> TierRulesCodec.decode("pregnant.isRed=yes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> TierRulesCodec.decode("age.bands=0:0,65"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age:points");
        assertThatThrownBy(() -> TierRulesCodec.decode("just some words"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> TierRulesCodec.decode("format=2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> TierRulesCodec.decode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsRulesThatFailValidation() {
        assertThatThrownBy(() -> TierRulesCodec.decode("ledger.ageLowerBound=40"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 50 and 80");
        assertThatThrownBy(() -> TierRulesCodec.decode("age.bands="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    }
}
