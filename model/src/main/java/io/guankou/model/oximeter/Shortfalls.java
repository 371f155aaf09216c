package io.guankou.model.oximeter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shortfall per holder and per village (issue 13), largest gaps first. */
public final class Shortfalls {

    private Shortfalls() {
    }

    /** Largest shortfall first; then the order given (stable). */
    public static List<HolderStock> gapsFirst(List<HolderStock> holders) {
        List<HolderStock> sorted = new ArrayList<>(holders);
        sorted.sort(Comparator.comparingInt(HolderStock::shortfall).reversed());
        return sorted;
    }

    /** The holders summed per village, largest shortfall first, then in the order villages first appear. */
    public static List<VillageShortfall> byVillage(List<HolderStock> holders) {
        Map<Long, int[]> sums = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (HolderStock h : holders) {
            int[] s = sums.computeIfAbsent(h.villageId(), k -> new int[4]);
            names.putIfAbsent(h.villageId(), h.villageName());
            s[0]++;
            s[1] += h.held();
            s[2] += h.minimum();
            s[3] += h.shortfall();
        }
        List<VillageShortfall> out = new ArrayList<>();
        sums.forEach((id, s) -> {
            int holdersShort = (int) holders.stream()
                    .filter(h -> java.util.Objects.equals(h.villageId(), id) && h.shortfall() > 0).count();
            out.add(new VillageShortfall(id, names.get(id), s[0], s[1], s[2], s[3], holdersShort));
        });
        out.sort(Comparator.comparingInt(VillageShortfall::shortfall).reversed());
        return out;
    }
}
