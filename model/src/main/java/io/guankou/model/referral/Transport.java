package io.guankou.model.referral;

/** How a referred person travels (DOMAIN.md §5). */
public enum Transport {
    /** A 120 ambulance on the network. */
    AMBULANCE_120,
    /** The township's non-emergency fleet (units, organisations, volunteers' cars). */
    FLEET,
    /** The family's own transport. */
    OWN
}
