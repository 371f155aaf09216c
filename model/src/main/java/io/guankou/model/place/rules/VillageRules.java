package io.guankou.model.place.rules;

import io.guankou.model.place.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a village must be (DOMAIN.md §1): a 12-digit code under the township's 9 digits that no other village of
 * the ledger has (removed and merged villages keep theirs), a name no other village of the township has, an
 * urban-rural class, and a point (longitude and latitude) or none.
 */
public final class VillageRules {

    private VillageRules() {
    }

    /**
     * Every problem of {@code edit}, at most one per field.
     *
     * @param villages the ledger's villages, removed ones included ({@code meta().deleted()}): codes stay taken
     */
    public static List<PlaceProblem> check(VillageEdit edit, String townshipCode, List<Village> villages) {
        List<PlaceProblem> out = new ArrayList<>();
        VillageCodeRule.check(edit.code(), townshipCode).or(() -> villages.stream()
                        .filter(v -> v.id() != edit.id() && v.code().equals(edit.code())).findFirst()
                        .map(v -> Places.isRemoved(v.meta()) ? PlaceProblem.Kind.CODE_TAKEN_BY_REMOVED
                                : PlaceProblem.Kind.CODE_TAKEN))
                .ifPresent(k -> out.add(new PlaceProblem(PlaceField.CODE, k)));
        String key = PlaceNameRule.key(edit.name());
        PlaceNameRule.check(edit.name()).or(() -> villages.stream()
                        .filter(v -> v.id() != edit.id() && !Places.isRemoved(v.meta()))
                        .anyMatch(v -> PlaceNameRule.key(v.name()).equals(key))
                        ? Optional.of(PlaceProblem.Kind.NAME_TAKEN) : Optional.empty())
                .ifPresent(k -> out.add(new PlaceProblem(PlaceField.NAME, k)));
        if (edit.urbanRural() == null) {
            out.add(new PlaceProblem(PlaceField.URBAN_RURAL, PlaceProblem.Kind.REQUIRED));
        }
        out.addAll(CoordinateRule.check(edit.longitude(), edit.latitude()));
        return out;
    }
}
