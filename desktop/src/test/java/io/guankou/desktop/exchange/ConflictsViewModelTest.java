package io.guankou.desktop.exchange;

import io.guankou.model.exchange.merge.ConflictChoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.event.DataKind;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.task.LoadState;
import io.guankou.persistence.DatabaseException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The conflict list and the package log without a stage: choices per kind, masking, deciding, failed loads. */
class ConflictsViewModelTest {

    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    DataEvents events = new DataEvents();
    FakeExchangeService fake = new FakeExchangeService();
    ExchangeViewModel exchange;
    ConflictsViewModel vm;

    private void load() {
        exchange = new ExchangeViewModel(fake, runner, events, TestClocks.ZONE);
        vm = exchange.conflicts();
        exchange.reload();
    }

    @AfterEach
    void noUnexpectedFailures() {
        assertThat(runner.errors).isEmpty();
    }

    @Test
    void eachConflictOffersTheChoicesOfItsKindWithBothValuesWhoAndWhen() {
        fake.addConflicts();
        load();
        assertThat(vm.countProperty().get()).isEqualTo(2);
        ConflictRow phone = vm.rows().get(0);
        assertThat(vm.selectedProperty().get()).as("the first is selected").isEqualTo(phone);
        assertThat(vm.choices()).containsExactly(ConflictChoice.LOCAL, ConflictChoice.INCOMING);
        assertThat(vm.shown(phone, phone.localValue())).isEqualTo("13912345678");
        assertThat(vm.local(phone.localWhen())).as("in the office's zone")
                .isEqualTo(LocalDateTime.of(2026, 11, 18, 9, 20));

        ConflictRow twice = vm.rows().get(1);
        vm.select(twice);
        assertThat(vm.choices()).containsExactly(ConflictChoice.MERGE, ConflictChoice.KEEP_BOTH);
        assertThat(vm.shown(twice, twice.localValue())).as("resident IDs masked by default")
                .isEqualTo("500235********0317");
        vm.revealIdsProperty().set(true);
        assertThat(vm.shown(twice, twice.localValue())).isEqualTo("500235194508120317");
    }

    @Test
    void decidingAConflictWritesTheChoiceAndTheListMovesOn() {
        fake.addConflicts();
        load();
        List<DataKind> published = new ArrayList<>();
        events.subscribe(EnumSet.allOf(DataKind.class), c -> published.add(c.kind()));

        vm.resolve(ConflictChoice.MERGE);
        assertThat(fake.resolved).as("merge is no choice for a field").isEmpty();

        vm.resolve(ConflictChoice.INCOMING);
        assertThat(fake.resolved).containsExactly(java.util.Map.entry(11L, ConflictChoice.INCOMING));
        assertThat(published).containsExactly(DataKind.LEDGER, DataKind.PACKAGES);
        assertThat(vm.rows()).extracting(ConflictRow::id).containsExactly(12L);
        assertThat(vm.selectedProperty().get().id()).as("the next one is selected").isEqualTo(12L);
        assertThat(vm.noticeProperty().get())
                .isEqualTo(new Notice(Msg.of("exchange.conflicts.resolved", "王秀英", ConflictChoice.INCOMING), false));

        vm.resolve(ConflictChoice.KEEP_BOTH);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.canResolveProperty().get()).isFalse();
    }

    @Test
    void aDecisionThatFailsIsSaidAndTheConflictStays() {
        fake.addConflicts();
        load();
        fake.failNext("resolve", new DatabaseException(DatabaseException.Reason.CLOSED, "", "closed"));
        vm.resolve(ConflictChoice.LOCAL);
        assertThat(vm.noticeProperty().get().error()).isTrue();
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo("db.error.CLOSED");
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }

    @Test
    void aFailedLoadOfConflictsLogOrOverviewIsShownAndARetryLoads() {
        fake.addConflicts();
        fake.failNext("openConflicts", new DatabaseException(DatabaseException.Reason.SQL_ERROR, "exchange_conflict",
                "no such table"));
        fake.failNext("log", new DatabaseException(DatabaseException.Reason.SQL_ERROR, "exchange_log",
                "no such table"));
        fake.failNext("overview", new java.nio.file.AccessDeniedException("/home/wang/.local/share/guankou/keys"));
        load();
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        assertThat(vm.state().failureProperty().get().key()).isEqualTo("db.error.SQL_ERROR");
        assertThat(vm.canResolveProperty().get()).isFalse();
        assertThat(exchange.log().state().phase()).isEqualTo(LoadState.Phase.FAILED);
        assertThat(exchange.state().phase()).isEqualTo(LoadState.Phase.FAILED);
        assertThat(exchange.state().failureProperty().get())
                .isEqualTo(Msg.of("exchange.error.accessDenied", "/home/wang/.local/share/guankou/keys"));
        assertThat(exchange.export().canExportProperty().get()).as("no export without the overview").isFalse();
        assertThat(runner.errors).hasSize(3);
        runner.errors.clear();

        exchange.reload();
        assertThat(vm.state().isReady()).isTrue();
        assertThat(vm.rows()).hasSize(2);
        assertThat(exchange.log().state().isReady()).isTrue();
        assertThat(exchange.log().rows()).hasSize(2);
        assertThat(exchange.state().isReady()).isTrue();
    }

    @Test
    void theLogKeepsTheServicesOrderAndShowsTimesInTheOfficesZone() {
        load();
        assertThat(exchange.log().rows()).extracting(LoggedPackageRow::sequence).containsExactly(5L, 2L);
        LoggedPackageRow received = exchange.log().rows().get(0);
        assertThat(exchange.log().local(received.recordedAt())).isEqualTo(TestClocks.NOW.minusDays(2));
    }
}
