package io.guankou.model.meeting;

/** How many items are open and how many of those are overdue, for one list or all three. */
public record ActionCounts(int open, int overdue) {
}
