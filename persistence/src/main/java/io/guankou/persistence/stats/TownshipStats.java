package io.guankou.persistence.stats;

import io.guankou.model.person.Tier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Tier counts of every village of the township, with township totals. */
public record TownshipStats(String townshipCode, String townshipName, List<VillageTierCounts> villages) {

    public TownshipStats {
        villages = List.copyOf(villages);
    }

    public int persons() {
        return villages.stream().mapToInt(VillageTierCounts::persons).sum();
    }

    public Map<Tier, Integer> computedTotals() {
        return totals(VillageTierCounts::computed);
    }

    public Map<Tier, Integer> effectiveTotals() {
        return totals(VillageTierCounts::effective);
    }

    public int overriddenTotal() {
        return villages.stream().mapToInt(VillageTierCounts::overridden).sum();
    }

    private Map<Tier, Integer> totals(Function<VillageTierCounts, Map<Tier, Integer>> counts) {
        Map<Tier, Integer> sum = new EnumMap<>(Tier.class);
        for (VillageTierCounts v : villages) {
            counts.apply(v).forEach((tier, n) -> sum.merge(tier, n, Integer::sum));
        }
        return VillageTierCounts.complete(sum);
    }
}
