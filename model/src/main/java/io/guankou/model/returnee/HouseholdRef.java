package io.guankou.model.returnee;

import java.util.List;
import java.util.Objects;

/** A household of the ledger and the persons living there, as the returnee list shows them. */
public record HouseholdRef(long id, long villageId, String address, List<Member> members) {

    /** A person of the household: name, age, red tier, comorbidity. */
    public record Member(long personId, String name, int age, boolean red, boolean comorbidity) {
    }

    public HouseholdRef {
        Objects.requireNonNull(address, "address");
        members = List.copyOf(members);
    }

    public boolean hasRed() {
        return members.stream().anyMatch(Member::red);
    }

    /** Members who are 60+ or have a comorbidity: the ones the advice is about. */
    public long elderlyOrSick() {
        return members.stream().filter(m -> m.age() >= 60 || m.comorbidity()).count();
    }
}
