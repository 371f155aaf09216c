package io.guankou.model.contact;

/** Symptoms a contact asks about (DOMAIN.md §4); two of them trigger a referral. */
public enum Symptom {
    FEVER,
    /** Referral trigger. */
    PERSISTENT_HIGH_FEVER,
    COUGH,
    SORE_THROAT,
    /** Referral trigger. */
    BREATHING_DIFFICULTY,
    CHEST_TIGHTNESS,
    FATIGUE,
    POOR_APPETITE
}
