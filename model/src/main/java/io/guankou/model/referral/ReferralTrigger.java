package io.guankou.model.referral;

/** Why a referral was opened (DOMAIN.md §4): a contact's readings, or a clinician's decision. */
public enum ReferralTrigger { LOW_SPO2, PERSISTENT_HIGH_FEVER, BREATHING_DIFFICULTY, MANUAL }
