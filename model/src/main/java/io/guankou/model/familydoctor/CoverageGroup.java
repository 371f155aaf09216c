package io.guankou.model.familydoctor;

/**
 * The groups whose family-doctor contract coverage the notices ask for (quoted in the tests): persons 60 and older,
 * with full coverage of those with a comorbidity (the township's notice), and persons 65 and older (the national one).
 */
public enum CoverageGroup {
    AGE_60_PLUS,
    AGE_65_PLUS,
    /** Persons with a comorbidity: the goal is every one of them. */
    COMORBIDITY
}
