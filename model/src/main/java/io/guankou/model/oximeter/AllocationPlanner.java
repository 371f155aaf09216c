package io.guankou.model.oximeter;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares out {@code N} new oximeters (issue 13): minimums first, then need.
 *
 * <ol>
 * <li><b>Minimums.</b> One device at a time to the holder furthest below its minimum, measured as the share of its
 * minimum it holds (held ÷ minimum, with this plan's devices counted): a clinic with none of its 2 comes before the
 * centre with 12 of its 20. Ties: the greater need ({@link HolderNeed#points()}), then the earlier candidate.</li>
 * <li><b>Need.</b> What is left goes one device at a time to the holder with the most need points per device
 * it has received for need (points ÷ (given + 1), the highest-averages rule), as long as it still has persons 65+
 * at risk without one that its spare devices do not cover ({@link Candidate#needDemand()}). Ties: more such persons,
 * then the earlier candidate.</li>
 * <li>Whatever no one needs stays in stock ({@link AllocationPlan#leftOver()}): never more is given than supplied,
 * and never more than minimum plus need.</li>
 * </ol>
 * Ties fall to the earlier candidate, so the same list in the same order always gives the same plan.
 */
public final class AllocationPlanner {

    private AllocationPlanner() {
    }

    public static AllocationPlan plan(int supplied, List<Candidate> candidates) {
        if (supplied < 0) {
            throw new IllegalArgumentException("supplied must not be negative: " + supplied);
        }
        int n = candidates.size();
        int[] forMinimum = new int[n];
        int[] forNeed = new int[n];
        int left = supplied;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                Candidate c = candidates.get(i);
                if (forMinimum[i] < c.belowMinimum() && (best < 0 || furtherBelow(c, forMinimum[i],
                        candidates.get(best), forMinimum[best]))) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            forMinimum[best]++;
            left--;
        }
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                Candidate c = candidates.get(i);
                if (forNeed[i] < c.needDemand() && (best < 0 || moreNeed(c, forNeed[i], candidates.get(best),
                        forNeed[best]))) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            forNeed[best]++;
            left--;
        }
        List<AllocationLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(line(candidates.get(i), forMinimum[i], forNeed[i]));
        }
        return new AllocationPlan(supplied, lines, left);
    }

    /** Whether {@code a} (with {@code ga} given) holds a smaller share of its minimum than {@code b}; ties by need. */
    private static boolean furtherBelow(Candidate a, int ga, Candidate b, int gb) {
        // (held_a + ga) / min_a < (held_b + gb) / min_b, in integers (both minimums are above 0 here)
        long left = (long) (a.held() + ga) * b.minimum();
        long right = (long) (b.held() + gb) * a.minimum();
        if (left != right) {
            return left < right;
        }
        return a.need().points() > b.need().points();
    }

    /** Whether {@code a} has more need points per device given for need than {@code b}; ties by persons without one. */
    private static boolean moreNeed(Candidate a, int ga, Candidate b, int gb) {
        long left = (long) a.need().points() * (gb + 1);
        long right = (long) b.need().points() * (ga + 1);
        if (left != right) {
            return left > right;
        }
        return a.needDemand() - ga > b.needDemand() - gb;
    }

    private static AllocationLine line(Candidate c, int forMinimum, int forNeed) {
        List<AllocationReason> reasons = new ArrayList<>(2);
        if (c.belowMinimum() == 0) {
            reasons.add(AllocationReason.of(AllocationReason.Kind.AT_MINIMUM, c.minimum(), c.held()));
        } else if (forMinimum == c.belowMinimum()) {
            reasons.add(AllocationReason.of(AllocationReason.Kind.TO_MINIMUM, c.minimum(), c.held(), forMinimum));
        } else {
            reasons.add(AllocationReason.of(AllocationReason.Kind.MINIMUM_SHORT, c.minimum(), c.held(), forMinimum,
                    c.belowMinimum() - forMinimum));
        }
        HolderNeed need = c.need();
        if (c.needDemand() == 0) {
            reasons.add(AllocationReason.of(AllocationReason.Kind.NO_NEED, need.atRiskWithout(), c.spare()));
        } else if (forNeed == c.needDemand()) {
            reasons.add(AllocationReason.of(AllocationReason.Kind.BY_NEED, need.red(), need.yellow(),
                    need.atRiskWithout(), forNeed));
        } else {
            reasons.add(AllocationReason.of(AllocationReason.Kind.NEED_SHORT, need.red(), need.yellow(),
                    need.atRiskWithout(), forNeed, c.needDemand() - forNeed));
        }
        return new AllocationLine(c, forMinimum, forNeed, reasons);
    }
}
