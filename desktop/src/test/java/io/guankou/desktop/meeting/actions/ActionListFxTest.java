package io.guankou.desktop.meeting.actions;

import static io.guankou.desktop.TestClocks.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataChange;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Choice;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.model.meeting.ActionStatus;
import io.guankou.persistence.Database;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.ActionLinkChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The action lists as the meeting uses them, headless, at the size a tab of the main window has at 1366x768: an item
 * typed into the form is listed, closed with its outcome through the closing form (refused without one), and shown
 * again with "show closed"; an overdue item is first and carries the overdue style; a double-clicked item is edited
 * and linked to a village found by a part of its name.
 */
@ExtendWith(ApplicationExtension.class)
class ActionListFxTest {

    static final double WIDTH = 1366 - 140;
    static final double HEIGHT = 768 - 120;

    Path file;
    Database db;
    ActionItemRepository repo;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final DataEvents events = new DataEvents();

    @Start
    void start(Stage stage) throws Exception {
        file = TestTownship.copyInto(Files.createTempDirectory("guankou-actions"));
        db = Database.open(file);
        db.read(dsl -> dsl.execute("DELETE FROM action_item")); // the demo's own items: these tests start from none
        repo = new ActionItemRepository(db, TestClocks.FIXED);
        Node view = ActionsTab.open(repo, runner, TestClocks.FIXED, "测试员", events,
                Messages.of(Language.ZH));
        Styles.apply((Parent) view, 1366);
        stage.setScene(new Scene((Parent) view, WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static TableView<ActionItem> table(FxRobot robot) {
        return robot.lookup("#action-table").queryAs(TableView.class);
    }

    static TableRow<?> row(FxRobot robot, int index) {
        return robot.from(table(robot)).lookup(".table-row-cell")
                .match(n -> ((TableRow<?>) n).getIndex() == index).queryAs(TableRow.class);
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Typed characters go to TestFX's target window: the dialog that holds {@code id}. */
    static void typeInto(FxRobot robot, String id, String text) {
        Window dialog = robot.lookup(id).query().getScene().getWindow();
        robot.targetWindow(dialog);
        robot.clickOn(id).write(text);
    }

    @Test
    void anItemTypedIntoTheFormIsListedThenClosedWithItsOutcome(FxRobot robot) {
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(text(robot, "#action-counts")).isEqualTo("未办结 0 项，其中逾期 0 项");

        robot.clickOn("#action-new");
        typeInto(robot, "#action-text", "龙洞村补齐3台血氧仪");
        typeInto(robot, "#action-owner", "谭院长");
        robot.clickOn("#action-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#action-save").tryQuery()).isEmpty(); // the form closed
        assertThat(text(robot, "#action-notice")).isEqualTo("已新增事项");
        assertThat(table(robot).getItems()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ActionKind.TASK);
            assertThat(i.text()).isEqualTo("龙洞村补齐3台血氧仪");
            assertThat(i.owner()).isEqualTo("谭院长");
            assertThat(i.due()).isEqualTo(TODAY);
        });
        assertThat(text(robot, "#action-counts")).isEqualTo("未办结 1 项，其中逾期 0 项");
        // due today: listed, not overdue
        assertThat(row(robot, 0).getStyleClass()).doesNotContain(ActionListPane.OVERDUE_CLASS);

        robot.clickOn(row(robot, 0));
        robot.clickOn("#action-close");
        robot.clickOn("#action-close-confirm");
        assertThat(text(robot, "#action-outcome-message")).isEqualTo("必填");
        assertThat(repo.list(TODAY, 0)).hasSize(1);
        typeInto(robot, "#action-outcome", "已送达，村医签收");
        robot.clickOn("#action-close-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#action-close-confirm").tryQuery()).isEmpty();
        assertThat(text(robot, "#action-notice")).isEqualTo("已办结");
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(text(robot, "#action-counts")).isEqualTo("未办结 0 项，其中逾期 0 项");
        ActionItem done = repo.list(TODAY, 1).get(0);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.outcome()).isEqualTo("已送达，村医签收");
        assertThat(done.closedBy()).isEqualTo("测试员");

        robot.clickOn("#action-show-closed");
        assertThat(table(robot).getItems()).extracting(ActionItem::id).containsExactly(done.id());
        assertThat(row(robot, 0).getStyleClass()).contains(ActionListPane.DONE_CLASS)
                .doesNotContain(ActionListPane.OVERDUE_CLASS);
        assertThat(robot.from(row(robot, 0)).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)).contains("已办结 2026-11-20", "已送达，村医签收");
    }

    @Test
    void anOverdueItemIsFirstAndStandsOut(FxRobot robot) {
        repo.add(new ActionEdit(0, ActionKind.RESPONSIBILITY, "包保到户", "村支书", TODAY.plusDays(1), null), "李书记",
                TODAY.minusDays(3));
        long late = repo.add(new ActionEdit(0, ActionKind.PROBLEM, "救护车维修", "卫生院", TODAY.minusDays(2), null),
                "李书记", TODAY.minusDays(3));
        // the list loaded before these were written: the change their writer publishes loads them
        robot.interact(() -> events.publish(new DataChange.ActionItemsChanged()));
        assertThat(table(robot).getItems()).extracting(ActionItem::id).first().isEqualTo(late);
        assertThat(row(robot, 0).getStyleClass()).contains(ActionListPane.OVERDUE_CLASS);
        assertThat(row(robot, 1).getStyleClass()).doesNotContain(ActionListPane.OVERDUE_CLASS);
        assertThat(text(robot, "#action-counts")).isEqualTo("未办结 2 项，其中逾期 1 项");
        assertThat(robot.from(row(robot, 0)).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)).contains("问题", "救护车维修", "逾期 2 天");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDoubleClickedItemIsEditedAndLinkedToAVillageFoundByName(FxRobot robot) {
        long id = repo.add(new ActionEdit(0, ActionKind.TASK, "送抗原", "村医", TODAY, null), "李书记", TODAY);
        robot.interact(() -> events.publish(new DataChange.ActionItemsChanged()));
        robot.doubleClickOn(row(robot, 0));
        ChoiceBox<Choice<ActionLink.Kind>> kind = robot.lookup("#action-link-kind").queryAs(ChoiceBox.class);
        assertThat(kind.getValue().label()).isEqualTo("不关联");
        ComboBox<ActionLinkChoice> target = robot.lookup("#action-link-target").queryAs(ComboBox.class);
        assertThat(target.isDisabled()).isTrue();
        robot.interact(() -> kind.setValue(kind.getItems().stream().filter(c -> c.is(ActionLink.Kind.VILLAGE))
                .findFirst().orElseThrow()));
        ActionLinkChoice village = target.getItems().get(0);
        String part = village.link().label().substring(0, 2);
        typeInto(robot, "#action-link-query", part);
        assertThat(target.getItems()).contains(village)
                .allMatch(c -> c.link().label().contains(part));
        // saving with a kind but no village says so under the link
        robot.clickOn("#action-save");
        assertThat(text(robot, "#action-link-message")).isEqualTo("必填");
        robot.interact(() -> target.setValue(village));
        robot.clickOn("#action-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#action-notice")).isEqualTo("已保存修改");
        ActionItem saved = repo.list(TODAY, 0).get(0);
        assertThat(saved.id()).isEqualTo(id);
        assertThat(saved.link()).isEqualTo(village.link());
        assertThat(robot.from(row(robot, 0)).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)).contains("村（社区）：" + village.link().label());
    }
}
