package io.guankou.persistence.referral;

import io.guankou.model.referral.Referral;
import io.guankou.model.person.Tier;

/** One row of the referral queue: the referral and what the office needs to see of the person. */
public record ReferralEntry(Referral referral, String personName, String residentId, String phone,
                            String villageName, String gridName, Tier tier) {
}
