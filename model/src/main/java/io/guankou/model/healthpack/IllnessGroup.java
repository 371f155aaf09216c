package io.guankou.model.healthpack;

/**
 * The illness groups of the notice, in its order: in the course of illness, then not infected but in urgent need of
 * medicine, then infected and recovered; a person
 * never infected and with no urgent need of medicine comes after them.
 */
public enum IllnessGroup {
    /** In the course of illness (infected now). */
    IN_COURSE,
    /** Not infected, but in urgent need of medicine (a recent contact recorded the need). */
    URGENT_NEED,
    /** Infected and recovered. */
    RECOVERED,
    /** Not infected and no urgent need recorded. */
    OTHER
}
