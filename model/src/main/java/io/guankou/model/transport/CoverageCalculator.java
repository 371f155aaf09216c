package io.guankou.model.transport;

import io.guankou.model.org.Facility;
import io.guankou.model.org.FacilityType;
import io.guankou.model.place.Village;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ambulance coverage per health centre (DOMAIN.md §5), as one pure function.
 *
 * <ul>
 * <li>An <b>ambulance base</b> is a facility holding at least one networked 120 ambulance that is not in maintenance
 * (one on a call comes back to it).</li>
 * <li>A village's travel time is the time measured for it if the office entered one (it overrides every estimate),
 * else the estimate from the quickest base: dispatch delay + straight-line distance from the base to the village's
 * centroid × detour factor ÷ average speed ({@link CoverageSettings#estimateMinutes}).</li>
 * <li>A village is <b>covered</b> when that time is known and within its target (rural or urban); otherwise its
 * {@link CoverageGap} says why. Without any base in the township no village is covered.</li>
 * <li>Each village is listed under the health centre (township health centre, community health service centre,
 * sub-centre) nearest to its centroid; without positions, under the centre standing in it, else the first centre.
 * Ties go to the centre listed first (centre type, then id).</li>
 * <li>A township or community health centre <b>meets the rule</b> with at least one networked ambulance of its own,
 * whatever its status; a sub-centre is not named by the rule.</li>
 * <li>Gaps first: centres with a gap (rule not met or a village not covered) before the others, most red persons not
 * covered first, then most villages not covered, then in centre order. In a centre, villages not covered first,
 * then most red persons, then longest time (unknown first), then village code.</li>
 * </ul>
 */
public final class CoverageCalculator {

    /** The facility types coverage is shown for. */
    public static final Set<FacilityType> CENTRE_TYPES = EnumSet.of(FacilityType.TOWNSHIP_HEALTH_CENTRE,
            FacilityType.COMMUNITY_HEALTH_CENTRE, FacilityType.SUB_CENTRE);
    /** The types the "at least one networked 120 ambulance" rule names. */
    public static final Set<FacilityType> RULE_TYPES = EnumSet.of(FacilityType.TOWNSHIP_HEALTH_CENTRE,
            FacilityType.COMMUNITY_HEALTH_CENTRE);

    private static final Comparator<Facility> FACILITY_ORDER = Comparator.<Facility>comparingInt(f -> f.type().ordinal())
            .thenComparingLong(Facility::id);

    private CoverageCalculator() {
    }

    public static CoverageReport compute(CoverageInputs in, CoverageSettings settings) {
        List<Facility> facilities = in.facilities().stream().sorted(FACILITY_ORDER).toList();
        Map<Long, int[]> counts = new HashMap<>(); // facility id → {all, networked, networked in service}
        for (Ambulance a : in.ambulances()) {
            if (facilities.stream().noneMatch(f -> f.id() == a.facilityId())) {
                continue; // its base was removed
            }
            int[] c = counts.computeIfAbsent(a.facilityId(), k -> new int[3]);
            c[0]++;
            c[1] += a.networked() ? 1 : 0;
            c[2] += a.covers() ? 1 : 0;
        }
        List<Facility> bases = facilities.stream().filter(f -> counts.getOrDefault(f.id(), new int[3])[2] > 0).toList();
        List<Facility> centres = facilities.stream().filter(f -> CENTRE_TYPES.contains(f.type())).toList();

        Map<Long, List<VillageCoverage>> byCentre = new LinkedHashMap<>();
        centres.forEach(c -> byCentre.put(c.id(), new ArrayList<>()));
        for (Village v : in.villages()) {
            VillageCoverage vc = village(v, in, bases, settings);
            if (!centres.isEmpty()) {
                byCentre.get(nearestCentre(v, centres).id()).add(vc);
            }
        }

        List<CentreCoverage> out = new ArrayList<>();
        for (Facility c : centres) {
            int[] n = counts.getOrDefault(c.id(), new int[3]);
            CentreRule rule = !RULE_TYPES.contains(c.type()) ? CentreRule.NOT_REQUIRED
                    : n[1] > 0 ? CentreRule.MET : CentreRule.NOT_MET;
            List<VillageCoverage> villages = new ArrayList<>(byCentre.get(c.id()));
            villages.sort(VILLAGE_ORDER);
            out.add(new CentreCoverage(c, n[0], n[1], n[2], rule, villages));
        }
        out.sort(Comparator.comparing((CentreCoverage c) -> !c.hasGap())
                .thenComparing(Comparator.comparingInt(CentreCoverage::redNotCovered).reversed())
                .thenComparing(Comparator.comparingInt(CentreCoverage::villagesNotCovered).reversed()));
        return new CoverageReport(out, settings);
    }

    private static final Comparator<VillageCoverage> VILLAGE_ORDER = Comparator
            .comparing(VillageCoverage::covered)
            .thenComparing(Comparator.comparingInt(VillageCoverage::redPersons).reversed())
            .thenComparing(v -> v.minutes() == null ? Double.NEGATIVE_INFINITY : -v.minutes())
            .thenComparing(v -> v.village().code());

    private static VillageCoverage village(Village v, CoverageInputs in, List<Facility> bases,
                                           CoverageSettings settings) {
        Facility quickest = null;
        double best = Double.POSITIVE_INFINITY;
        if (v.centroid() != null) {
            for (Facility b : bases) {
                if (b.location() != null) {
                    double km = GreatCircle.distanceKm(b.location(), v.centroid());
                    if (km < best) {
                        best = km;
                        quickest = b;
                    }
                }
            }
        }
        Double distance = quickest == null ? null : best;
        Double estimate = quickest == null ? null : settings.estimateMinutes(best);
        Integer measured = in.measuredMinutes().get(v.id());
        int target = settings.targetMinutes(v.urbanRural().isRural());
        Double minutes = measured != null ? Double.valueOf(measured) : estimate;
        CoverageGap gap;
        if (bases.isEmpty()) {
            gap = CoverageGap.NO_NETWORKED_AMBULANCE;
        } else if (minutes == null) {
            gap = CoverageGap.NO_TRAVEL_TIME;
        } else if (minutes > target) {
            gap = CoverageGap.BEYOND_TARGET;
        } else {
            gap = null;
        }
        return new VillageCoverage(v, in.redPersons().getOrDefault(v.id(), 0), quickest == null ? null : quickest.id(),
                distance, estimate, measured, target, gap);
    }

    private static Facility nearestCentre(Village v, List<Facility> centres) {
        Facility nearest = null;
        double best = Double.POSITIVE_INFINITY;
        if (v.centroid() != null) {
            for (Facility c : centres) {
                if (c.location() != null) {
                    double km = GreatCircle.distanceKm(c.location(), v.centroid());
                    if (km < best) {
                        best = km;
                        nearest = c;
                    }
                }
            }
        }
        if (nearest != null) {
            return nearest;
        }
        return centres.stream().filter(c -> c.villageId() != null && c.villageId() == v.id()).findFirst()
                .orElse(centres.get(0));
    }
}
