package io.guankou.model.place.rules;

import io.guankou.model.person.rules.PersonValidator;
import java.util.ArrayList;
import java.util.List;

/** What a team member must be: a name, a role, and a phone number in the ledger's phone format or none. */
public final class MemberRules {

    private MemberRules() {
    }

    /** Every problem of {@code edit}, at most one per field. */
    public static List<PlaceProblem> check(MemberEdit edit) {
        List<PlaceProblem> out = new ArrayList<>();
        PlaceNameRule.check(edit.name()).ifPresent(k -> out.add(new PlaceProblem(PlaceField.NAME, k)));
        if (edit.role() == null) {
            out.add(new PlaceProblem(PlaceField.ROLE, PlaceProblem.Kind.REQUIRED));
        }
        if (!PersonValidator.isPhone(edit.phone())) {
            out.add(new PlaceProblem(PlaceField.PHONE, PlaceProblem.Kind.PHONE_FORMAT));
        }
        return out;
    }
}
