package io.guankou.model.followup;

/** How the overdue list is grouped (DOMAIN.md §4: per village, grid and team). */
public enum Grouping { VILLAGE, GRID, TEAM }
