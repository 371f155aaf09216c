package io.guankou.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Tier;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * The ledger screen driven through the real controls, headless (Monocle). Background work runs on the
 * FX thread here (same-thread runner), so every assertion sees a settled screen without waiting on time.
 */
@ExtendWith(ApplicationExtension.class)
class LedgerFxTest {

    /** 1943-05-20, digit 17 = 5 (odd): male. */
    static final String NEW_ID = ResidentIds.withCheckCharacter("50023519430520005");

    Path dir;
    Database db;
    AppContext ctx;
    LedgerRepository ledger;
    List<LedgerEntry> all;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("guankou-fx");
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = TestClocks.FIXED;
        ctx = AppContext.open(db, true, zh, UserSettings.inMemory(Language.ZH, "测试员"), clock);
        ledger = new LedgerRepository(db, clock);
        all = ledger.loadEntries();
        MainWindow window = ctx.mainWindow(stage, runner);
        window.show(stage);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private TableView<LedgerEntry> table(FxRobot robot) {
        return robot.lookup("#ledger-table").queryTableView();
    }

    private String count(FxRobot robot) {
        return robot.lookup("#ledger-count").queryAs(Label.class).getText();
    }

    @Test
    void theToolbarOffersAnEnabledExcelExport(FxRobot robot) {
        // the dialogs it opens (ID choice, file chooser) are not opened headless: the export itself is
        // tested through TableExport.exportTo with a given path (export.LedgerExportTest)
        Button export = robot.lookup("#ledger-export").queryButton();
        assertThat(export.getText()).isEqualTo("导出 Excel");
        assertThat(export.isVisible()).isTrue();
        assertThat(export.isDisabled()).isFalse();
        assertThat(robot.lookup(".ledger-view .export-progress").queryAs(ProgressIndicator.class).isVisible())
                .as("no progress while nothing is exported").isFalse();
    }

    @Test
    void showsEveryPersonAndMarksTheDemo(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(all.size());
        assertThat(count(robot)).isEqualTo(zh.format("ledger.count", all.size(), all.size()));
        assertThat(robot.lookup("#demo-banner").queryAs(Label.class).getText()).contains("演示数据");
        Window w = robot.window(0);
        assertThat(((Stage) w).getTitle()).startsWith("关口 — ").endsWith("【演示数据】");
    }

