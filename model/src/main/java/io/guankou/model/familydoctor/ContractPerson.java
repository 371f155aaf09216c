package io.guankou.model.familydoctor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person of the ledger as the contract coverage sees them: village, family-doctor team (null: none), age,
 * comorbidity, and the contract date (null: not signed; a team without a date is not a contract).
 */
public record ContractPerson(long personId, String name, String residentId, String phone, long villageId,
                             String villageName, Long teamId, String teamName, int age, boolean comorbidity,
                             LocalDate contractDate) {

    public ContractPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(villageName, "villageName");
    }

    public boolean signed() {
        return contractDate != null;
    }

    /** Whether the person counts in the group. */
    public boolean in(CoverageGroup group) {
        return switch (group) {
            case AGE_60_PLUS -> age >= 60;
            case AGE_65_PLUS -> age >= 65;
            case COMORBIDITY -> comorbidity;
        };
    }
}
