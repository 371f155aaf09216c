package io.guankou.desktop.overdue;

import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.task.LoadState;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.model.contact.Contact;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.sync.RecordMeta;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overdue list's view-model over a real 300-person demo township. */
class OverdueViewModelTest {

    @TempDir
    Path dir;
    Database db;
    Clock clock;
    LocalDateTime now;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    FollowUpRepository followUps;
    FollowUpSettingsRepository settings;
    ContactRepository contacts;
    OverdueViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        clock = TestClocks.FIXED;
        now = TestClocks.NOW;
        followUps = new FollowUpRepository(db);
        settings = new FollowUpSettingsRepository(db, clock);
        contacts = new ContactRepository(db, clock);
        vm = new OverdueViewModel(new LedgerRepository(db, clock), followUps, settings, runner, clock, new DataEvents());
        vm.reload();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    /** The overdue statuses computed afresh from the database, as of the list's time. */
    private List<FollowUpStatus> overdueFromDatabase() {
        ContactTargets targets = settings.loadTargets();
        FollowUpIndex index = followUps.loadIndex(targets, vm.asOfProperty().get());
        return index.overdue(vm.asOfProperty().get());
    }

    private static Set<Long> ids(List<OverdueRow> rows) {
        return rows.stream().map(r -> r.person().personId()).collect(Collectors.toSet());
    }

    @Test
    void theTotalIsTheNumberOfOverduePersonsAndEveryoneIsListedOnce() {
        List<FollowUpStatus> overdue = overdueFromDatabase();
        assertThat(overdue).as("the demo township has overdue persons").hasSizeGreaterThan(10);
        assertThat(vm.asOfProperty().get()).isEqualTo(now);
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo(overdue.size());
        assertThat(vm.groups().stream().mapToInt(OverdueGroup::count).sum()).isEqualTo(overdue.size());
        assertThat(vm.rows()).hasSize(overdue.size());
        assertThat(ids(vm.rows()))
                .isEqualTo(overdue.stream().map(FollowUpStatus::personId).collect(Collectors.toSet()));
        assertThat(vm.rows()).allMatch(r -> r.status().isOverdue());
    }

    @Test
    void groupsAreVillagesByDefaultWithTheLongestOverdueFirst() {
        assertThat(vm.groupingProperty().get()).isEqualTo(Grouping.VILLAGE);
        assertThat(vm.groups()).hasSizeGreaterThan(1);
        for (OverdueGroup g : vm.groups()) {
            assertThat(g.grouping()).isEqualTo(Grouping.VILLAGE);
            assertThat(g.rows()).allMatch(r -> Objects.equals(r.person().villageId(), g.key()));
            assertThat(g.rows().stream().map(OverdueRow::status).toList())
                    .isSortedAccordingTo(FollowUpIndex.OLDEST_FIRST);
        }
    }

    @Test
    void regroupingByGridAndTeamUsesNoDatabase() {
        Set<Long> listed = vm.listedIds();
        int total = vm.totalProperty().get();
        db.close(); // any database call from here on would fail

        vm.groupingProperty().set(Grouping.GRID);
        assertThat(vm.groups()).isNotEmpty().allMatch(g -> g.grouping() == Grouping.GRID);
        for (OverdueGroup g : vm.groups()) {
            assertThat(g.rows()).allMatch(r -> Objects.equals(r.person().gridId(), g.key()));
        }
        assertThat(vm.totalProperty().get()).isEqualTo(total);
        assertThat(vm.listedIds()).isEqualTo(listed);

        vm.groupingProperty().set(Grouping.TEAM);
        assertThat(vm.groups()).isNotEmpty().allMatch(g -> g.grouping() == Grouping.TEAM);
        for (OverdueGroup g : vm.groups()) {
            assertThat(g.rows()).allMatch(r -> Objects.equals(r.person().teamId(), g.key()));
        }
        assertThat(vm.listedIds()).isEqualTo(listed);
        assertThat(vm.state().failureProperty().get()).isNull();
    }

    @Test
    void theTierFilterHidesUntickedTiers() {
        List<OverdueRow> all = vm.rows();
        long red = all.stream().filter(r -> r.status().tier() == Tier.RED).count();
        assertThat(red).as("some red persons are overdue").isPositive();
        assertThat(all).as("green has no target by default; only infected at home are followed up")
                .filteredOn(r -> r.status().tier() == Tier.GREEN).allMatch(r -> r.status().infectedAtHome());

        vm.tierShownProperty(Tier.RED).set(false);
        assertThat(vm.rows()).hasSize((int) (all.size() - red)).noneMatch(r -> r.status().tier() == Tier.RED);
        assertThat(vm.totalProperty().get()).isEqualTo(all.size() - red);

        vm.tierShownProperty(Tier.YELLOW).set(false);
        vm.tierShownProperty(Tier.GREEN).set(false);
        assertThat(vm.groups()).isEmpty();
        assertThat(vm.totalProperty().get()).isZero();

        vm.tierShownProperty(Tier.RED).set(true);
        assertThat(vm.rows()).hasSize((int) red).allMatch(r -> r.status().tier() == Tier.RED);
    }

