package io.guankou.desktop.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.LoadState;
import io.guankou.persistence.Database;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A referral queue that cannot be read says why and loads on retry. */
class ReferralViewModelFailureTest {

    @TempDir
    Path dir;
    Path file;
    Database db;
    final Clock clock = TestClocks.FIXED;
    ReferralViewModel vm;

    @BeforeEach
    void open() {
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        vm = new ReferralViewModel(new ReferralRepository(db, clock), new FollowUpSettingsRepository(db, clock),
                new SameThreadTaskRunner(), clock, "tester", new DataEvents());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aQueueThatCannotBeReadFailsWithTheReasonAndLoadsOnRetry() {
        try (BrokenTable broken = BrokenTable.hide(file, "referral")) {
            vm.reload();
            assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
            assertThat(vm.state().failureProperty().get().key()).startsWith("db.error.");
            assertThat(vm.rows()).isEmpty();
        }
        vm.reload();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.openCountProperty().get()).as("the demo township has open referrals").isPositive();
    }

    @Test
    void aLedgerEditReloadsTheQueueOnlyForAPersonInIt() {
        DataEvents events = new DataEvents();
        ReferralViewModel queue = new ReferralViewModel(new ReferralRepository(db, clock),
                new FollowUpSettingsRepository(db, clock), new SameThreadTaskRunner(), clock, "tester", events);
        queue.reload();
        io.guankou.persistence.referral.ReferralEntry listed = queue.rows().get(0);
        long inQueue = listed.referral().personId();
        io.guankou.model.ledger.LedgerEntry someone = new io.guankou.persistence.ledger.LedgerRepository(db, clock)
                .loadEntries().stream().filter(e -> queue.rows().stream()
                        .noneMatch(r -> r.referral().personId() == e.personId())).findFirst().orElseThrow();
        try (BrokenTable broken = BrokenTable.hide(file, "referral")) {
            // a reload now would fail: a person outside the queue must not cause one
            events.publish(new io.guankou.desktop.event.DataChange.PersonSaved(someone));
            assertThat(queue.state().isReady()).isTrue();
            events.publish(new io.guankou.desktop.event.DataChange.PersonLeft(inQueue));
            assertThat(queue.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        }
    }
}
