package io.guankou.model.map;

import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.oximeter.VillageShortfall;
import io.guankou.model.transport.CentreCoverage;
import io.guankou.model.transport.CoverageReport;
import io.guankou.model.transport.VillageCoverage;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's figures per village from what the other views compute: key persons by the tier the office works with
 * (the override where there is one), the overdue list grouped by village, the oximeter shortfall per village and
 * the ambulance coverage. Townships (county mode) add up their villages.
 */
public final class MapFigures {

    private MapFigures() {
    }

    /**
     * @param overdueByVillage the overdue list grouped by village (group key = village id)
     * @param coverage         the coverage report, or null when none was computed
     */
    public static Map<Long, PlaceFigures> byVillage(Collection<LedgerEntry> entries, List<OverdueGroup> overdueByVillage,
                                                    List<VillageShortfall> shortfalls, CoverageReport coverage) {
        Map<Long, int[]> tiers = new HashMap<>();
        for (LedgerEntry e : entries) {
            tiers.computeIfAbsent(e.villageId(), k -> new int[3])[e.tier().ordinal()]++;
        }
        Map<Long, Integer> overdue = new HashMap<>();
        for (OverdueGroup g : overdueByVillage) {
            if (g.key() != null) {
                overdue.merge(g.key(), g.count(), Integer::sum);
            }
        }
        Map<Long, Integer> shortfall = new HashMap<>();
        for (VillageShortfall s : shortfalls) {
            if (s.villageId() != null) {
                shortfall.merge(s.villageId(), s.shortfall(), Integer::sum);
            }
        }
        Map<Long, Boolean> covered = new HashMap<>();
        if (coverage != null) {
            for (CentreCoverage c : coverage.centres()) {
                for (VillageCoverage v : c.villages()) {
                    covered.put(v.village().id(), v.covered());
                }
            }
        }
        Map<Long, PlaceFigures> figures = new HashMap<>();
        java.util.Set<Long> villages = new java.util.HashSet<>(tiers.keySet());
        villages.addAll(overdue.keySet());
        villages.addAll(shortfall.keySet());
        villages.addAll(covered.keySet());
        for (Long id : villages) {
            int[] t = tiers.getOrDefault(id, new int[3]);
            figures.put(id, new PlaceFigures(t[0], t[1], t[2], overdue.getOrDefault(id, 0),
                    shortfall.getOrDefault(id, 0), covered.get(id)));
        }
        return figures;
    }

    /** Each township's villages added up; {@code townshipOf} gives a village's township code. */
    public static Map<String, PlaceFigures> byTownship(Map<Long, PlaceFigures> villages, Map<Long, String> townshipOf) {
        Map<String, PlaceFigures> townships = new HashMap<>();
        villages.forEach((id, f) -> {
            String code = townshipOf.get(id);
            if (code != null) {
                townships.merge(code, f, PlaceFigures::plus);
            }
        });
        return townships;
    }
}
