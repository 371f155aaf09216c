package io.guankou.desktop.resources.healthpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.healthpack.PackQueueLine;
import io.guankou.model.person.InfectionState;
import io.guankou.persistence.Database;
import io.guankou.persistence.healthpack.HealthPackRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health-pack queue over the demo township. */
class HealthPacksViewModelTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();
    final List<DataKind> published = new ArrayList<>();
    HealthPacksViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        events.subscribe(EnumSet.allOf(DataKind.class), c -> published.add(c.kind()));
        vm = new HealthPacksViewModel(new HealthPackServices(new HealthPackRepository(db, TestClocks.FIXED),
                new LedgerRepository(db, TestClocks.FIXED), new PlaceRepository(db), runner, events, "王主任",
                TestClocks.FIXED));
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(runner.errors).isEmpty();
        db.close();
    }

    @Test
    void theQueueIsInTheNoticesOrderAndFiltersByVillageKeepingRanks() {
        assertThat(vm.state().isReady()).isTrue();
        List<PackQueueLine> all = List.copyOf(vm.lines());
        assertThat(all).isNotEmpty();
        assertThat(all).extracting(PackQueueLine::rank).startsWith(1, 2, 3);
        // rural lines all come before urban ones
        int firstUrban = all.stream().filter(l -> !l.person().rural()).findFirst().map(all::indexOf).orElse(all.size());
        assertThat(all.subList(firstUrban, all.size())).noneMatch(l -> l.person().rural());
        assertThat(all).allMatch(l -> l.person().age() >= 60);
        long village = all.get(all.size() - 1).person().villageId();
        vm.villageProperty().set(village);
        assertThat(vm.lines()).isNotEmpty().allMatch(l -> l.person().villageId() == village);
        assertThat(vm.lines()).extracting(PackQueueLine::rank).isSorted();
        assertThat(vm.villageName()).isEqualTo(all.get(all.size() - 1).person().villageName());
    }

    @Test
    void handingOutRecordsThePackAndTheQueueMovesOn() {
        PackQueueLine first = vm.lines().get(0);
        PackQueueLine second = vm.lines().get(1);
        int waiting = vm.lines().size();
        vm.handedByProperty().set("村医刘");
        assertThat(vm.handOut()).isTrue();
        assertThat(published).containsExactly(DataKind.LEDGER);
        assertThat(vm.lines()).hasSize(waiting - 1).noneMatch(l -> l.person().personId() == first.person().personId());
        assertThat(vm.selectedProperty().get().person().personId()).isEqualTo(second.person().personId());
        assertThat(vm.selectedProperty().get().rank()).isEqualTo(1);
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo("healthPacks.handedOut");
        assertThat(vm.summaryProperty().get().args()).containsExactly(waiting - 1, 1);
        assertThat(new LedgerRepository(db, TestClocks.FIXED).find(first.person().personId()).orElseThrow().healthPackIssued())
                .isEqualTo(TestClocks.TODAY);
    }

    @Test
    void withoutAHanderNothingIsRecorded() {
        vm.handedByProperty().set("  ");
        assertThat(vm.handOut()).isFalse();
        assertThat(vm.noticeProperty().get().error()).isTrue();
        assertThat(published).isEmpty();
    }

    @Test
    void theExtensionIsASettingThatAddsNoOneWhenAllAreSixtyOrOlder() {
        int before = vm.lines().size();
        vm.extensionProperty().set(true);
        assertThat(new HealthPackRepository(db, TestClocks.FIXED).settings().extension()).isTrue();
        assertThat(vm.lines().size()).isGreaterThanOrEqualTo(before);
        assertThat(vm.lines().stream().filter(PackQueueLine::extension))
                .allMatch(l -> l.person().age() < 60 && (l.person().comorbidity() || l.person().redTier()));
        assertThat(vm.lines().get(0).person().infection()).isIn((Object[]) InfectionState.values());
    }

    @Test
    void aFailedLoadIsShownAndARetryLoads() {
        try (BrokenTable broken = BrokenTable.hide(file, "health_pack")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        }
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
    }
}
