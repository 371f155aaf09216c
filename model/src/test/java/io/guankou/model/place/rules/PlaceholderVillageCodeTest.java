package io.guankou.model.place.rules;

import static io.guankou.model.place.rules.PlaceFixtures.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.place.GeoPoint;
import io.guankou.model.place.UrbanRuralClass;
import io.guankou.model.place.Village;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An import creates a village it does not know with the township's code and the next free number from 201, class
 * 220 and no point; until the office sets or confirms the code, the editor marks it as a placeholder.
 */
class PlaceholderVillageCodeTest {

    private static Village village(String code, UrbanRuralClass c, GeoPoint point) {
        return PlaceFixtures.village(9, code, "新村", c, point, false);
    }

    @Test
    void theNextCodeIsTheFirstFreeNumberFrom201() {
        assertThat(PlaceholderVillageCode.next(TOWNSHIP, Set.of())).contains("500235124201");
        assertThat(PlaceholderVillageCode.next(TOWNSHIP, Set.of("500235124201", "500235124202")))
                .contains("500235124203");
        Set<String> all = IntStream.rangeClosed(201, 999).mapToObj(n -> PlaceholderVillageCode.code(TOWNSHIP, n))
                .collect(Collectors.toSet());
        assertThat(PlaceholderVillageCode.next(TOWNSHIP, all)).isEmpty();
    }

    @Test
    void aVillageAsTheImportWroteItLooksLikeAPlaceholder() {
        assertThat(PlaceholderVillageCode.looksLike(village("500235124201", UrbanRuralClass.C220, null), TOWNSHIP))
                .isTrue();
        assertThat(PlaceholderVillageCode.looksLike(village("500235124999", UrbanRuralClass.C220, null), TOWNSHIP))
                .isTrue();
    }

    @Test
    void anythingTheImportDoesNotWriteMeansSomeoneSetIt() {
        // numbers below 201, another class, a point, another township's prefix
        assertThat(PlaceholderVillageCode.looksLike(village("500235124200", UrbanRuralClass.C220, null), TOWNSHIP))
                .isFalse();
        assertThat(PlaceholderVillageCode.looksLike(village("500235124001", UrbanRuralClass.C220, null), TOWNSHIP))
                .isFalse();
        assertThat(PlaceholderVillageCode.looksLike(village("500235124201", UrbanRuralClass.C210, null), TOWNSHIP))
                .isFalse();
        // the demo's 双河村 500235124201 has a point: a real village
        assertThat(PlaceholderVillageCode.looksLike(village("500235124201", UrbanRuralClass.C220,
                new GeoPoint(108.702, 30.951)), TOWNSHIP)).isFalse();
        assertThat(PlaceholderVillageCode.looksLike(village("500235125201", UrbanRuralClass.C220, null), TOWNSHIP))
                .isFalse();
    }

    @Test
    void creatingChangingOrConfirmingTheCodeInTheEditorSettlesIt() {
        Village imported = village("500235124201", UrbanRuralClass.C220, null);
        assertThat(PlaceholderVillageCode.isPlaceholder(imported, TOWNSHIP, false)).isTrue();
        assertThat(PlaceholderVillageCode.isPlaceholder(imported, TOWNSHIP, true)).isFalse();
        assertThat(PlaceholderVillageCode.settles(PlaceEvent.CREATED.name())).isTrue();
        assertThat(PlaceholderVillageCode.settles(PlaceField.CODE.name())).isTrue();
        assertThat(PlaceholderVillageCode.settles(PlaceEvent.CODE_CONFIRMED.name())).isTrue();
        // a rename does not say the code is right
        assertThat(PlaceholderVillageCode.settles(PlaceField.NAME.name())).isFalse();
        assertThat(PlaceholderVillageCode.settles(PlaceEvent.MERGED_FROM.name())).isFalse();
    }
}
