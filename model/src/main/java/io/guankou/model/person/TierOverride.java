package io.guankou.model.person;

import java.time.Instant;
import java.util.Objects;

/** A clinician's override of the computed tier: the computed tier stays visible beside it. */
public record TierOverride(Tier tier, String by, Instant at, String reason) {
    public TierOverride {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(at, "at");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("an override needs the clinician's name");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
    }
}