    @Test
    void nextAfterFollowsTheListOrder() {
        List<OverdueRow> rows = vm.rows();
        for (int i = 0; i + 1 < rows.size(); i++) {
            assertThat(vm.nextAfter(rows.get(i).person().personId())).contains(rows.get(i + 1).person());
        }
        assertThat(vm.nextAfter(rows.get(rows.size() - 1).person().personId())).isEmpty();
    }

    private SavedContact reached(LedgerEntry person, LocalDateTime at) {
        Contact c = Contact.draft(RecordMeta.fresh("x", clock.instant()), person.personId(), at, "测试员",
                ContactMode.PHONE, true);
        return contacts.save(c, EpisodeChange.NONE, ReferralRules.defaults(), "测试员");
    }

    @Test
    void recordingContactsForTheFirstPersonTakesThemOffTheListAndTheNextOneComesUp() {
        List<OverdueRow> before = vm.rows();
        LedgerEntry first = before.get(0).person();
        LedgerEntry second = before.get(1).person();
        int total = vm.totalProperty().get();

        // three reached contacts meet every default target: red 3 a week, 56 h apart; infected at home 72 h
        for (int hoursAgo = 2; hoursAgo >= 0; hoursAgo--) {
            SavedContact saved = reached(first, now.minusHours(hoursAgo));
            db.close(); // the update is in memory: prove it by having no database
            vm.contactSaved(saved);
            db = Database.open(dir.resolve("township.db"));
            contacts = new ContactRepository(db, clock);
            followUps = new FollowUpRepository(db);
            settings = new FollowUpSettingsRepository(db, clock);
        }

        assertThat(vm.listedIds()).doesNotContain(first.personId()).contains(second.personId());
        assertThat(vm.totalProperty().get()).isEqualTo(total - 1);
        assertThat(vm.nextAfter(first.personId())).contains(second);
        // the in-memory update agrees with a full recompute from the database
        assertThat(vm.listedIds()).isEqualTo(overdueFromDatabase().stream().map(FollowUpStatus::personId)
                .collect(Collectors.toSet()));
    }

    @Test
    void afterASaveTheNextPersonIsTheOneThatFollowedInTheListBeforeIt() {
        List<OverdueRow> before = vm.rows();
        LedgerEntry third = before.get(2).person();
        LedgerEntry fourth = before.get(3).person();

        // one contact may leave the person overdue but further down the list: "next" still means the fourth
        vm.contactSaved(reached(third, now));
        assertThat(vm.nextAfter(third.personId())).contains(fourth);
    }

    @Test
    void afterRegroupingNextFollowsTheNewOrder() {
        LedgerEntry first = vm.rows().get(0).person();
        vm.contactSaved(reached(first, now));
        vm.groupingProperty().set(Grouping.TEAM);
        List<OverdueRow> rows = vm.rows();
        for (int i = 0; i + 1 < rows.size(); i++) {
            assertThat(vm.nextAfter(rows.get(i).person().personId())).contains(rows.get(i + 1).person());
        }
    }

    @Test
    void anUnreachedAttemptLeavesThePersonOnTheList() {
        LedgerEntry first = vm.rows().get(0).person();
        Contact attempt = Contact.draft(RecordMeta.fresh("x", clock.instant()), first.personId(), now, "测试员",
                ContactMode.PHONE, false);
        int total = vm.totalProperty().get();
        vm.contactSaved(contacts.save(attempt, EpisodeChange.NONE, ReferralRules.defaults(), "测试员"));
        assertThat(vm.listedIds()).contains(first.personId());
        assertThat(vm.totalProperty().get()).isEqualTo(total);
        assertThat(vm.nextAfter(first.personId())).contains(vm.rows().get(1).person());
    }

    @Test
    void aFailedLoadIsReportedAndStopsLoading() {
        db.close();
        vm.reload();
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        assertThat(vm.state().failureProperty().get().key()).isEqualTo("db.error.CLOSED");
        // the failure this test provokes, and nothing else, went to the runner
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }
}
