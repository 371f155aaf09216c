package io.guankou.model.oximeter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rule of issue 13 (minimums first, then need), each expected value worked out by hand from it. */
class AllocationPlannerTest {

    private static long ids;

    private static Candidate holder(HolderType type, int held, int minimum, int red, int yellow, int atRisk) {
        return new Candidate(HolderRef.of(HolderKind.FACILITY, ++ids), type, "h" + ids, held, minimum,
                new HolderNeed(red, yellow, atRisk));
    }

    private static List<Integer> totals(AllocationPlan plan) {
        return plan.lines().stream().map(AllocationLine::total).toList();
    }

    @Test
    void minimumsComeBeforeNeedHoweverGreatTheNeed() {
        Candidate clinic = holder(HolderType.VILLAGE_CLINIC, 0, 2, 10, 10, 5);
        Candidate committee = holder(HolderType.COMMITTEE, 0, 1, 0, 0, 0);
        Candidate team = holder(HolderType.RESPONSIBILITY_TEAM, 1, 1, 50, 50, 20);
        // 3 devices: the clinic's 2 and the committee's 1 are minimums; the team already has its minimum
        AllocationPlan plan = AllocationPlanner.plan(3, List.of(clinic, committee, team));
        assertThat(totals(plan)).containsExactly(2, 1, 0);
        assertThat(plan.lines().get(0).forMinimum()).isEqualTo(2);
        assertThat(plan.lines().get(2).reasons()).extracting(AllocationReason::kind)
                .containsExactly(AllocationReason.Kind.AT_MINIMUM, AllocationReason.Kind.NEED_SHORT);
        assertThat(plan.leftOver()).isZero();
    }

    @Test
    void afterTheMinimumsTheHolderWithTheMostNeedPointsPerDeviceGetsTheNext() {
        Candidate clinic = holder(HolderType.VILLAGE_CLINIC, 0, 2, 10, 10, 5);   // 25 points, needs 5
        Candidate committee = holder(HolderType.COMMITTEE, 0, 1, 0, 0, 0);
        Candidate team = holder(HolderType.RESPONSIBILITY_TEAM, 1, 1, 50, 50, 20); // 120 points, needs 20
        // 5 = 3 for minimums + 2 for need: team 120/1 > clinic 25/1, then team 120/2 = 60 > 25 again
        AllocationPlan plan = AllocationPlanner.plan(5, List.of(clinic, committee, team));
        assertThat(totals(plan)).containsExactly(2, 1, 2);
        assertThat(plan.lines().get(2).forNeed()).isEqualTo(2);
        assertThat(plan.lines().get(2).reasons().get(1))
                .isEqualTo(new AllocationReason(AllocationReason.Kind.NEED_SHORT, List.of(50, 50, 20, 2, 18)));
        assertThat(plan.lines().get(0).reasons().get(0))
                .isEqualTo(new AllocationReason(AllocationReason.Kind.TO_MINIMUM, List.of(2, 0, 2)));
    }

    @Test
    void highestAveragesShareNeedInProportion() {
        Candidate a = holder(HolderType.VILLAGE_CLINIC, 2, 2, 20, 10, 10); // 40 points
        Candidate b = holder(HolderType.VILLAGE_CLINIC, 2, 2, 10, 5, 5);   // 20 points
        // 3 devices: a 40/1; then a 40/2=20 ties b 20/1 -> more persons still without (a 9, b 5): a; then b 20/1 > a 40/3
        AllocationPlan plan = AllocationPlanner.plan(3, List.of(a, b));
        assertThat(totals(plan)).containsExactly(2, 1);
    }

    @Test
    void theHolderHoldingTheSmallestShareOfItsMinimumComesFirst() {
        Candidate centre = holder(HolderType.HEALTH_CENTRE, 12, 20, 0, 0, 0);  // 12/20 = 0.6
        Candidate clinic = holder(HolderType.VILLAGE_CLINIC, 0, 2, 0, 0, 0);   // 0/2
        AllocationPlan one = AllocationPlanner.plan(1, List.of(centre, clinic));
        assertThat(totals(one)).containsExactly(0, 1);
        // 3: the clinic's 2 (0/2, then 1/2 = 0.5 < 0.6), then the centre
        assertThat(totals(AllocationPlanner.plan(3, List.of(centre, clinic)))).containsExactly(1, 2);
        AllocationLine centreLine = one.lines().get(0);
        assertThat(centreLine.reasons().get(0))
                .isEqualTo(new AllocationReason(AllocationReason.Kind.MINIMUM_SHORT, List.of(20, 12, 0, 8)));
    }

    @Test
    void tiesGoToTheEarlierCandidateSoTheSameOrderGivesTheSamePlan() {
        Candidate x = holder(HolderType.VILLAGE_CLINIC, 0, 2, 1, 0, 1);
        Candidate y = holder(HolderType.VILLAGE_CLINIC, 0, 2, 1, 0, 1);
        // x 0/2 = y 0/2, equal need: x; then y (0/2 < 1/2); then x and y both 1/2: x
        assertThat(totals(AllocationPlanner.plan(3, List.of(x, y)))).containsExactly(2, 1);
        assertThat(totals(AllocationPlanner.plan(3, List.of(y, x)))).containsExactly(2, 1);
        assertThat(AllocationPlanner.plan(3, List.of(x, y))).isEqualTo(AllocationPlanner.plan(3, List.of(x, y)));
        // the same tie in the need phase: x then y then x
        Candidate p = holder(HolderType.COMMITTEE, 1, 1, 2, 2, 3);
        Candidate q = holder(HolderType.COMMITTEE, 1, 1, 2, 2, 3);
        assertThat(totals(AllocationPlanner.plan(3, List.of(p, q)))).containsExactly(2, 1);
    }

