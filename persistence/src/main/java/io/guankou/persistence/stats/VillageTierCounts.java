package io.guankou.persistence.stats;

import io.guankou.model.person.Tier;
import java.util.EnumMap;
import java.util.Map;

/**
 * Active persons of one village by tier: as computed by the rules, as the office works with them
 * (override where there is one), and how many overrides differ from the computed tier.
 */
public record VillageTierCounts(long villageId, String villageCode, String villageName, Map<Tier, Integer> computed,
                                Map<Tier, Integer> effective, int overridden) {

    public VillageTierCounts {
        computed = complete(computed);
        effective = complete(effective);
    }

    public int persons() {
        return computed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every tier present, zero where nobody is in it; iteration in tier order. */
    static Map<Tier, Integer> complete(Map<Tier, Integer> counts) {
        EnumMap<Tier, Integer> all = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            all.put(t, counts.getOrDefault(t, 0));
        }
        return java.util.Collections.unmodifiableMap(all);
    }
}
