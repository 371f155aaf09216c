package io.guankou.desktop.ledger;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Departure;
import io.guankou.model.place.Grid;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerViewModelTest {

    @TempDir
    Path dir;
    Database db;
    LedgerRepository ledger;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    LedgerViewModel vm;
    List<LedgerEntry> all;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = TestClocks.FIXED;
        ledger = new LedgerRepository(db, clock);
        vm = new LedgerViewModel(ledger, new PlaceRepository(db), new TierRulesRepository(db, clock), runner, clock,
                "tester", new DataEvents());
        vm.reload();
        all = ledger.loadEntries();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    @Test
    void loadsEveryActivePersonAndShowsAllWithoutFilters() {
        assertThat(vm.totalProperty().get()).isEqualTo(all.size()).isGreaterThan(250);
        assertThat(vm.rows()).hasSize(all.size());
        assertThat(vm.shownProperty().get()).isEqualTo(all.size());
        assertThat(vm.placeListsProperty().get().villages()).isNotEmpty();
    }

    @Test
    void searchTextFiltersByNameIdOrPhoneAsTyped() {
        LedgerEntry someone = all.get(17);
        vm.searchTextProperty().set(someone.name());
        assertThat(vm.rows()).contains(someone).allMatch(e -> e.name().contains(someone.name())
                || e.residentId().contains(someone.name()) || String.valueOf(e.phone()).contains(someone.name()));
        assertThat(vm.shownProperty().get()).isEqualTo(vm.rows().size()).isLessThan(all.size());

        vm.searchTextProperty().set(someone.residentId());
        assertThat(vm.rows()).containsExactly(someone);

        vm.searchTextProperty().set(someone.phone());
        assertThat(vm.rows()).contains(someone);

        vm.searchTextProperty().set("");
        assertThat(vm.rows()).hasSize(all.size());
    }

    @Test
    void villageAndTierFiltersCombine() {
        LedgerEntry someone = all.get(5);
        vm.villageIdProperty().set(someone.villageId());
        vm.tierProperty().set(someone.tier());
        assertThat(vm.rows()).contains(someone)
                .allMatch(e -> e.villageId() == someone.villageId() && e.tier() == someone.tier());
        long expected = all.stream().filter(e -> e.villageId() == someone.villageId() && e.tier() == someone.tier())
                .count();
        assertThat(vm.shownProperty().get()).isEqualTo((int) expected);
    }

    @Test
    void choosingAnotherVillageDropsAGridOfTheOldVillage() {
        PlaceLists lists = vm.placeListsProperty().get();
        Grid grid = lists.grids().get(0);
        long otherVillage = lists.villages().stream().filter(v -> v.id() != grid.villageId()).findFirst()
                .orElseThrow().id();
        vm.villageIdProperty().set(grid.villageId());
        vm.gridIdProperty().set(grid.id());
        assertThat(vm.rows()).allMatch(e -> grid.id() == e.gridId());

        vm.villageIdProperty().set(otherVillage);
        assertThat(vm.gridIdProperty().get()).isNull();
        assertThat(vm.rows()).allMatch(e -> e.villageId() == otherVillage);
        assertThat(lists.gridsOf(otherVillage)).allMatch(g -> g.villageId() == otherVillage);
    }

    @Test
    void teamFilterAndClearFilters() {
        LedgerEntry someone = all.stream().filter(e -> e.teamId() != null).findFirst().orElseThrow();
        vm.teamIdProperty().set(someone.teamId());
        assertThat(vm.rows()).contains(someone).allMatch(e -> someone.teamId().equals(e.teamId()));
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(all.size());
    }

    @Test
    void idsAreMaskedUntilRevealedForThatPersonOnly() {
        LedgerEntry a = all.get(0);
        LedgerEntry b = all.get(1);
        assertThat(vm.displayedId(a)).isEqualTo(a.residentId().substring(0, 6) + "********"
                + a.residentId().substring(14));
        vm.toggleReveal(a.personId());
        assertThat(vm.displayedId(a)).isEqualTo(a.residentId());
        assertThat(vm.displayedId(b)).contains("********");
        vm.toggleReveal(a.personId());
        assertThat(vm.displayedId(a)).contains("********");
    }

    @Test
    void aPersonWhoLeavesDisappearsFromTheList() {
        LedgerEntry someone = all.get(3);
        boolean[] done = {false};
        vm.leave(someone.personId(), new Departure(Departure.Reason.DECEASED, vm.today()), () -> done[0] = true,
                runner.errors::add);
        assertThat(done[0]).isTrue();
        assertThat(vm.rows()).doesNotContain(someone);
        assertThat(vm.totalProperty().get()).isEqualTo(all.size() - 1);
        assertThat(ledger.loadEntries()).noneMatch(e -> e.personId() == someone.personId());
    }

    @Test
    void tierFilterUsesTheEffectiveTier() {
        vm.tierProperty().set(Tier.RED);
        assertThat(vm.rows()).isNotEmpty().allMatch(e -> e.tier() == Tier.RED);
    }
}
