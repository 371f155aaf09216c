package io.guankou.model.returnee;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person back for Spring Festival (returnees): name, phone, the village and household joined (null household: not in
 * the ledger, the address then says where), arrival day, where from, and whether the clinic's number and the advice
 * (masks, less contact with the elderly at home) were given.
 */
public record Returnee(long id, String name, String phone, long villageId, Long householdId, String address,
                       LocalDate arrival, String from, boolean clinicNumberGiven, boolean adviceGiven) {

    public Returnee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arrival, "arrival");
    }
}
