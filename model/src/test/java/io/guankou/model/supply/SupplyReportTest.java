package io.guankou.model.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyReportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final SupplyItem PILLS = new SupplyItem(1, SupplyKind.CHINESE_PATENT_MEDICINE, "连花清瘟胶囊", "盒", 1);
    static final SupplyItem KITS = new SupplyItem(2, SupplyKind.ANTIGEN_KIT, "新冠抗原检测试剂盒", "人份", 2);

    static SupplyMovement m(long facility, long item, MovementKind k, int q, int daysAgo) {
        return new SupplyMovement(facility, item, k, q, TODAY.minusDays(daysAgo));
    }

    @Test
    void linesAreAlertsFirstWithDaysOfSupplyAndTargets() {
        List<SupplyReport.Stocker> facilities = List.of(new SupplyReport.Stocker(10, "平安镇中心卫生院", 10_000),
                new SupplyReport.Stocker(20, "石桥村卫生室", null), new SupplyReport.Stocker(30, "河坝村卫生室", null));
        List<SupplyMovement> ms = List.of(
                // centre pills: 3,000 in, 7 × 50 out in the window = 350/7 = 50 a day; stock 2,650 → 53 days; target
                // 10,000 × 20% = 2,000: OK
                m(10, 1, MovementKind.RECEIPT, 3_000, 20), m(10, 1, MovementKind.ISSUE, 350, 3),
                // centre kits: 1,000 in, 140 out in the window = 20 a day; stock 860 → 43 days; target 2,000 × 2
                // = 4,000: below target by 3,140
                m(10, 2, MovementKind.RECEIPT, 1_000, 20), m(10, 2, MovementKind.ISSUE, 140, 5),
                // village clinic pills: 100 in, 70 out in the window = 10 a day; stock 30 → 3 days: alert
                m(20, 1, MovementKind.RECEIPT, 100, 10), m(20, 1, MovementKind.ISSUE, 70, 2));
        List<StockLine> lines = SupplyReport.lines(facilities, List.of(PILLS, KITS), ms, SupplySettings.defaults(),
                TODAY);
        // the centre has both items (population entered), the clinic only its pills, 河坝 nothing
        assertThat(lines).extracting(l -> l.facilityName() + "/" + l.item().name() + "/" + l.status())
                .containsExactly("石桥村卫生室/连花清瘟胶囊/UNDER_ALERT_DAYS",
                        "平安镇中心卫生院/新冠抗原检测试剂盒/BELOW_TARGET",
                        "平安镇中心卫生院/连花清瘟胶囊/OK");
        StockLine clinic = lines.get(0);
        assertThat(clinic.stock()).isEqualTo(30);
        assertThat(clinic.dailyUse()).isEqualTo(10.0);
        assertThat(clinic.wholeDays()).isEqualTo(3);
        assertThat(clinic.target()).isNull();
        StockLine kits = lines.get(1);
        assertThat(kits.stock()).isEqualTo(860);
        assertThat(kits.wholeDays()).isEqualTo(43);
        assertThat(kits.target()).isEqualTo(4_000);
        assertThat(kits.shortfall()).isEqualTo(3_140);
        StockLine pills = lines.get(2);
        assertThat(pills.stock()).isEqualTo(2_650);
        assertThat(pills.wholeDays()).isEqualTo(53);
        assertThat(pills.target()).isEqualTo(2_000);
        assertThat(SupplyReport.counts(lines)).containsEntry(SupplyStatus.UNDER_ALERT_DAYS, 1)
                .containsEntry(SupplyStatus.BELOW_TARGET, 1).containsEntry(SupplyStatus.OK, 1);
    }

    @Test
    void fewestDaysFirstAmongAlerts() {
        List<SupplyReport.Stocker> facilities = List.of(new SupplyReport.Stocker(1, "甲", null),
                new SupplyReport.Stocker(2, "乙", null));
        // 甲: 50 at 10 a day = 5 days; 乙: 20 at 10 a day = 2 days
        List<SupplyMovement> ms = List.of(m(1, 1, MovementKind.RECEIPT, 120, 9), m(1, 1, MovementKind.ISSUE, 70, 1),
                m(2, 1, MovementKind.RECEIPT, 90, 9), m(2, 1, MovementKind.ISSUE, 70, 1));
        List<StockLine> lines = SupplyReport.lines(facilities, List.of(PILLS), ms, SupplySettings.defaults(), TODAY);
        assertThat(lines).extracting(StockLine::facilityName).containsExactly("乙", "甲");
        assertThat(lines).extracting(StockLine::wholeDays).containsExactly(2, 5);
    }
}
