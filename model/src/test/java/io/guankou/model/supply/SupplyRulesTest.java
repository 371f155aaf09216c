package io.guankou.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §7 and 渝新冠指办发〔2023〕3号 item 3: "按照乡镇卫生院和社区卫生服务中心服务人口的15%—20%配齐配足…中成药、退热药、
 * 止咳药及抗原检测试剂盒，确保机构可用量始终保持在2周以上，并根据春节期间返乡人员情况适当增加". Every expected value is worked out
 * by hand below.
 */
class SupplyRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final SupplySettings DEFAULTS = SupplySettings.defaults();

    static SupplyMovement receipt(int q, LocalDate d) {
        return new SupplyMovement(1, 1, MovementKind.RECEIPT, q, d);
    }

    static SupplyMovement issue(int q, LocalDate d) {
        return new SupplyMovement(1, 1, MovementKind.ISSUE, q, d);
    }

    @Test
    void stockIsTheReceiptsLessTheIssues() {
        // 500 + 200 received, 120 + 80 issued: 700 - 200 = 500
        assertThat(SupplyRules.stock(List.of(receipt(500, TODAY.minusDays(20)), issue(120, TODAY.minusDays(3)),
                receipt(200, TODAY.minusDays(2)), issue(80, TODAY)))).isEqualTo(500);
        assertThat(SupplyRules.stock(List.of())).isZero();
    }

    @Test
    void dailyUseCountsTheSevenFullDaysBeforeToday() {
        // the window for 20 Nov is 13-19 Nov; 12 Nov and today (20 Nov) fall outside it; receipts never count
        List<SupplyMovement> ms = List.of(receipt(1000, TODAY.minusDays(30)),
                issue(70, TODAY.minusDays(8)),      // 12 Nov: outside
                issue(30, TODAY.minusDays(7)),      // 13 Nov: first day of the window
                issue(40, TODAY.minusDays(1)),      // 19 Nov: last day
                issue(500, TODAY),                  // today: outside
                receipt(99, TODAY.minusDays(2)));
        int issued = SupplyRules.issuedInWindow(ms, TODAY, 7);
        assertThat(issued).isEqualTo(70);
        assertThat(SupplyRules.dailyUse(issued, 7)).isEqualTo(10.0);
    }

    @Test
    void daysOfSupplyIsStockOverDailyUse() {
        // 130 boxes at 10 a day: 13 days, under 14 → alert
        OptionalDouble days = SupplyRules.daysOfSupply(130, 10.0);
        assertThat(days.getAsDouble()).isEqualTo(13.0);
        assertThat(SupplyRules.status(130, days, null, DEFAULTS)).isEqualTo(SupplyStatus.UNDER_ALERT_DAYS);
        // 140 at 10 a day: exactly 14 days is not under 14
        assertThat(SupplyRules.status(140, SupplyRules.daysOfSupply(140, 10.0), null, DEFAULTS))
                .isEqualTo(SupplyStatus.OK);
        // 100 at 7 issued in 3 days (7/3 a day): 42.86 days
        assertThat(SupplyRules.daysOfSupply(100, SupplyRules.dailyUse(7, 3)).getAsDouble())
                .isCloseTo(42.857, within(0.001));
        // no recent use: no days of supply, and no day alert
        assertThat(SupplyRules.daysOfSupply(100, 0.0)).isEmpty();
        assertThat(SupplyRules.status(100, OptionalDouble.empty(), null, DEFAULTS)).isEqualTo(SupplyStatus.OK);
        // an empty shelf with use: 0 days
        assertThat(SupplyRules.daysOfSupply(0, 5.0).getAsDouble()).isZero();
    }

    @Test
    void targetIsTwentyPercentOfTheServedPopulationTimesUnitsPerPerson() {
        // 12,000 served × 20% = 2,400 persons; 1 box each = 2,400; 2 antigen kits each = 4,800
        assertThat(SupplyRules.baseTarget(12_000, 1, DEFAULTS)).isEqualTo(2_400);
        assertThat(SupplyRules.baseTarget(12_000, 2, DEFAULTS)).isEqualTo(4_800);
        // 15% (the notices' lower bound) of 3,333 = 499.95 → 500 persons
        SupplySettings fifteen = new SupplySettings(7, 15, 14, null, 30, 50);
        assertThat(SupplyRules.baseTarget(3_333, 1, fifteen)).isEqualTo(500);
    }

    @Test
    void springFestivalRaisesTheTargetFromThirtyDaysBeforeThroughTheLanternFestival() {
        // Spring Festival 2027 is 6 Feb; raised from 7 Jan (30 days before) through 20 Feb (正月十五, 14 days after)
        SupplySettings s = DEFAULTS.withFestival(LocalDate.of(2027, 2, 6));
        assertThat(SupplyRules.target(12_000, 1, s, LocalDate.of(2027, 1, 6))).isEqualTo(2_400);
        // 2,400 raised by 50% = 3,600
        assertThat(SupplyRules.target(12_000, 1, s, LocalDate.of(2027, 1, 7))).isEqualTo(3_600);
        assertThat(SupplyRules.target(12_000, 1, s, LocalDate.of(2027, 2, 6))).isEqualTo(3_600);
        assertThat(SupplyRules.target(12_000, 1, s, LocalDate.of(2027, 2, 20))).isEqualTo(3_600);
        assertThat(SupplyRules.target(12_000, 1, s, LocalDate.of(2027, 2, 21))).isEqualTo(2_400);
        // 333 served × 20% = 66.6 → 67 persons; raised by 50% = 100.5 → 101
        assertThat(SupplyRules.target(333, 1, s, LocalDate.of(2027, 2, 1))).isEqualTo(101);
        // without a festival date nothing is raised
        assertThat(SupplyRules.target(12_000, 1, DEFAULTS, LocalDate.of(2027, 2, 6))).isEqualTo(2_400);
    }

    @Test
    void belowTargetWhenEnoughDaysButTooFewForThePopulation() {
        // 3,000 boxes at 100 a day = 30 days (no day alert), but the raised target is 3,600
        SupplySettings s = DEFAULTS.withFestival(LocalDate.of(2027, 2, 6));
        int target = SupplyRules.target(12_000, 1, s, LocalDate.of(2027, 1, 20));
        assertThat(SupplyRules.status(3_000, SupplyRules.daysOfSupply(3_000, 100), target, s))
                .isEqualTo(SupplyStatus.BELOW_TARGET);
        // the same stock before the festival period meets the ordinary 2,400
        assertThat(SupplyRules.status(3_000, SupplyRules.daysOfSupply(3_000, 100),
                SupplyRules.target(12_000, 1, s, LocalDate.of(2026, 12, 20)), s)).isEqualTo(SupplyStatus.OK);
    }
}