    @Test
    void equalShareOfMinimumGoesToTheGreaterNeedFirst() {
        Candidate quiet = holder(HolderType.VILLAGE_CLINIC, 0, 2, 0, 0, 0);
        Candidate busy = holder(HolderType.VILLAGE_CLINIC, 0, 2, 5, 5, 0);
        assertThat(totals(AllocationPlanner.plan(1, List.of(quiet, busy)))).containsExactly(0, 1);
    }

    @Test
    void nothingSuppliedGivesNothingAndSaysWhatIsStillMissing() {
        Candidate clinic = holder(HolderType.VILLAGE_CLINIC, 0, 2, 3, 1, 2);
        AllocationPlan plan = AllocationPlanner.plan(0, List.of(clinic));
        assertThat(totals(plan)).containsExactly(0);
        assertThat(plan.allocated()).isZero();
        assertThat(plan.leftOver()).isZero();
        assertThat(plan.lines().get(0).reasons()).containsExactly(
                new AllocationReason(AllocationReason.Kind.MINIMUM_SHORT, List.of(2, 0, 0, 2)),
                new AllocationReason(AllocationReason.Kind.NEED_SHORT, List.of(3, 1, 2, 0, 2)));
        assertThat(AllocationPlanner.plan(0, List.of()).lines()).isEmpty();
    }

    @Test
    void moreThanAllNeedGivesEveryoneItsMinimumAndNeedAndKeepsTheRestInStock() {
        Candidate clinic = holder(HolderType.VILLAGE_CLINIC, 0, 2, 4, 2, 3);   // 2 to minimum, 3 by need
        Candidate committee = holder(HolderType.COMMITTEE, 3, 1, 1, 0, 1);    // 2 spare cover its 1 at risk
        AllocationPlan plan = AllocationPlanner.plan(100, List.of(clinic, committee));
        assertThat(totals(plan)).containsExactly(5, 0);
        assertThat(plan.allocated()).isEqualTo(5);
        assertThat(plan.leftOver()).isEqualTo(95);
        assertThat(plan.lines().get(0).reasons()).containsExactly(
                new AllocationReason(AllocationReason.Kind.TO_MINIMUM, List.of(2, 0, 2)),
                new AllocationReason(AllocationReason.Kind.BY_NEED, List.of(4, 2, 3, 3)));
        assertThat(plan.lines().get(1).reasons()).containsExactly(
                new AllocationReason(AllocationReason.Kind.AT_MINIMUM, List.of(1, 3)),
                new AllocationReason(AllocationReason.Kind.NO_NEED, List.of(1, 2)));
    }

    @Test
    void neverMoreThanSuppliedNorMoreThanMinimumPlusNeed() {
        Random random = new Random(13);
        for (int run = 0; run < 500; run++) {
            List<Candidate> cs = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                cs.add(holder(HolderType.values()[random.nextInt(HolderType.values().length)], random.nextInt(25),
                        random.nextInt(21), random.nextInt(30), random.nextInt(30), random.nextInt(12)));
            }
            int supplied = random.nextInt(80);
            AllocationPlan plan = AllocationPlanner.plan(supplied, cs);
            assertThat(plan.allocated() + plan.leftOver()).isEqualTo(supplied);
            assertThat(plan.allocated()).isLessThanOrEqualTo(supplied);
            int wanted = 0;
            for (AllocationLine l : plan.lines()) {
                assertThat(l.forMinimum()).isBetween(0, l.candidate().belowMinimum());
                assertThat(l.forNeed()).isBetween(0, l.candidate().needDemand());
                wanted += l.candidate().belowMinimum() + l.candidate().needDemand();
            }
            // something stays in stock only when everyone has all it needs
            if (plan.leftOver() > 0) {
                assertThat(plan.allocated()).isEqualTo(wanted);
            }
            // need is served only once every minimum is met
            if (plan.lines().stream().anyMatch(l -> l.forNeed() > 0)) {
                assertThat(plan.lines()).allMatch(l -> l.forMinimum() == l.candidate().belowMinimum());
            }
        }
    }

    @Test
    void aNegativeSupplyIsRefused() {
        assertThatThrownBy(() -> AllocationPlanner.plan(-1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdjustedAllocationMayNotTakeMoreThanTheStockNorGoBelowZero() {
        assertThat(AllocationCheck.check(List.of(2, 1, 0), 3)).isEmpty();
        assertThat(AllocationCheck.check(List.of(2, 2), 3)).contains(
                new AllocationCheck.Problem(AllocationCheck.Problem.Kind.MORE_THAN_STOCK, 4, 3));
        assertThat(AllocationCheck.check(List.of(1, -1), 3)).contains(
                new AllocationCheck.Problem(AllocationCheck.Problem.Kind.NEGATIVE, 2, -1));
        assertThat(AllocationCheck.check(List.of(0, 0), 3)).contains(
                new AllocationCheck.Problem(AllocationCheck.Problem.Kind.NOTHING, 0, 0));
    }
}
