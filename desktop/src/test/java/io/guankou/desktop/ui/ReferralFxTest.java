package io.guankou.desktop.ui;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.ui.Styles;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.referral.ReferralView;
import io.guankou.desktop.referral.ReferralViewModel;
import io.guankou.desktop.shell.MainWindow;
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
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The referral queue through its real controls, headless, in the space the main window leaves it on a
 * 1366x768 laptop. Background work runs on the FX thread (same-thread runner).
 */
@ExtendWith(ApplicationExtension.class)
class ReferralFxTest {

    /** 1366x768 less the navigation bar, the top bar and the window's padding. */
    static final double WIDTH = 1366 - 140;
    static final double HEIGHT = 768 - 80;

    Database db;
    ReferralRepository referrals;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);
    Referral stale;
    Referral fresh;

    @Start
    void start(Stage stage) throws IOException {
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-referral")));
        Clock clock = TestClocks.FIXED;
        referrals = new ReferralRepository(db, clock);
        List<LedgerEntry> free = new LedgerRepository(db, clock).loadEntries().stream()
                .filter(p -> referrals.openFor(p.personId()).isEmpty()).limit(2).toList();
        stale = new ReferralRepository(db, Clock.offset(clock, Duration.ofHours(-30)))
                .openManual(free.get(0).personId(), "测试员");
        fresh = new ReferralRepository(db, Clock.offset(clock, Duration.ofHours(-2)))
                .openManual(free.get(1).personId(), "测试员");
        ReferralViewModel vm = new ReferralViewModel(referrals, new FollowUpSettingsRepository(db, clock), runner,
                clock, "测试员", new DataEvents());
        ReferralView view = new ReferralView(vm, zh);
        Styles.apply(view, 1366);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        // the primary stage is shared by every test class: one that showed the main window sized it to the screen
        stage.sizeToScene();
        stage.show();
        vm.reload();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private TableRow<ReferralEntry> row(FxRobot robot, Referral r) {
        return robot.lookup("#referral-table .table-row-cell").match((Node n) -> n instanceof TableRow<?> t
                && t.getItem() instanceof ReferralEntry e && e.referral().id() == r.id()).queryAs(TableRow.class);
    }

    @Test
    void aStaleReferralIsHighlightedAndMarkedInText(FxRobot robot) {
        TableRow<ReferralEntry> staleRow = row(robot, stale);
        assertThat(staleRow.getStyleClass()).contains(ReferralView.STALE_CLASS);
        Label marker = robot.from(staleRow).lookup(".stale-marker").queryAs(Label.class);
        assertThat(marker.isVisible()).isTrue();
        assertThat(marker.getText()).isEqualTo("超时");
        assertThat(staleRow.getBackground().getFills()).extracting(BackgroundFill::getFill)
                .as("the soft red background from the stylesheet").contains(Color.web("#ffebe9"));
        assertThat(robot.from(staleRow).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("30小时");

        TableRow<ReferralEntry> freshRow = row(robot, fresh);
        assertThat(freshRow.getStyleClass()).doesNotContain(ReferralView.STALE_CLASS);
        assertThat(robot.from(freshRow).lookup(".stale-marker").queryAs(Label.class).isVisible()).isFalse();

        List<ReferralEntry> open = referrals.list(true);
        long staleCount = open.stream()
                .filter(e -> ReferralRules.defaults().isStale(e.referral(), TestClocks.NOW)).count();
        assertThat(robot.lookup("#referral-count").queryAs(Label.class).getText())
                .isEqualTo("待处理 " + open.size() + " 人，超时 " + staleCount + " 人");
    }

    @Test
    void arrangingA120AmbulanceThroughTheScreenIsStored(FxRobot robot) {
        robot.clickOn(row(robot, fresh));
        assertThat(robot.lookup("#referral-edit-title").queryAs(Label.class).getText()).contains("待转诊");
        assertThat(robot.lookup("#referral-move-TRANSPORT_ARRANGED").queryButton().getText()).isEqualTo("已安排转运");
        assertThat(robot.lookup("#referral-move-ARRIVED").tryQuery()).as("not a next step of OPEN").isEmpty();

        robot.clickOn("#referral-transport");
        robot.clickOn(popupCell(robot, "120救护车"));
        robot.clickOn("#referral-destination").write("县人民医院");
        robot.clickOn("#referral-escort");
        Button move = robot.lookup("#referral-move-TRANSPORT_ARRANGED").queryButton();
        assertThat(inScene(move)).as("the move buttons fit at 1366x768").isTrue();
        robot.clickOn(move);
        WaitForAsyncUtils.waitForFxEvents();

        Referral stored = referrals.list(false).stream().map(ReferralEntry::referral)
                .filter(r -> r.id() == fresh.id()).findFirst().orElseThrow();
        assertThat(stored.status()).isEqualTo(ReferralStatus.TRANSPORT_ARRANGED);
        assertThat(stored.transport()).isEqualTo(Transport.AMBULANCE_120);
        assertThat(stored.destination()).isEqualTo("县人民医院");
        assertThat(stored.escort()).isTrue();
        assertThat(robot.lookup("#referral-notice").queryAs(Label.class).getText()).isEqualTo("状态已更新");
        assertThat(row(robot, fresh).getItem().referral().status()).isEqualTo(ReferralStatus.TRANSPORT_ARRANGED);
        assertThat(robot.lookup("#referral-move-ARRIVED").tryQuery()).isPresent();
    }

    @Test
    void closingWithoutAnOutcomeSaysSoAtTheField(FxRobot robot) {
        robot.clickOn(row(robot, fresh));
        robot.clickOn("#referral-move-CLOSED");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#referral-outcome-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(zh.get(ReferralViewModel.KEY_OUTCOME_REQUIRED));
        assertThat(inScene(error)).isTrue();
        assertThat(referrals.openFor(fresh.personId())).isPresent();
    }

    private static boolean inScene(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= WIDTH && b.getMaxY() <= HEIGHT;
    }

    private Node popupCell(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(
                (Node n) -> n instanceof ListCell<?> c && text.equals(c.getText())).query();
    }
}
