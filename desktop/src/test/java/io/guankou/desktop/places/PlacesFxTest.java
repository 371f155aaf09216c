package io.guankou.desktop.places;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.ui.Choice;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.Database;
import io.guankou.persistence.ledger.LedgerRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The places editor through its controls, headless: add a grid, rename a village and read its history, merge. */
@ExtendWith(ApplicationExtension.class)
class PlacesFxTest {

    Database db;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);
    LedgerRepository ledger;

    @Start
    void start(Stage stage) throws IOException {
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-places")));
        ledger = new LedgerRepository(db, TestClocks.FIXED);
        AppContext ctx = AppContext.open(db, false, zh, UserSettings.inMemory(Language.ZH, "王主任"),
                TestClocks.FIXED);
        MainWindow window = ctx.mainWindow(stage, runner);
        window.show(stage);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private void openTab(FxRobot robot, int index) {
        robot.clickOn("#nav-places");
        TabPane tabs = robot.lookup("#places-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    private static <R> R row(TableView<R> table, java.util.function.Predicate<R> which) {
        return table.getItems().stream().filter(which).findFirst().orElseThrow();
    }

    private static void choose(FxRobot robot, ComboBox<Choice<Long>> combo, String label) {
        Choice<Long> c = combo.getItems().stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow();
        robot.interact(() -> combo.setValue(c));
    }

    @Test
    void aGridIsAddedWithAMessageAtEachFieldUntilItCanBeSaved(FxRobot robot) {
        openTab(robot, 1);
        robot.clickOn("#grids-add");
        assertThat(robot.lookup("#grid-form-title").queryAs(Label.class).getText())
                .isEqualTo(zh.get("places.grid.new"));
        assertThat(robot.lookup("#grid-name-error").queryAs(Label.class).getText())
                .as("not greeted in red before typing").isEmpty();
        assertThat(robot.lookup("#grid-save").queryAs(Button.class).isDisabled()).isTrue();

        choose(robot, robot.lookup("#grid-village").queryComboBox(), "龙洞村");
        assertThat(robot.lookup("#grid-name-error").queryAs(Label.class).getText())
                .isEqualTo(zh.get("enum.PlaceProblem.Kind.REQUIRED"));
        robot.clickOn("#grid-name").write("第一网格");
        assertThat(robot.lookup("#grid-name-error").queryAs(Label.class).getText())
                .isEqualTo(zh.get("enum.PlaceProblem.Kind.NAME_TAKEN_IN_VILLAGE"));
        robot.doubleClickOn("#grid-name").write("新增网格");
        assertThat(robot.lookup("#grid-name").queryAs(TextField.class).getText()).isEqualTo("新增网格");
        ComboBox<Choice<Long>> team = robot.lookup("#grid-team").queryComboBox();
        assertThat(team.getItems()).extracting(Choice::label).contains("龙洞村第一网格包保小分队")
                .allMatch(l -> l.startsWith("龙洞村") || l.equals(zh.get("places.none")));
        choose(robot, team, "龙洞村第一网格包保小分队");
        robot.clickOn("#grid-save");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<GridsViewModel.Row> table = robot.lookup("#grids-table").queryTableView();
        GridsViewModel.Row added = row(table, r -> r.name().equals("新增网格"));
        assertThat(added.villageName()).isEqualTo("龙洞村");
        assertThat(added.teamName()).isEqualTo("龙洞村第一网格包保小分队");
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(added);
        assertThat(robot.lookup("#grid-notice").queryAs(Label.class).getText()).isEqualTo(zh.get("places.saved"));
        assertThat(robot.lookup("#grid-form-title").queryAs(Label.class).getText()).contains("新增网格");
    }

    @Test
    void aRenamedVillageShowsTheChangeInItsHistory(FxRobot robot) {
        openTab(robot, 0);
        TableView<VillagesViewModel.Row> table = robot.lookup("#villages-table").queryTableView();
        VillagesViewModel.Row longdong = row(table, r -> r.name().equals("龙洞村"));
        robot.interact(() -> table.getSelectionModel().select(longdong));
        TextField name = robot.lookup("#village-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("龙洞村");
        assertThat(robot.lookup("#village-history").queryListView().getItems()).isEmpty();
        robot.interact(() -> name.setText(""));
        assertThat(robot.lookup("#village-name-error").queryAs(Label.class).getText())
                .isEqualTo(zh.get("enum.PlaceProblem.Kind.REQUIRED"));
        robot.clickOn("#village-name").write("龙洞新村");
        robot.clickOn("#village-save");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> history = robot.lookup("#village-history").queryListView();
        assertThat(history.getItems()).hasSize(1);
        String line = robot.lookup("#village-history .list-cell").queryAs(javafx.scene.control.ListCell.class)
                .getText();
        assertThat(line).isEqualTo("2026-11-20 10:00  王主任：名称 由“龙洞村”改为“龙洞新村”");
        assertThat(row(table, r -> r.id() == longdong.id()).name()).isEqualTo("龙洞新村");
        // the ledger's village filter follows
        robot.clickOn("#nav-ledger");
        ComboBox<Choice<Long>> filter = robot.lookup("#filter-village").queryComboBox();
        assertThat(filter.getItems()).extracting(Choice::label).contains("龙洞新村").doesNotContain("龙洞村");
    }

    @Test
    void twoVillagesAreMergedAndTheLedgerFollows(FxRobot robot) {
        openTab(robot, 0);
        TableView<VillagesViewModel.Row> table = robot.lookup("#villages-table").queryTableView();
        VillagesViewModel.Row from = row(table, r -> r.name().equals("双河村"));
        VillagesViewModel.Row into = row(table, r -> r.name().equals("龙洞村"));
        List<Long> persons = ledger.loadEntries().stream().filter(e -> e.villageId() == from.id())
                .map(LedgerEntry::personId).toList();
        assertThat(persons).isNotEmpty();
        robot.interact(() -> table.getSelectionModel().select(from));
        robot.clickOn("#village-remove");
        WaitForAsyncUtils.waitForFxEvents();
        String summary = robot.lookup("#removal-summary").queryAs(Label.class).getText();
        assertThat(summary).startsWith("“双河村”下有 " + persons.size() + " 名台账人员、");
        Button merge = robot.lookup("#removal-merge").queryButton();
        assertThat(merge.isDisabled()).isTrue();
        choose(robot, robot.lookup("#removal-target").queryComboBox(), "龙洞村");
        assertThat(merge.isDisabled()).isFalse();
        robot.clickOn(merge);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#removal-summary").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(table.getItems()).extracting(VillagesViewModel.Row::name).doesNotContain("双河村");
        assertThat(row(table, r -> r.id() == into.id()).persons()).isEqualTo(into.persons() + from.persons());
        assertThat(robot.lookup("#village-notice").queryAs(Label.class).getText())
                .isEqualTo(zh.format("places.merged", "双河村", "龙洞村", persons.size()));
        for (long p : persons) {
            assertThat(ledger.entry(p).villageName()).isEqualTo("龙洞村");
        }
        robot.clickOn("#nav-ledger");
        ComboBox<Choice<Long>> filter = robot.lookup("#filter-village").queryComboBox();
        assertThat(filter.getItems()).extracting(Choice::label).doesNotContain("双河村");
        Node ledgerTable = robot.lookup("#ledger-table").query();
        assertThat(((TableView<?>) ledgerTable).getItems()).hasSize(ledger.loadEntries().size());
    }
}
