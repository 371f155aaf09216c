package io.guankou.desktop.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.task.LoadState;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.persistence.Database;
import io.guankou.persistence.meeting.DailyFiguresReader;
import io.guankou.persistence.meeting.DailySnapshots;
import io.guankou.persistence.meeting.FacilityDayRepository;
import io.guankou.persistence.meeting.SnapshotRepository;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meeting's view-models on the demo township, without a stage. */
class MeetingViewModelsTest {

    Database db;
    DataEvents events = new DataEvents();
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    MeetingServices services;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-meeting")));
        services = new MeetingServices(new DailySnapshots(new DailyFiguresReader(db, TestClocks.FIXED),
                new SnapshotRepository(db, TestClocks.FIXED)), new SnapshotRepository(db, TestClocks.FIXED),
                new FacilityDayRepository(db, TestClocks.FIXED), runner, events, TestClocks.FIXED, "王主任");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theDashboardShowsTodayLiveAndTheTrendFromStoredDays() {
        DashboardViewModel vm = new DashboardViewModel(services);
        vm.reload();
        assertThat(vm.state().phase()).isEqualTo(LoadState.Phase.READY);
        DashboardData d = vm.dataProperty().get();
        assertThat(d.today().day()).isEqualTo(TestClocks.TODAY);
        assertThat(d.today().at()).isEqualTo(TestClocks.NOW);
        assertThat(d.yesterday()).isNotNull();
        // the demo stores two weeks: the 14-day trend is 13 stored days and today; 28 days show what exists
        List<DailyFigures> trend = vm.trend();
        assertThat(trend).hasSize(14);
        assertThat(trend.get(13)).isSameAs(d.today());
        assertThat(trend.get(0).day()).isEqualTo(TestClocks.TODAY.minusDays(13));
        vm.trendDaysProperty().set(DashboardViewModel.LONG_TREND);
        assertThat(vm.trend()).hasSize(15);
        assertThat(vm.lateDays()).containsExactlyInAnyOrder(TestClocks.TODAY.minusDays(5), TestClocks.TODAY.minusDays(10));
    }

    @Test
    void theDashboardLoadsAgainWhenTheDataChange() {
        DashboardViewModel vm = new DashboardViewModel(services);
        vm.reload();
        DashboardData first = vm.dataProperty().get();
        events.publish(new DataChange.LedgerReplaced());
        assertThat(vm.dataProperty().get()).isNotSameAs(first);
    }

    @Test
    void aSnapshotOnDemandIsStoredAndSaid() {
        DashboardViewModel vm = new DashboardViewModel(services);
        vm.reload();
        vm.takeSnapshot();
        assertThat(vm.noticeProperty().get().error()).isFalse();
        assertThat(vm.noticeProperty().get().text().key()).isEqualTo("meeting.notice.snapshotTaken");
        assertThat(new SnapshotRepository(db, TestClocks.FIXED).load(TestClocks.TODAY)).isPresent();
    }

    @Test
    void theDailyEntrySavesALineAndNamesTheFieldThatIsWrong() {
        DailyEntryViewModel vm = new DailyEntryViewModel(services);
        vm.dayProperty().set(TestClocks.TODAY.minusDays(20)); // before the demo's entries
        vm.reload();
        DailyEntryRow row = vm.rows().get(0);
        assertThat(row.savedProperty().get()).isFalse();
        int[] published = {0};
        events.subscribe(io.guankou.desktop.event.DataKind.MEETING, c -> published[0]++);

        row.staffTotalProperty().set("10");
        row.staffOnDutyProperty().set("");
        vm.save(row);
        assertThat(row.failedProperty().get()).isTrue();
        assertThat(row.messageProperty().get()).isEqualTo(Msg.of("meeting.entry.required",
                Msg.of("meeting.entry.field.staffOnDuty")));

        row.staffOnDutyProperty().set("8");
        row.staffInfectedProperty().set("3"); // only 2 are off duty
        row.feverVisitsProperty().set("12");
        vm.save(row);
        assertThat(row.messageProperty().get()).isEqualTo(Msg.of("meeting.entry.moreThanOffDuty",
                Msg.of("meeting.entry.field.staffInfected")));
        assertThat(published[0]).isZero();

        row.staffInfectedProperty().set("2");
        vm.save(row);
        assertThat(row.failedProperty().get()).isFalse();
        assertThat(row.savedProperty().get()).isTrue();
        assertThat(published[0]).isEqualTo(1);
        LocalDate day = TestClocks.TODAY.minusDays(20);
        assertThat(new FacilityDayRepository(db, TestClocks.FIXED).entries(day)).singleElement()
                .satisfies(e -> assertThat(e.staffOnDuty()).isEqualTo(8));
        // the text shown names the field
        assertThat(Messages.of(Language.EN).text(Msg.of("meeting.entry.moreThanOffDuty",
                Msg.of("meeting.entry.field.staffInfected")))).startsWith("Infected:");
    }
}
