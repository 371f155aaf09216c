package io.guankou.model.place.rules;

import io.guankou.model.org.Facility;
import io.guankou.model.person.rules.PersonValidator;
import io.guankou.model.place.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a health facility must be (DOMAIN.md §1): a type, a name no other facility of the township has, a village of
 * the ledger or none (township-wide), a 24-hour duty phone in the phone format or none yet, a point or none.
 */
public final class FacilityRules {

    private FacilityRules() {
    }

    /** Every problem of {@code edit}, at most one per field; removed villages and facilities count as absent. */
    public static List<PlaceProblem> check(FacilityEdit edit, List<Village> villages, List<Facility> facilities) {
        List<PlaceProblem> out = new ArrayList<>();
        if (edit.type() == null) {
            out.add(new PlaceProblem(PlaceField.TYPE, PlaceProblem.Kind.REQUIRED));
        }
        String key = PlaceNameRule.key(edit.name());
        PlaceNameRule.check(edit.name()).or(() -> facilities.stream()
                        .filter(f -> f.id() != edit.id() && !Places.isRemoved(f.meta()))
                        .anyMatch(f -> PlaceNameRule.key(f.name()).equals(key))
                        ? Optional.of(PlaceProblem.Kind.FACILITY_NAME_TAKEN) : Optional.empty())
                .ifPresent(k -> out.add(new PlaceProblem(PlaceField.NAME, k)));
        if (edit.villageId() != null
                && Places.live(villages, edit.villageId(), Village::id, Village::meta).isEmpty()) {
            out.add(new PlaceProblem(PlaceField.VILLAGE, PlaceProblem.Kind.UNKNOWN));
        }
        if (!PersonValidator.isPhone(edit.dutyPhone())) {
            out.add(new PlaceProblem(PlaceField.DUTY_PHONE, PlaceProblem.Kind.PHONE_FORMAT));
        }
        out.addAll(CoordinateRule.check(edit.longitude(), edit.latitude()));
        return out;
    }
}
