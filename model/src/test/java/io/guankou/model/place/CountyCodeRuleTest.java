package io.guankou.model.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountyCodeRuleTest {

    @Test
    void aCountyCodeIsSixDigitsOfAKnownProvinceCityAndCounty() {
        assertThat(CountyCodeRule.check(" 500235 ")).isEmpty(); // Yunyang, Chongqing
        assertThat(CountyCodeRule.check("")).contains(CountyCodeProblem.MISSING);
        assertThat(CountyCodeRule.check("50023a")).contains(CountyCodeProblem.NOT_DIGITS);
        assertThat(CountyCodeRule.check("500235124")).contains(CountyCodeProblem.WRONG_LENGTH);
        assertThat(CountyCodeRule.check("990235")).contains(CountyCodeProblem.UNKNOWN_PROVINCE);
        assertThat(CountyCodeRule.check("500035")).contains(CountyCodeProblem.NO_CITY);
        assertThat(CountyCodeRule.check("510100")).contains(CountyCodeProblem.NO_COUNTY); // Chengdu itself
        assertThat(CountyCodeRule.check(null)).isEqualTo(Optional.of(CountyCodeProblem.MISSING));
    }

    @Test
    void aCountyCoversTheTownshipsWhoseCodesStartWithIt() {
        assertThat(CountyCodeRule.covers("500235", "500235124")).isTrue();
        assertThat(CountyCodeRule.covers("500235", "500236101")).isFalse();
        assertThat(CountyCodeRule.covers("500235", "5002351")).isFalse();
    }
}
