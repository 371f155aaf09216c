package io.guankou.model.followup;

import io.guankou.model.person.Tier;

/**
 * The groups that have contact targets (DOMAIN.md §4): the three tiers, and persons infected and treated at
 * home inside an open episode, who are followed up on top of their tier's target.
 */
public enum FollowUpGroup {
    RED, YELLOW, GREEN, INFECTED_AT_HOME;

    public static FollowUpGroup of(Tier tier) {
        return switch (tier) {
            case RED -> RED;
            case YELLOW -> YELLOW;
            case GREEN -> GREEN;
        };
    }
}
