package io.guankou.model.healthpack;

/**
 * The illness groups of the notice, in its order: "先正在病程中的人群、再尚未感染急需药物的人群、后已经感染且康复的人群"; a person
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
