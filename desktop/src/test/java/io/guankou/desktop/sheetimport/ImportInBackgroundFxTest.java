package io.guankou.desktop.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.task.FxTaskRunner;
import io.guankou.model.ledger.LedgerEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
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
 * The import with the application's own runner: file and database work on worker threads, results back on
 * the FX thread. Any property touched from a worker would throw or hang here.
 */
@ExtendWith(ApplicationExtension.class)
class ImportInBackgroundFxTest {

    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    FxTaskRunner runner;
    ImportFxFixture fx;

    @Start
    void start(Stage stage) throws IOException {
        runner = new FxTaskRunner(2);
        fx = new ImportFxFixture(stage, "guankou-fx-import-bg", runner);
    }

    @AfterEach
    void close() {
        runner.close();
        fx.close();
        assertThat(errors).isEmpty();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStepsRunOffTheFxThread(FxRobot robot) throws TimeoutException {
        TableView<LedgerEntry> ledger = robot.lookup("#ledger-table").queryTableView();
        waitUntil(() -> !ledger.getItems().isEmpty());
        int before = ledger.getItems().size();
        Path file = ImportSheets.ledger(fx.dir, "台账.xlsx", fx.village.name(), fx.existing);

        fx.open(robot, file);
        waitUntil(() -> robot.lookup("#import-next").tryQuery().isPresent());
        robot.clickOn("#import-next");
        waitUntil(() -> robot.lookup("#import-filter-ADD").tryQuery().isPresent()
                && !robot.lookup("#import-apply").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#import-filter-ADD").queryAs(ToggleButton.class).getText()).isEqualTo("新增 2");

        robot.clickOn("#import-villages-create-all");
        waitUntil(() -> robot.lookup("#import-filter-ADD").queryAs(ToggleButton.class).getText().equals("新增 3")
                && !robot.lookup("#import-apply").queryAs(Button.class).isDisabled());
        robot.clickOn("#import-apply");
        waitUntil(() -> robot.lookup("#import-result").tryQuery().isPresent());
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText())
                .isEqualTo("导入完成：新增 3 人，更新 1 人，新建 1 个村（社区）");

        Path rejected = fx.dir.resolve("rejected.xlsx");
        fx.saveTo.set(rejected);
        robot.clickOn("#import-save-rejected");
        waitUntil(() -> robot.lookup("#import-status").queryAs(Label.class).getText().startsWith("已保存"));
        assertThat(SheetImportViewModelTest.read(rejected)).hasSize(4);

        robot.clickOn("#import-close");
        waitUntil(() -> ledger.getItems().size() == before + 3);
        assertThat(ledger.getItems()).extracting(LedgerEntry::name).contains(ImportSheets.NEW_NAME);
    }
}
