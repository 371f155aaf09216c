package io.guankou.model.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** DOMAIN.md §1: a township is the 9-digit prefix of the 12-digit code (province 2, city 2, county 2, township 3). */
class TownshipCodeRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "500235105", // a town of Yunyang county, Chongqing
            "110105001", // a sub-district of Chaoyang district, Beijing
            "441900003", // Dongguan: towns directly under the city, county digits 00
            "650102001", // Urumqi
            " 500235105 "}) // spaces around it are dropped
    void wellFormedCodesPass(String code) {
        assertThat(TownshipCodeRule.check(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void nothingGivenIsMissing(String code) {
        assertThat(TownshipCodeRule.check(code)).contains(TownshipCodeProblem.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50023510X", "500-235-105", "500235 105", "５００２３５１０５", "5.00235E+08"})
    void onlyDigits(String code) {
        assertThat(TownshipCodeRule.check(code)).contains(TownshipCodeProblem.NOT_DIGITS);
    }

    @Test
    void aVillageCodeIsRecognisedAsSuch() {
        // "village codes are 12 digits whose first 9 are the township"
        assertThat(TownshipCodeRule.check("500235105201")).contains(TownshipCodeProblem.VILLAGE_CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"500235", "50023510", "5002351050", "50023510520", "5002351052011"})
    void nineDigits(String code) {
        assertThat(TownshipCodeRule.check(code)).contains(TownshipCodeProblem.WRONG_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({
            "000235105, UNKNOWN_PROVINCE", "990235105, UNKNOWN_PROVINCE", "710101001, UNKNOWN_PROVINCE",
            "500035105, NO_CITY", "500000105, NO_CITY",
            "500235000, NO_TOWNSHIP"})
    void theFirstSixDigitsAreACountyLevelDivisionAndTheLastThreeATownship(String code, TownshipCodeProblem problem) {
        assertThat(TownshipCodeRule.check(code)).contains(problem);
    }
}
