package io.guankou.model.person;

/** The comorbidities of DOMAIN.md §2. */
public enum Disease {
    CORONARY_HEART_DISEASE,
    STROKE,
    HYPERTENSION,
    COPD,
    DIABETES,
    CHRONIC_KIDNEY_DISEASE,
    CANCER_UNDER_TREATMENT,
    IMMUNODEFICIENCY,
    HAEMODIALYSIS
}
