package io.guankou.desktop.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Departure;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.settings.TierRulesRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger that cannot be read is said so, keeps nothing stale, and loads on retry once it can be read. */
class LedgerViewModelFailureTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    LedgerRepository ledger;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Clock clock = TestClocks.FIXED;
    LedgerViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        ledger = new LedgerRepository(db, clock);
        vm = new LedgerViewModel(ledger, new PlaceRepository(db), new TierRulesRepository(db, clock), runner, clock,
                "tester", new DataEvents());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aLedgerThatCannotBeReadFailsWithTheReasonAndLoadsOnRetry() {
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.NOT_LOADED);
        try (BrokenTable broken = BrokenTable.hide(file, "person")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.state().isReady()).isFalse();
            assertThat(vm.state().failureProperty().get().key()).startsWith("db.error.");
            assertThat(vm.rows()).isEmpty();
            assertThat(vm.totalProperty().get()).isZero();
        }
        vm.reload();
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.READY);
        assertThat(vm.state().failureProperty().get()).isNull();
        assertThat(vm.rows()).hasSize(ledger.loadEntries().size()).isNotEmpty();
    }

    @Test
    void aDepartureThatCannotBeStoredIsReportedAndTheRowStays() {
        vm.reload();
        LedgerEntry someone = vm.rows().get(0);
        List<Throwable> failures = new ArrayList<>();
        boolean[] done = {false};
        try (BrokenTable broken = BrokenTable.hide(file, "person_change")) {
            vm.leave(someone.personId(), new Departure(Departure.Reason.MOVED_AWAY, vm.today()), () -> done[0] = true,
                    failures::add);
        }
        assertThat(failures).hasSize(1);
        assertThat(done[0]).isFalse();
        assertThat(vm.rows()).contains(someone);
        assertThat(ledger.find(someone.personId()).orElseThrow().departure()).as("rolled back").isNull();
    }
}
