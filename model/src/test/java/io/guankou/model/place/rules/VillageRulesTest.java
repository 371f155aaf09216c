package io.guankou.model.place.rules;

import static io.guankou.model.place.rules.PlaceFixtures.TOWNSHIP;
import static io.guankou.model.place.rules.PlaceFixtures.VILLAGES;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.UrbanRuralClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DOMAIN.md §1: a village is the 12-digit code under its township's 9 digits, unique; names unique too. */
class VillageRulesTest {

    private static VillageEdit edit(long id, String code, String name) {
        return new VillageEdit(id, code, name, UrbanRuralClass.C220, "", "");
    }

    @Test
    void aNewVillageUnderTheTownshipWithAFreeCodeAndNamePasses() {
        assertThat(VillageRules.check(edit(0, "500235124202", "石门村"), TOWNSHIP, VILLAGES)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "'', REQUIRED",
            "50023512420A, NOT_DIGITS",
            "5002351242, WRONG_LENGTH",
            "5002351242021, WRONG_LENGTH",
            // "must start with the township's 9-digit code": a village of the neighbouring town
            "500235125202, OUTSIDE_TOWNSHIP",
            // the township's own code padded with 000 is no village
            "500235124000, NOT_A_VILLAGE"})
    void theCodeIsTwelveDigitsUnderTheTownship(String code, PlaceProblem.Kind kind) {
        assertThat(VillageRules.check(edit(0, code, "石门村"), TOWNSHIP, VILLAGES))
                .containsExactly(new PlaceProblem(PlaceField.CODE, kind));
    }

    @Test
    void fullWidthDigitsAndSpacesAroundAreReadAsTheCode() {
        VillageEdit e = edit(0, " ５００２３５１２４２０２ ", " 石门村 ");
        assertThat(e.code()).isEqualTo("500235124202");
        assertThat(e.name()).isEqualTo("石门村");
        assertThat(VillageRules.check(e, TOWNSHIP, VILLAGES)).isEmpty();
    }

    @Test
    void codesAreUniqueAndARemovedVillageKeepsItsCode() {
        assertThat(VillageRules.check(edit(0, "500235124200", "石门村"), TOWNSHIP, VILLAGES))
                .containsExactly(new PlaceProblem(PlaceField.CODE, PlaceProblem.Kind.CODE_TAKEN));
        assertThat(VillageRules.check(edit(0, "500235124201", "石门村"), TOWNSHIP, VILLAGES))
                .containsExactly(new PlaceProblem(PlaceField.CODE, PlaceProblem.Kind.CODE_TAKEN_BY_REMOVED));
        // its own code is no clash: editing 龙洞村 keeps 500235124200
        assertThat(VillageRules.check(edit(2, "500235124200", "龙洞村"), TOWNSHIP, VILLAGES)).isEmpty();
    }

    @Test
    void namesAreUniqueInTheTownshipIgnoringSpacesAndCaseButNotAgainstRemovedVillages() {
        assertThat(VillageRules.check(edit(0, "500235124202", "龙洞 村"), TOWNSHIP, VILLAGES))
                .containsExactly(new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.NAME_TAKEN));
        // 双河 was merged away: its name is free again
        assertThat(VillageRules.check(edit(0, "500235124202", "双河"), TOWNSHIP, VILLAGES)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aNameIsRequired(String name) {
        assertThat(VillageRules.check(edit(0, "500235124202", name), TOWNSHIP, VILLAGES))
                .containsExactly(new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.REQUIRED));
    }

    @Test
    void aNameIsOneLineOfAtMostFiftyCharacters() {
        assertThat(VillageRules.check(edit(0, "500235124202", "石门\n村"), TOWNSHIP, VILLAGES))
                .containsExactly(new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.CONTROL_CHARACTER));
        assertThat(VillageRules.check(edit(0, "500235124202", "村".repeat(51)), TOWNSHIP, VILLAGES))
                .containsExactly(new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.TOO_LONG));
        assertThat(VillageRules.check(edit(0, "500235124202", "村".repeat(50)), TOWNSHIP, VILLAGES)).isEmpty();
    }

    @Test
    void theClassIsRequiredAndEachFieldHasItsOwnProblem() {
        VillageEdit e = new VillageEdit(0, "", "", null, "200", "");
        assertThat(VillageRules.check(e, TOWNSHIP, VILLAGES)).containsExactly(
                new PlaceProblem(PlaceField.CODE, PlaceProblem.Kind.REQUIRED),
                new PlaceProblem(PlaceField.NAME, PlaceProblem.Kind.REQUIRED),
                new PlaceProblem(PlaceField.URBAN_RURAL, PlaceProblem.Kind.REQUIRED),
                new PlaceProblem(PlaceField.LONGITUDE, PlaceProblem.Kind.OUT_OF_RANGE),
                new PlaceProblem(PlaceField.LATITUDE, PlaceProblem.Kind.HALF_A_POINT));
    }

    @Test
    void coordinatesAreOptionalButComeInPairs() {
        VillageEdit none = edit(0, "500235124202", "石门村");
        assertThat(none.centroid()).isNull();
        VillageEdit both = new VillageEdit(0, "500235124202", "石门村", UrbanRuralClass.C220, "108.735",
                "３０．９４４");
        assertThat(VillageRules.check(both, TOWNSHIP, VILLAGES)).isEmpty();
        assertThat(both.centroid()).isEqualTo(new GeoPoint(108.735, 30.944));
    }
}
