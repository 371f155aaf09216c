package io.guankou.desktop.resources.supply;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.supply.MovementKind;
import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyField;
import io.guankou.model.supply.SupplyKind;
import io.guankou.model.supply.SupplySettings;
import io.guankou.model.supply.SupplyStatus;
import io.guankou.persistence.Database;
import io.guankou.persistence.supply.SupplyRepository;
import io.guankou.persistence.supply.SupplySettingsRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supplies tab's view-models over the demo township (five items, two served populations, 24 days of issues). */
class SuppliesViewModelTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    final List<DataKind> published = new ArrayList<>();
    SuppliesViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        events.subscribe(EnumSet.allOf(DataKind.class), c -> published.add(c.kind()));
        vm = new SuppliesViewModel(new SupplyServices(new SupplyRepository(db, TestClocks.FIXED),
                new SupplySettingsRepository(db, TestClocks.FIXED), runner, events, "王主任", TestClocks.FIXED));
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(runner.errors).isEmpty();
        db.close();
    }

    private StockLine line(SupplyStatus status) {
        return vm.lines().stream().filter(l -> l.status() == status).findFirst().orElseThrow();
    }

    @Test
    void alertsComeFirstAndTheSummaryCountsThem() {
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.lines().get(0).status()).isEqualTo(SupplyStatus.UNDER_ALERT_DAYS);
        int alerts = (int) vm.lines().stream().filter(l -> l.status() == SupplyStatus.UNDER_ALERT_DAYS).count();
        int below = (int) vm.lines().stream().filter(l -> l.status() == SupplyStatus.BELOW_TARGET).count();
        assertThat(vm.summaryProperty().get()).isEqualTo(Msg.of("supplies.summary", vm.lines().size(), alerts, 14,
                below));
        // the demo's festival is 40 days ahead: raised from 10 days on
        assertThat(vm.festivalProperty().get()).isEqualTo(Msg.of("supplies.festival.ahead",
                TestClocks.TODAY.plusDays(40), 50, TestClocks.TODAY.plusDays(10)));
        assertThat(vm.form().dateProperty().get()).isEqualTo(TestClocks.TODAY.toString());
    }

    @Test
    void aReceiptRaisesTheStockAndTheFormKeepsFacilityAndItem() {
        StockLine alert = line(SupplyStatus.UNDER_ALERT_DAYS);
        vm.form().take(alert);
        vm.form().kindProperty().set(MovementKind.RECEIPT);
        vm.form().quantityProperty().set("500");
        assertThat(vm.form().record()).isTrue();
        assertThat(published).containsExactly(DataKind.SUPPLIES);
        StockLine after = vm.lines().stream().filter(l -> l.facilityId() == alert.facilityId()
                && l.item().id() == alert.item().id()).findFirst().orElseThrow();
        assertThat(after.stock()).isEqualTo(alert.stock() + 500);
        assertThat(vm.form().quantityProperty().get()).isEmpty();
        assertThat(vm.form().facilityIdProperty().get()).isEqualTo(alert.facilityId());
        assertThat(vm.form().itemIdProperty().get()).isEqualTo(alert.item().id());
        assertThat(vm.form().noticeProperty().get().text().key()).isEqualTo("supplies.move.received");
    }

    @Test
    void anIssueOverTheStockIsRefusedAtTheQuantity() {
        StockLine l = vm.lines().get(0);
        vm.form().take(l);
        vm.form().kindProperty().set(MovementKind.ISSUE);
        vm.form().quantityProperty().set(Integer.toString(l.stock() + 1));
        assertThat(vm.form().record()).isFalse();
        assertThat(vm.form().errorAt(SupplyField.QUANTITY).get()).isEqualTo(new Msg(
                "enum.SupplyProblem.Kind.MORE_THAN_STOCK", List.of(l.stock(), l.item().unit())));
        vm.form().dateProperty().set("2026-11-21");
        vm.form().quantityProperty().set("1");
        assertThat(vm.form().record()).isFalse();
        assertThat(vm.form().errorAt(SupplyField.DATE).get().key()).isEqualTo("enum.SupplyProblem.Kind.FUTURE_DATE");
        assertThat(published).isEmpty();
    }

    @Test
    void setUpAddsAnItemSetsAPopulationAndRaisesTheTargetForTheFestival() {
        SupplySetupViewModel setup = vm.setup();
        setup.selectItem(null);
        setup.itemKindProperty().set(SupplyKind.COUGH_MEDICINE);
        setup.itemNameProperty().set("急支糖浆");
        setup.itemUnitProperty().set("瓶");
        assertThat(setup.saveItem()).isTrue();
        assertThat(setup.items()).extracting(i -> i.name()).contains("急支糖浆");

        long centre = vm.overviewProperty().get().facilities().get(0).id();
        setup.populationFacilityProperty().set(centre);
        setup.populationProperty().set("30000");
        assertThat(setup.savePopulation()).isTrue();
        StockLine syrup = vm.lines().stream().filter(l -> l.facilityId() == centre
                && l.item().name().equals("急支糖浆")).findFirst().orElseThrow();
        // 30,000 × 20% = 6,000 bottles, none in stock, no use
        assertThat(syrup.target()).isEqualTo(6_000);
        assertThat(syrup.status()).isEqualTo(SupplyStatus.BELOW_TARGET);

        setup.festivalProperty().set(TestClocks.TODAY.plusDays(20).toString());
        setup.raisePercentProperty().set("40");
        assertThat(setup.saveSettings()).isTrue();
        StockLine raised = vm.lines().stream().filter(l -> l.facilityId() == centre
                && l.item().name().equals("急支糖浆")).findFirst().orElseThrow();
        // 20 days ahead is within the 30 days before: 6,000 raised by 40% = 8,400
        assertThat(raised.target()).isEqualTo(8_400);
        assertThat(raised.festivalRaised()).isTrue();
        assertThat(new SupplySettingsRepository(db, TestClocks.FIXED).load().festivalRaisePercent()).isEqualTo(40);

        setup.alertDaysProperty().set("0");
        assertThat(setup.saveSettings()).isFalse();
        assertThat(setup.errorAt(SupplyField.ALERT_DAYS).get().args()).containsExactly(1, 90);
    }

    @Test
    void theFestivalLineSaysWhatTheSettingDoesToday() {
        LocalDate today = LocalDate.of(2027, 1, 10);
        SupplySettings s = SupplySettings.defaults().withFestival(LocalDate.of(2027, 2, 6));
        assertThat(SuppliesViewModel.festival(s, today)).isEqualTo(Msg.of("supplies.festival.raised",
                LocalDate.of(2027, 2, 6), 50, LocalDate.of(2027, 2, 20)));
        assertThat(SuppliesViewModel.festival(s, LocalDate.of(2027, 3, 1)))
                .isEqualTo(Msg.of("supplies.festival.past", LocalDate.of(2027, 2, 6)));
        assertThat(SuppliesViewModel.festival(SupplySettings.defaults(), today))
                .isEqualTo(Msg.of("supplies.festival.none"));
    }

    @Test
    void aFailedLoadIsShownAndARetryLoads() {
        try (BrokenTable broken = BrokenTable.hide(file, "supply_movement")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.state().failureProperty().get().key()).startsWith("db.error.");
        }
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.lines()).isNotEmpty();
    }
}
