package io.guankou.desktop.referral;

import io.guankou.desktop.event.DataEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.referral.Referral;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.referral.Transport;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.referral.ReferralEntry;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral queue's view-model on a real copy of the demo township. Referrals are opened through the
 * repository with clocks set back, so "opened 30 hours ago" is exact and the test never waits.
 */
class ReferralViewModelTest {

    static final ZoneId ZONE = TestClocks.ZONE;
    /** The view-model's "now"; referrals are opened relative to it. */
    static final Instant NOW = TestClocks.INSTANT;

    @TempDir
    Path dir;
    Database db;
    ReferralRepository referrals;
    FollowUpSettingsRepository settings;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    List<LedgerEntry> persons;
    ReferralViewModel vm;

    /** Opened 30 hours ago: stale under the default 24-hour rule. */
    Referral stale;
    /** Opened 2 hours ago. */
    Referral fresh;
    /** Opened 5 hours ago and closed with an outcome. */
    Referral closed;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = Clock.fixed(NOW, ZONE);
        referrals = new ReferralRepository(db, clock);
        settings = new FollowUpSettingsRepository(db, clock);
        persons = new LedgerRepository(db, clock).loadEntries();
        // persons the demo has not referred yet, so openManual opens a new referral for each
        List<LedgerEntry> free = new ArrayList<>();
        for (LedgerEntry p : persons) {
            if (referrals.openFor(p.personId()).isEmpty()) {
                free.add(p);
            }
        }
        stale = openedHoursAgo(free.get(0), 30);
        fresh = openedHoursAgo(free.get(1), 2);
        Referral toClose = openedHoursAgo(free.get(2), 5);
        closed = referrals.update(toClose.moveTo(ReferralStatus.CLOSED, toClose.openedAt().plusHours(1), "拒绝转诊"),
                "测试员");
        vm = new ReferralViewModel(referrals, settings, runner, clock, "测试员", new DataEvents());
        vm.reload();
    }

    private Referral openedHoursAgo(LedgerEntry person, int hours) {
        Clock then = Clock.fixed(NOW.minus(Duration.ofHours(hours)), ZONE);
        return new ReferralRepository(db, then).openManual(person.personId(), "测试员");
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private ReferralEntry row(Referral r) {
        return vm.rows().stream().filter(e -> e.referral().id() == r.id()).findFirst().orElseThrow();
    }

    private Referral stored(Referral r) {
        return referrals.list(false).stream().map(ReferralEntry::referral).filter(x -> x.id() == r.id())
                .findFirst().orElseThrow();
    }

    @Test
    void listsOpenReferralsOnlyByDefaultAndAllOnRequest() {
        assertThat(vm.openOnlyProperty().get()).isTrue();
        assertThat(vm.rows()).isEqualTo(referrals.list(true));
        assertThat(vm.rows()).allMatch(e -> e.referral().status().isOpen());
        assertThat(vm.rows()).extracting(e -> e.referral().id()).contains(stale.id(), fresh.id())
                .doesNotContain(closed.id());
        assertThat(vm.openCountProperty().get()).isEqualTo(referrals.list(true).size());

        vm.openOnlyProperty().set(false);
        assertThat(vm.rows()).isEqualTo(referrals.list(false));
        assertThat(vm.rows()).extracting(e -> e.referral().id()).contains(stale.id(), fresh.id(), closed.id());
        assertThat(vm.openCountProperty().get()).as("the count is of open ones whatever the filter")
                .isEqualTo(referrals.list(true).size());
    }

    @Test
    void theStaleFlagFollowsTheOfficeRule() {
        assertThat(settings.loadReferralRules().staleAfterHours()).isEqualTo(ReferralRules.DEFAULT_STALE_AFTER_HOURS);
        assertThat(vm.isStale(row(stale))).isTrue();
        assertThat(vm.isStale(row(fresh))).isFalse();
        long expected = referrals.list(true).stream()
                .filter(e -> ReferralRules.defaults().isStale(e.referral(), vm.now())).count();
        assertThat(vm.staleCountProperty().get()).isEqualTo((int) expected).isPositive();
        assertThat(vm.openFor(row(stale))).isEqualTo(Duration.ofHours(30));

        // stricter rule: one hour; the two-hour-old referral is stale too, the closed one never is
        settings.saveReferralRules(new ReferralRules(93, 1), "测试员");
        vm.reload();
        assertThat(vm.rulesProperty().get().staleAfterHours()).isEqualTo(1);
        assertThat(vm.isStale(row(fresh))).isTrue();
        vm.openOnlyProperty().set(false);
        assertThat(vm.isStale(row(closed))).isFalse();
    }

    @Test
    void theMovesOfferedAreExactlyTheStatusesNextSteps() {
        vm.select(row(fresh));
        assertThat(vm.moves()).containsExactly(ReferralStatus.TRANSPORT_ARRANGED, ReferralStatus.CLOSED);
        assertThat(vm.moves()).containsExactlyInAnyOrderElementsOf(ReferralStatus.OPEN.next());

        vm.transportProperty().set(Transport.FLEET);
        assertThat(vm.moveTo(ReferralStatus.TRANSPORT_ARRANGED)).isTrue();
        assertThat(vm.moves()).containsExactlyInAnyOrderElementsOf(ReferralStatus.TRANSPORT_ARRANGED.next());

        assertThat(vm.moveTo(ReferralStatus.ARRIVED)).isTrue();
        assertThat(vm.moves()).containsExactlyInAnyOrderElementsOf(ReferralStatus.ARRIVED.next());
        assertThat(vm.moveTo(ReferralStatus.TRANSPORT_ARRANGED)).as("not a next step of ARRIVED").isFalse();

        vm.outcomeProperty().set("病情稳定，下转社区病床");
        assertThat(vm.moveTo(ReferralStatus.TRANSFERRED_DOWN)).isTrue();
        assertThat(vm.selectedProperty().get()).as("an ended referral leaves the open-only list").isNull();
        vm.openOnlyProperty().set(false);
        vm.select(row(fresh));
        assertThat(vm.moves()).isEmpty();
        assertThat(stored(fresh).status()).isEqualTo(ReferralStatus.TRANSFERRED_DOWN);
    }

    @Test
    void closingOrTransferringDownWithoutAnOutcomeIsRefusedAtTheField() {
        vm.select(row(fresh));
        assertThat(vm.moveTo(ReferralStatus.CLOSED)).isFalse();
        assertThat(vm.outcomeErrorProperty().get()).isEqualTo(ReferralViewModel.KEY_OUTCOME_REQUIRED);
        assertThat(stored(fresh).status()).isEqualTo(ReferralStatus.OPEN);

        vm.outcomeProperty().set("   ");
        assertThat(vm.moveTo(ReferralStatus.CLOSED)).as("blank is no outcome").isFalse();
        vm.outcomeProperty().set("家属拒绝转诊");
        assertThat(vm.outcomeErrorProperty().get()).as("typing an outcome clears the message").isNull();
        assertThat(vm.moveTo(ReferralStatus.CLOSED)).isTrue();
        Referral s = stored(fresh);
        assertThat(s.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(s.outcome()).isEqualTo("家属拒绝转诊");
    }

    @Test
    void arrangingTransportNeedsATransport() {
        vm.select(row(fresh));
        assertThat(vm.moveTo(ReferralStatus.TRANSPORT_ARRANGED)).isFalse();
        assertThat(vm.transportErrorProperty().get()).isEqualTo(ReferralViewModel.KEY_TRANSPORT_REQUIRED);
        assertThat(stored(fresh).status()).isEqualTo(ReferralStatus.OPEN);
    }

    @Test
    void savingPersistsTheArrangementAndTheMove() {
        vm.select(row(stale));
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.destinationProperty().set("  县人民医院 ");
        vm.transportProperty().set(Transport.AMBULANCE_120);
        vm.escortProperty().set(true);
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.moveTo(ReferralStatus.TRANSPORT_ARRANGED)).isTrue();

        Referral s = stored(stale);
        assertThat(s.status()).isEqualTo(ReferralStatus.TRANSPORT_ARRANGED);
        assertThat(s.statusAt()).isEqualTo(vm.now());
        assertThat(s.destination()).isEqualTo("县人民医院");
        assertThat(s.transport()).isEqualTo(Transport.AMBULANCE_120);
        assertThat(s.escort()).isTrue();
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo(ReferralViewModel.KEY_MOVED);
        assertThat(vm.noticeProperty().get().error()).isFalse();
        assertThat(vm.selectedProperty().get().referral()).isEqualTo(s);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.destinations()).as("offered for the next referral").contains("县人民医院");

        // a plain save, no move
        vm.select(row(fresh));
        vm.destinationProperty().set("市第一人民医院");
        vm.transportProperty().set(Transport.OWN);
        assertThat(vm.save()).isTrue();
        Referral f = stored(fresh);
        assertThat(f.status()).isEqualTo(ReferralStatus.OPEN);
        assertThat(f.destination()).isEqualTo("市第一人民医院");
        assertThat(f.transport()).isEqualTo(Transport.OWN);
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo(ReferralViewModel.KEY_SAVED);
        assertThat(vm.destinations()).contains("县人民医院", "市第一人民医院");
    }

    @Test
    void aChangeBySomeoneElseIsRefusedWithAMessageAndTheQueueReloads() {
        ReferralViewModel other = new ReferralViewModel(referrals, settings, runner, Clock.fixed(NOW, ZONE), "他人",
                new DataEvents());
        other.reload();
        vm.select(row(fresh));
        other.select(other.rows().stream().filter(e -> e.referral().id() == fresh.id()).findFirst().orElseThrow());

        other.transportProperty().set(Transport.AMBULANCE_120);
        assertThat(other.moveTo(ReferralStatus.TRANSPORT_ARRANGED)).isTrue();

        // this one still holds the old revision
        vm.outcomeProperty().set("家属拒绝");
        vm.moveTo(ReferralStatus.CLOSED);
        assertThat(vm.noticeProperty().get()).isNotNull();
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo(ReferralViewModel.KEY_CONFLICT);
        assertThat(vm.noticeProperty().get().error()).isTrue();
        assertThat(stored(fresh).status()).isEqualTo(ReferralStatus.TRANSPORT_ARRANGED);
        assertThat(vm.selectedProperty().get()).as("reloaded: what is stored now").isNotNull();
        assertThat(vm.selectedProperty().get().referral().status()).isEqualTo(ReferralStatus.TRANSPORT_ARRANGED);
        assertThat(vm.moves()).containsExactlyInAnyOrderElementsOf(ReferralStatus.TRANSPORT_ARRANGED.next());
        // the failure this test provokes, and nothing else, went to the runner
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }

    @Test
    void destinationsUsedBeforeComeMostUsedFirst() {
        List<ReferralEntry> entries = List.of(withDestination(fresh, "乙医院"), withDestination(stale, "甲医院"),
                withDestination(closed, "乙医院"), withDestination(fresh, " "), withDestination(fresh, null));
        assertThat(ReferralViewModel.usedDestinations(entries)).containsExactly("乙医院", "甲医院");
    }

    private static ReferralEntry withDestination(Referral r, String destination) {
        return new ReferralEntry(r.arranged(destination, null, false), "某人", null, null, null, null, null);
    }
}
