package io.guankou.persistence.supply;

import static io.guankou.persistence.TestTownship.CLOCK;
import static io.guankou.persistence.TestTownship.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.supply.ItemEdit;
import io.guankou.model.supply.MovementEdit;
import io.guankou.model.supply.MovementKind;
import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyField;
import io.guankou.model.supply.SupplyKind;
import io.guankou.model.supply.SupplyProblem;
import io.guankou.model.supply.SupplySettings;
import io.guankou.model.supply.SupplyStatus;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.demo.DemoTownshipWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplyRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    SupplyRepository repo;

    @BeforeEach
    void open() {
        db = TestTownship.create(dir.resolve("supply.db"));
        repo = new SupplyRepository(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MovementEdit move(long item, MovementKind kind, String q, LocalDate day) {
        return new MovementEdit(1L, item, kind, q, day.toString(), null);
    }

    @Test
    void stockIsTheSumOfReceiptsAndIssuesAndDaysOfSupplyFollowTheRecentUse() {
        long pills = repo.saveItem(new ItemEdit(0, SupplyKind.CHINESE_PATENT_MEDICINE, " 连花清瘟胶囊 ", "盒", "1"),
                "王主任");
        repo.setPopulation(1, "5000", "王主任");
        repo.record(move(pills, MovementKind.RECEIPT, "1200", TODAY.minusDays(10)), "王主任", TODAY);
        // 7 days before 23 Nov: 16-22 Nov; 420 issued there = 60 a day
        repo.record(move(pills, MovementKind.ISSUE, "300", TODAY.minusDays(5)), "李医生", TODAY);
        repo.record(move(pills, MovementKind.ISSUE, "120", TODAY.minusDays(1)), "李医生", TODAY);
        // today's issue lowers the stock, not yet the daily use
        repo.record(move(pills, MovementKind.ISSUE, "100", TODAY), "李医生", TODAY);

        assertThat(repo.stock(1, pills)).isEqualTo(680);
        StockLine line = repo.overview(TODAY).lines().get(0);
        assertThat(line.item().name()).isEqualTo("连花清瘟胶囊");
        assertThat(line.stock()).isEqualTo(680);
        assertThat(line.dailyUse()).isEqualTo(60.0);
        // 680 / 60 = 11.3 days: under 14
        assertThat(line.wholeDays()).isEqualTo(11);
        assertThat(line.status()).isEqualTo(SupplyStatus.UNDER_ALERT_DAYS);
        // 5,000 × 20% = 1,000
        assertThat(line.target()).isEqualTo(1_000);
        assertThat(TestTownship.query(db, "SELECT count(*) FROM change_mark WHERE tbl = 'supply_movement'"))
                .isEqualTo("4");
        assertThat(TestTownship.query(db, "SELECT recorded_by FROM supply_movement WHERE quantity = 300"))
                .isEqualTo("李医生");
    }

    @Test
    void anIssueBeyondTheStockOrInTheFutureIsRefusedAndNothingIsWritten() {
        long kits = repo.saveItem(new ItemEdit(0, SupplyKind.ANTIGEN_KIT, "抗原检测试剂盒", "人份", "2"), "王主任");
        repo.record(move(kits, MovementKind.RECEIPT, "50", TODAY), "王主任", TODAY);
        assertThatThrownBy(() -> repo.record(move(kits, MovementKind.ISSUE, "51", TODAY), "王主任", TODAY))
                .isInstanceOfSatisfying(SupplyRefused.class, r -> assertThat(r.problems()).containsExactly(
                        SupplyProblem.of(SupplyField.QUANTITY, SupplyProblem.Kind.MORE_THAN_STOCK, 50, "人份")));
        assertThatThrownBy(() -> repo.record(move(kits, MovementKind.RECEIPT, "5", TODAY.plusDays(1)), "王主任",
                TODAY)).isInstanceOf(SupplyRefused.class);
        assertThat(repo.stock(1, kits)).isEqualTo(50);
        assertThat(TestTownship.query(db, "SELECT count(*) FROM supply_movement")).isEqualTo("1");
    }

    @Test
    void aPopulationIsSetChangedAndRemovedAndSettingsAreStored() {
        long pills = repo.saveItem(new ItemEdit(0, SupplyKind.ANTIPYRETIC, "布洛芬缓释胶囊", "盒", "1"), "王主任");
        repo.setPopulation(1, "8000", "王主任");
        repo.setPopulation(1, "9000", "王主任");
        assertThat(repo.overview(TODAY).lines().get(0).target()).isEqualTo(1_800);
        repo.setPopulation(1, "", "王主任");
        // no population and no movement: the facility has no line
        assertThat(repo.overview(TODAY).lines()).isEmpty();
        assertThat(TestTownship.query(db, "SELECT count(*) FROM supply_population")).isEqualTo("1");
        assertThatThrownBy(() -> repo.setPopulation(1, "abc", "王主任")).isInstanceOf(SupplyRefused.class);

        SupplySettingsRepository settings = new SupplySettingsRepository(db, CLOCK);
        settings.save(SupplySettings.defaults().withFestival(LocalDate.of(2026, 12, 10)), "王主任");
        repo.setPopulation(1, "9000", "王主任");
        // 23 Nov is within 30 days before 10 Dec: 1,800 raised by 50% = 2,700
        StockLine line = repo.overview(TODAY).lines().get(0);
        assertThat(line.item().id()).isEqualTo(pills);
        assertThat(line.target()).isEqualTo(2_700);
        assertThat(line.festivalRaised()).isTrue();
    }

    @Test
    void theDemoShowsEachState() {
        Path file = dir.resolve("demo.db");
        DemoTownshipWriter.write(file, new DemoOptions(300, 42L, TODAY));
        try (Database demo = Database.open(file)) {
            SupplyOverview o = new SupplyRepository(demo, CLOCK).overview(TODAY);
            assertThat(o.items()).hasSize(5);
            assertThat(o.settings().springFestival()).isEqualTo(TODAY.plusDays(40));
            List<StockLine> lines = o.lines();
            assertThat(lines).extracting(StockLine::status).contains(SupplyStatus.UNDER_ALERT_DAYS,
                    SupplyStatus.BELOW_TARGET, SupplyStatus.OK);
            assertThat(lines.get(0).status()).isEqualTo(SupplyStatus.UNDER_ALERT_DAYS);
            assertThat(lines).allMatch(l -> l.stock() >= 0);
        }
    }
}
