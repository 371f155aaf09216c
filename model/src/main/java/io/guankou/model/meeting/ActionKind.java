package io.guankou.model.meeting;

/** Which of the dispatch meeting's three lists an item is on (DOMAIN.md §9). */
public enum ActionKind {
    /** The task list: something to be done by a day. */
    TASK,
    /** The problem list: something found wrong that has to be put right. */
    PROBLEM,
    /** The responsibility list: a matter someone answers for. */
    RESPONSIBILITY
}
