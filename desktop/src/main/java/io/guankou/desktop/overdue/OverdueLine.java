package io.guankou.desktop.overdue;

import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueRow;

/** One line of the overdue tree: a group heading (row null) or a person in it. */
public record OverdueLine(OverdueGroup group, OverdueRow row) {

    public boolean isGroup() {
        return row == null;
    }
}
