package io.guankou.model.familydoctor;

import java.util.List;
import java.util.Objects;

/** One village, one team or the township: its name (null for the township or "no team") and a count per group. */
public record CoverageRow(Long id, String name, List<CoverageCount> counts) {

    public CoverageRow {
        counts = List.copyOf(counts);
    }

    public CoverageCount count(CoverageGroup group) {
        return counts.stream().filter(c -> c.group() == group).findFirst().orElseThrow();
    }

    public boolean complete(CoverageGroup group) {
        return count(group).unsigned() == 0;
    }

    String key() {
        return Objects.toString(name, "");
    }
}
