package io.guankou.desktop.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.sheet.ValueAnswer;
import java.io.IOException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The value-mapping section of the import preview, headless (issue 10): map the values the parser does not know,
 * import, import a file with the same headers again and find the answers remembered.
 */
@ExtendWith(ApplicationExtension.class)
class ImportValuesFxTest {

    ImportFxFixture fx;

    @Start
    void start(Stage stage) throws IOException {
        fx = new ImportFxFixture(stage, "guankou-fx-import-values");
    }

    @AfterEach
    void close() {
        fx.close();
        assertThat(fx.runner.errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ValueAnswer> answer(FxRobot robot, int i) {
        return robot.lookup("#import-value-" + i).queryAs(ComboBox.class);
    }

    private static String shown(FxRobot robot, int i) {
        ComboBox<ValueAnswer> c = answer(robot, i);
        return c.getValue() == null ? null : c.getConverter().toString(c.getValue());
    }

    /** Picks the answer labelled {@code label}, as a user's click in the list does. */
    private static void pick(FxRobot robot, int i, String label) {
        ComboBox<ValueAnswer> c = answer(robot, i);
        ValueAnswer item = c.getItems().stream().filter(a -> c.getConverter().toString(a).equals(label))
                .findFirst().orElseThrow();
        robot.interact(() -> c.getSelectionModel().select(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean importDisabled(FxRobot robot) {
        return robot.lookup("#import-apply").queryAs(Button.class).isDisabled();
    }

    @Test
    void valuesAreMappedImportedAndRememberedForTheNextFileWithTheSameHeaders(FxRobot robot) {
        TableView<LedgerEntry> ledger = robot.lookup("#ledger-table").queryTableView();
        int before = ledger.getItems().size();
        fx.open(robot, ImportSheets.unknownValues(fx.dir, "田家村台账.xlsx", fx.village.name()));
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();

        // four values, each asked once, the import waiting for them
        assertThat(robot.lookup("#import-values").tryQuery()).isPresent();
        assertThat(text(robot, "#import-values-unanswered")).isEqualTo("还有 4 个未选择");
        assertThat(robot.lookup("#import-filter-WAITING").queryAs(ToggleButton.class).getText()).isEqualTo("待定 3");
        assertThat(importDisabled(robot)).isTrue();
        assertThat(text(robot, "#import-values-waiting")).isEqualTo("还有 4 个取值未选择，选择后才能导入");
        assertThat(answer(robot, 1).getItems()).extracting(a -> answer(robot, 1).getConverter().toString(a))
                .containsExactly("未接种", "未全程", "已全程", "已加强", "留空");
        assertThat(answer(robot, 2).getItems()).extracting(a -> answer(robot, 2).getConverter().toString(a))
                .containsExactly("已签约（日期不详）", "未签约", "留空");
        assertThat(shown(robot, 1)).isNull();

        // answer two, leave the rest empty
        pick(robot, 1, "已加强");
        pick(robot, 2, "已签约（日期不详）");
        assertThat(text(robot, "#import-values-unanswered")).isEqualTo("还有 2 个未选择");
        assertThat(importDisabled(robot)).isTrue();
        robot.clickOn("#import-values-leave-empty");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#import-values-unanswered")).isEqualTo("已全部选择");
        assertThat(shown(robot, 0)).isEqualTo("留空");
        assertThat(shown(robot, 3)).isEqualTo("留空");
        assertThat(robot.lookup("#import-filter-WAITING").queryAs(ToggleButton.class).isVisible()).isFalse();
        assertThat(robot.lookup("#import-filter-ADD").queryAs(ToggleButton.class).getText()).isEqualTo("新增 4");
        assertThat(importDisabled(robot)).isFalse();

        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#import-result")).startsWith("导入完成：新增 4 人");
        robot.clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger.getItems()).hasSize(before + 4);
        assertThat(ledger.getItems()).filteredOn(e -> e.name().equals("田守义")).singleElement()
                .satisfies(e -> assertThat(e.vaccination()).hasToString("BOOSTER"));

        // next month's file with the same headers: the answers are remembered, nothing to ask
        fx.open(robot, ImportSheets.unknownValuesAgain(fx.dir, "田家村台账-12月.xlsx", fx.village.name()));
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, 0)).isEqualTo("留空");
        assertThat(shown(robot, 1)).isEqualTo("已加强");
        assertThat(shown(robot, 2)).isEqualTo("已签约（日期不详）");
        assertThat(shown(robot, 3)).isEqualTo("留空");
        assertThat(text(robot, "#import-values-unanswered")).isEqualTo("已全部选择");
        assertThat(importDisabled(robot)).isFalse();
        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger.getItems()).filteredOn(e -> e.name().equals("柴一禾")).singleElement()
                .satisfies(e -> assertThat(e.vaccination()).hasToString("BOOSTER"));
    }
}
