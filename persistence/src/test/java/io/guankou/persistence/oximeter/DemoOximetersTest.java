package io.guankou.persistence.oximeter;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.oximeter.AllocationPlan;
import io.guankou.model.oximeter.AllocationPlanner;
import io.guankou.model.oximeter.DeviceCondition;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.oximeter.HolderType;
import io.guankou.model.oximeter.Shortfalls;
import io.guankou.model.oximeter.VillageShortfall;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo township shows every oximeter gap out of the box (issue 13). */
class DemoOximetersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    @Test
    void theDemoHasShortfallsOverdueReturnsAndAStockToShareOut() {
        Path file = dir.resolve("demo.db");
        DemoTownshipWriter.write(file, new DemoOptions(1500, 3L, TODAY));
        try (Database db = Database.openExisting(file)) {
            OximeterOverview o = new OximeterRepository(db,
                    Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                            ZoneId.of("Asia/Shanghai"))).overview(TODAY);
            HolderStock centre = o.holders().get(0);
            assertThat(centre.type()).isEqualTo(HolderType.HEALTH_CENTRE);
            assertThat(centre.held()).isEqualTo(12);
            assertThat(centre.shortfall()).isEqualTo(8);
            assertThat(o.holders()).filteredOn(h -> h.type() == HolderType.VILLAGE_CLINIC)
                    .anyMatch(h -> h.held() == 0).anyMatch(h -> h.shortfall() == 0);
            assertThat(o.holders()).filteredOn(h -> h.type() == HolderType.COMMITTEE)
                    .anyMatch(h -> h.shortfall() == 1).anyMatch(h -> h.shortfall() == 0);
            assertThat(o.workingInStock()).isEqualTo(30);
            assertThat(o.overdue()).isNotEmpty();
            assertThat(o.devices()).anyMatch(d -> d.condition() == DeviceCondition.BROKEN)
                    .anyMatch(d -> d.condition() == DeviceCondition.LOST)
                    .anyMatch(d -> d.atHome() && d.condition() == DeviceCondition.WORKING);
            List<VillageShortfall> villages = Shortfalls.byVillage(o.holders());
            assertThat(villages.get(0).shortfall()).isPositive();
            assertThat(o.candidates()).anyMatch(c -> c.need().atRiskWithout() > 0);
            // 30 in stock do not cover every minimum: the plan gives them all out, minimums only
            AllocationPlan plan = AllocationPlanner.plan(o.workingInStock(), o.candidates());
            assertThat(plan.allocated()).isEqualTo(30);
            assertThat(plan.lines()).allMatch(l -> l.forNeed() == 0);
            assertThat(TestTownship.query(db, "SELECT count(*) FROM oximeter_move WHERE event = 'ISSUED'"))
                    .isEqualTo(Long.toString(o.devices().stream().filter(d -> d.atHome()).count()));
        }
    }
}
