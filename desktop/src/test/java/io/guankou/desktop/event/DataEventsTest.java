package io.guankou.desktop.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataEventsTest {

    final DataEvents events = new DataEvents();

    @Test
    void aSubscriberReceivesTheKindsItAskedForInOrder() {
        List<String> got = new ArrayList<>();
        events.subscribe(EnumSet.of(DataKind.LEDGER, DataKind.SETTINGS), c -> got.add("a:" + c.kind()));
        events.subscribe(DataKind.REFERRALS, c -> got.add("b:" + c.kind()));
        events.publish(new DataChange.PersonLeft(7));
        events.publish(new DataChange.ReferralOpened(7));
        events.publish(new DataChange.TierRulesApplied());
        events.publish(new DataChange.FollowUpSettingsSaved());
        assertThat(got).containsExactly("a:LEDGER", "b:REFERRALS", "a:SETTINGS", "a:SETTINGS");
    }

    @Test
    void anEndedSubscriptionReceivesNothing() {
        List<DataChange> got = new ArrayList<>();
        Runnable end = events.subscribe(DataKind.LEDGER, got::add);
        events.publish(new DataChange.LedgerReplaced());
        end.run();
        events.publish(new DataChange.LedgerReplaced());
        assertThat(got).hasSize(1);
    }

    @Test
    void aFailingSubscriberDoesNotStopTheOthersAndReachesTheUncaughtHandler() throws InterruptedException {
        List<Throwable> uncaught = new ArrayList<>();
        List<DataChange> got = new ArrayList<>();
        Thread t = new Thread(() -> {
            events.subscribe(DataKind.LEDGER, c -> {
                throw new IllegalStateException("boom");
            });
            events.subscribe(DataKind.LEDGER, got::add);
            events.publish(new DataChange.PersonLeft(1));
        });
        t.setUncaughtExceptionHandler((th, e) -> uncaught.add(e));
        t.start();
        t.join();
        assertThat(got).hasSize(1);
        assertThat(uncaught).singleElement().isInstanceOf(IllegalStateException.class);
    }
}