    @Test
    void typingInTheSearchFieldFiltersTheTable(FxRobot robot) {
        LedgerEntry someone = all.get(42);
        robot.clickOn("#ledger-search").write(someone.residentId().substring(0, 14));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).contains(someone)
                .allMatch(e -> e.residentId().startsWith(someone.residentId().substring(0, 14)));
        robot.write(someone.residentId().substring(14));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).containsExactly(someone);
        assertThat(count(robot)).isEqualTo(zh.format("ledger.count", 1, all.size()));

        robot.clickOn("#ledger-clear");
        robot.clickOn("#ledger-search").write(someone.name());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ledger-search").queryAs(TextField.class).getText()).isEqualTo(someone.name());
        assertThat(table(robot).getItems()).contains(someone).allMatch(e -> e.name().contains(someone.name()));
    }

    @Test
    void villageAndTierFiltersNarrowTheTable(FxRobot robot) {
        LedgerEntry someone = all.get(100);
        robot.clickOn("#filter-village");
        robot.clickOn(popupCell(robot, someone.villageName()));
        robot.clickOn("#filter-tier");
        robot.clickOn(popupCell(robot, zh.label(someone.tier())));
        WaitForAsyncUtils.waitForFxEvents();
        List<LedgerEntry> shown = table(robot).getItems();
        long expected = all.stream().filter(e -> e.villageId() == someone.villageId() && e.tier() == someone.tier())
                .count();
        assertThat(shown).contains(someone).hasSize((int) expected)
                .allMatch(e -> e.villageId() == someone.villageId() && e.tier() == someone.tier());
        assertThat(count(robot)).isEqualTo(zh.format("ledger.count", expected, all.size()));

        robot.clickOn("#filter-tier");
        robot.clickOn(popupCell(robot, zh.label(Tier.RED)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems())
                .allMatch(e -> e.villageId() == someone.villageId() && e.tier() == Tier.RED);
    }

    private Node popupCell(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(
                (Node n) -> n instanceof javafx.scene.control.ListCell<?> c && text.equals(c.getText())).query();
    }

    @Test
    void addingAPersonThroughTheForm(FxRobot robot) {
        robot.clickOn("#ledger-add");
        robot.clickOn("#form-name").write("Tester Li");
        robot.clickOn("#form-resident-id").write(NEW_ID);
        robot.clickOn("#form-village");
        robot.clickOn(popupCell(robot, all.get(0).villageName()));
        robot.clickOn("#form-phone").write("13800138000");
        WaitForAsyncUtils.waitForFxEvents();
        Button save = robot.lookup("#form-save").queryButton();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-save").tryQuery()).as("the form closed").isEmpty();
        long id = ledger.findIdByResidentId(NEW_ID).orElseThrow();
        assertThat(ledger.find(id).orElseThrow().name()).isEqualTo("Tester Li");
        assertThat(ledger.find(id).orElseThrow().birthDate()).isEqualTo(java.time.LocalDate.of(1943, 5, 20));
        assertThat(table(robot).getItems()).hasSize(all.size() + 1)
                .anyMatch(e -> e.personId() == id);
        assertThat(count(robot)).isEqualTo(zh.format("ledger.count", all.size() + 1, all.size() + 1));
    }

    @Test
    void editingAPerson(FxRobot robot) {
        LedgerEntry first = table(robot).getItems().get(0);
        robot.doubleClickOn(robot.lookup("#ledger-table .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TextField phone = robot.lookup("#form-phone").queryAs(TextField.class);
        robot.clickOn(phone).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write("13700001111");
        robot.clickOn("#form-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ledger.find(first.personId()).orElseThrow().phone()).isEqualTo("13700001111");
        assertThat(ledger.history(first.personId())).first().satisfies(c -> {
            assertThat(c.field()).isEqualTo("phone");
            assertThat(c.changedBy()).isEqualTo("测试员");
        });
        assertThat(table(robot).getItems()).anyMatch(e -> e.personId() == first.personId()
                && "13700001111".equals(e.phone()));
        assertThat(table(robot).getItems()).hasSize(all.size());
    }

    @Test
    void anInvalidIdIsRefusedWithTheMessageAtTheFieldAndNothingSaved(FxRobot robot) {
        robot.clickOn("#ledger-add");
        robot.clickOn("#form-name").write("Tester Wang");
        robot.clickOn("#form-village");
        robot.clickOn(popupCell(robot, all.get(0).villageName()));
        char good = NEW_ID.charAt(17);
        String wrongCheck = NEW_ID.substring(0, 17) + (good == '1' ? '2' : '1');
        robot.clickOn("#form-resident-id").write(wrongCheck);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#error-resident-id").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("校验位不正确，请对照身份证核对");
        Button save = robot.lookup("#form-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn(save);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TextField id = robot.lookup("#form-resident-id").queryAs(TextField.class);
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write("5.00235E+17");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getText()).contains("Excel").contains("科学计数法");
        assertThat(save.isDisabled()).isTrue();

        assertThat(ledger.loadEntries()).hasSize(all.size());
        assertThat(ledger.findIdByResidentId(wrongCheck)).isEmpty();
        assertThat(table(robot).getItems()).hasSize(all.size());
    }

    @Test
    void anIdIsRevealedForOneRowOnlyAndHiddenAgain(FxRobot robot) {
        LedgerEntry first = table(robot).getItems().get(0);
        Node row = robot.lookup("#ledger-table .table-row-cell").nth(0).query();
        Label id = robot.from(row).lookup(".resident-id").queryAs(Label.class);
        assertThat(id.getText()).isEqualTo(ResidentIds.mask(first.residentId())).contains("********");
        robot.clickOn(robot.from(row).lookup(".reveal-button").queryButton());
        assertThat(id.getText()).isEqualTo(first.residentId());
        Node second = robot.lookup("#ledger-table .table-row-cell").nth(1).query();
        assertThat(robot.from(second).lookup(".resident-id").queryAs(Label.class).getText()).contains("********");
        robot.clickOn(robot.from(row).lookup(".reveal-button").queryButton());
        assertThat(id.getText()).contains("********");
    }

    @Test
    void aPersonLeavesTheLedgerWithReasonAndDate(FxRobot robot) {
        LedgerEntry first = table(robot).getItems().get(0);
        robot.clickOn(robot.lookup("#ledger-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#ledger-leave");
        robot.clickOn("#leave-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).hasSize(all.size() - 1).noneMatch(e -> e.personId() == first.personId());
        assertThat(ledger.find(first.personId()).orElseThrow().departure()).isNotNull();
        assertThat(ledger.loadEntries()).hasSize(all.size() - 1);
    }
}
