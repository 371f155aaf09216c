package io.guankou.model.oximeter;

import java.util.List;

/** A proposal for {@code supplied} devices: one line per candidate in the order given, and what stays in stock. */
public record AllocationPlan(int supplied, List<AllocationLine> lines, int leftOver) {

    public AllocationPlan {
        lines = List.copyOf(lines);
    }

    public int allocated() {
        return lines.stream().mapToInt(AllocationLine::total).sum();
    }
}
