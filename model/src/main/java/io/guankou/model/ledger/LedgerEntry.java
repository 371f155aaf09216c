package io.guankou.model.ledger;

import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import java.time.LocalDate;

/**
 * One flat row of the ledger table: what the list shows and searches, loaded in one query.
 * {@code overrideTier} is null unless a clinician overrode the computed tier.
 */
public record LedgerEntry(long personId, String name, String residentId, Sex sex, LocalDate birthDate, String phone,
                          long villageId, String villageName, Long gridId, String gridName, Long teamId,
                          String teamName, Tier computedTier, Tier overrideTier, int comorbidityCount,
                          boolean anyUnstable, Vaccination vaccination) {

    /** The tier the office works with: the override where there is one. */
    public Tier tier() {
        return overrideTier != null ? overrideTier : computedTier;
    }

    public boolean isOverridden() {
        return overrideTier != null && overrideTier != computedTier;
    }
}
