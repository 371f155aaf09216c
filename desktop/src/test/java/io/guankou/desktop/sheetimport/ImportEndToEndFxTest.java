package io.guankou.desktop.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.ui.Choice;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.sheet.SheetRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** From the ledger's "Import Excel" button to the new persons in the ledger and the rejected rows on disk. */
@ExtendWith(ApplicationExtension.class)
class ImportEndToEndFxTest {

    ImportFxFixture fx;

    @Start
    void start(Stage stage) throws IOException {
        fx = new ImportFxFixture(stage, "guankou-fx-import-e2e");
    }

    @AfterEach
    void close() {
        fx.close();
        assertThat(fx.runner.errors).isEmpty();
    }

    private static String toggle(FxRobot robot, String action) {
        return robot.lookup("#import-filter-" + action).queryAs(ToggleButton.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSheetIsImportedAndTheLedgerShowsTheNewPersons(FxRobot robot) {
        TableView<LedgerEntry> ledger = robot.lookup("#ledger-table").queryTableView();
        int before = ledger.getItems().size();
        fx.open(robot, ImportSheets.ledger(fx.dir, "前进村台账.xlsx", fx.village.name(), fx.existing));
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();

        // the preview
        assertThat(toggle(robot, "ADD")).isEqualTo("新增 2");
        assertThat(toggle(robot, "UPDATE")).isEqualTo("更新 1");
        assertThat(toggle(robot, "UNCHANGED")).isEqualTo("无变化 0");
        assertThat(toggle(robot, "REJECTED")).isEqualTo("不能导入 4");
        TableView<?> rows = robot.lookup("#import-preview-table").queryAs(TableView.class);
        assertThat(rows.getItems()).hasSize(7);
        robot.clickOn("#import-filter-REJECTED");
        assertThat(rows.getItems()).hasSize(3);
        robot.clickOn("#import-filter-REJECTED");
        assertThat(rows.getItems()).hasSize(7);
        CheckBox keep = robot.lookup("#import-keep-tier").queryAs(CheckBox.class);
        assertThat(keep.isSelected()).isFalse();
        assertThat(robot.lookup("#import-tier-differences").queryAs(Label.class).getText()).contains("1 人");
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).getText()).isEqualTo("导入 3 人");

        // the new village: create it
        ChoiceBox<VillageDecision.Kind> kind = robot.lookup("#import-village-kind-0").queryAs(ChoiceBox.class);
        assertThat(kind.getValue()).isEqualTo(VillageDecision.Kind.SKIP);
        robot.interact(() -> kind.setValue(VillageDecision.Kind.CREATE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toggle(robot, "ADD")).isEqualTo("新增 3");
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).getText()).isEqualTo("导入 4 人，新建 1 个村");

        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText())
                .isEqualTo("导入完成：新增 3 人，更新 1 人，新建 1 个村（社区）");

        // the rejected rows, to correct and import again
        Path rejected = fx.dir.resolve("不能导入.xlsx");
        fx.saveTo.set(rejected);
        robot.clickOn("#import-save-rejected");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rejected).exists();
        assertThat(robot.lookup("#import-status").queryAs(Label.class).getText()).startsWith("已保存 3 行");
        List<SheetRow> back = SheetImportViewModelTest.read(rejected);
        assertThat(back).hasSize(4);
        assertThat(back.get(0).cells()).containsExactly("导入错误（改正后可再次导入）", "序号", "姓名", "身份证号码",
                "联系电话", "所在村", "基础疾病", "疫苗接种情况", "风险等级");
        assertThat(back.subList(1, 4)).extracting(r -> r.cell(2)).containsExactly(ImportSheets.DAMAGED_NAME, "孔一",
                "孔二");
        assertThat(back.get(1).cell(0)).startsWith("身份证号");

        Window importWindow = robot.lookup("#import-root").query().getScene().getWindow();
        robot.clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(importWindow.isShowing()).isFalse();

        // the ledger loaded again: the new persons, the new village among the filters
        assertThat(ledger.getItems()).hasSize(before + 3);
        assertThat(ledger.getItems()).extracting(LedgerEntry::name).contains(ImportSheets.NEW_NAME,
                ImportSheets.RED_NAME, ImportSheets.NEW_VILLAGE_PERSON);
        assertThat(ledger.getItems()).filteredOn(e -> e.personId() == fx.existing.personId()).singleElement()
                .satisfies(e -> assertThat(e.phone()).isEqualTo("13912345607"));
        ComboBox<Choice<Long>> villages = robot.lookup("#filter-village").queryAs(ComboBox.class);
        assertThat(villages.getItems()).extracting(Choice::label).contains(ImportSheets.VILLAGE_NAME);
        assertThat(Files.exists(rejected)).isTrue();
    }

    @Test
    void theRowsThatCannotBeImportedCanBeSavedFromThePreviewBeforeAnythingIsWritten(FxRobot robot) {
        TableView<LedgerEntry> ledger = robot.lookup("#ledger-table").queryTableView();
        int before = ledger.getItems().size();
        fx.open(robot, ImportSheets.ledger(fx.dir, "先改错.xlsx", fx.village.name(), fx.existing));
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();

        Path rejected = fx.dir.resolve("先改错-不能导入.xlsx");
        fx.saveTo.set(rejected);
        robot.clickOn("#import-preview-save-rejected");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-status").queryAs(Label.class).getText()).startsWith("已保存 4 行");
        List<SheetRow> back = SheetImportViewModelTest.read(rejected);
        assertThat(back).as("header and the four rejected rows, the unknown village's among them").hasSize(5);
        assertThat(back.subList(1, 5)).extracting(r -> r.cell(0)).anySatisfy(e -> assertThat(e).contains("台账中没有这个村"));
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).as("still in the preview").isFalse();
        robot.clickOn("#import-preview-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger.getItems()).as("nothing imported").hasSize(before);
    }
}
