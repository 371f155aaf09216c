package io.guankou.model.transport;

/**
 * The notices' rule that every township health centre and community health service centre has at least one 120
 * ambulance on the network (DOMAIN.md §5), for one centre.
 */
public enum CentreRule {
    MET,
    NOT_MET,
    /** A sub-centre: the rule does not name it. */
    NOT_REQUIRED
}
