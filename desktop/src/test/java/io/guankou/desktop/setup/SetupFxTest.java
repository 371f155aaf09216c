package io.guankou.desktop.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.app.DataPaths;
import io.guankou.desktop.app.FirstRun;
import io.guankou.desktop.app.SetupLedgers;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.place.Township;
import io.guankou.model.place.Village;
import io.guankou.persistence.Database;
import io.guankou.persistence.demo.DemoOptions;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * A new office's first day, from an empty data folder: the set-up window, then the main window over the new
 * ledger, with the Excel import opened at once when asked for. File dialogs are answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class SetupFxTest {

    Path dir;
    DataPaths paths;
    Stage stage;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final AtomicReference<Path> toOpen = new AtomicReference<>();
    final AtomicReference<AppContext> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("guankou-fx-setup");
        paths = new DataPaths(dir.resolve("data"));
        Messages zh = Messages.of(Language.ZH);
        SetupLedgers ledgers = new SetupLedgers(paths.ledgerFile(), paths.demoFile(),
                new DemoOptions(30, 11L, TestClocks.TODAY), zh, UserSettings.inMemory(Language.ZH, "王医生"),
                TestClocks.FIXED);
        FilePicker picker = new FilePicker() {
            @Override
            public Path sheetToImport(Window owner) {
                return toOpen.get();
            }

            @Override
            public Path saveXlsx(Window owner, String titleKey, String suggestedName) {
                return null;
            }
        };
        new FirstRun(ledgers, paths.ledgerFile(), zh, picker).show(stage, runner, opened::set);
    }

    @AfterEach
    void close() {
        if (opened.get() != null) {
            opened.get().close();
        }
        assertThat(runner.errors).isEmpty();
    }

    private void township(FxRobot robot, String code, String name) {
        robot.clickOn("#setup-code").write(code);
        TextField field = robot.lookup("#setup-name").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void fromAnEmptyDataFolderToAnImportedLedger(FxRobot robot) {
        assertThat(Files.exists(paths.dataDir())).isFalse();
        assertThat(stage.getTitle()).isEqualTo("关口 — 新建本乡镇台账");

        // a code still short is said when the field is left; a name is required
        robot.clickOn("#setup-code").write("5001011");
        robot.clickOn("#setup-name");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#setup-code-message")).isEqualTo("乡镇代码应为 9 位数字");
        robot.clickOn("#setup-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#setup-name-message")).isEqualTo("未填写");
        assertThat(robot.lookup("#setup-import").tryQuery()).as("still on the first page").isEmpty();

        robot.doubleClickOn("#setup-code").eraseText(7);
        township(robot, "500101001", "平安镇");
        assertThat(text(robot, "#setup-code-message")).isEmpty();
        robot.clickOn("#setup-age-65");
        // a key passphrase too short is said at its field; none at all is allowed
        robot.clickOn("#setup-key-passphrase").write("1234567");
        robot.clickOn("#setup-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#setup-key-passphrase-message")).isEqualTo("口令至少要 8 个字符");
        assertThat(robot.lookup("#setup-import").tryQuery()).as("still on the first page").isEmpty();
        robot.clickOn("#setup-key-passphrase").eraseText(7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#setup-key-passphrase-message")).isEmpty();
        robot.clickOn("#setup-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#setup-summary")).isEqualTo("平安镇（500101001）· 收录 65 岁及以上人员 · 密钥未设口令（不推荐）");
        assertThat(text(robot, "#setup-file")).contains(paths.ledgerFile().toString());

        // import now: the ledger is created, the main window opens and at once the import asks for the sheet
        toOpen.set(SetupSheets.write(dir.resolve("平安镇重点人群台账.xlsx")));
        robot.clickOn("#setup-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("关口 — 平安镇");
        assertThat(robot.lookup("#demo-banner").tryQuery()).isEmpty();
        assertThat(robot.lookup("#import-root").tryQuery()).as("the import window").isPresent();

        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();
        // the new ledger has no villages yet: the user creates the sheet's villages with the import
        robot.clickOn("#import-villages-create-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).getText()).isEqualTo("导入 4 人，新建 2 个村");
        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#import-result")).startsWith("导入完成：新增 4 人").contains("新建 2 个村");
        robot.clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<LedgerEntry> ledger = robot.lookup("#ledger-table").queryTableView();
        assertThat(ledger.getItems()).extracting(LedgerEntry::name)
                .containsExactlyInAnyOrderElementsOf(SetupSheets.names());
        assertThat(ledger.getItems()).extracting(LedgerEntry::villageName)
                .containsOnly(SetupSheets.VILLAGE_A, SetupSheets.VILLAGE_B);

        // on disk: the office's ledger in the data folder, with the township and the imported persons
        try (Database db = Database.openExisting(paths.ledgerFile())) {
            Township township = new PlaceRepository(db).township();
            assertThat(township.code()).isEqualTo("500101001");
            assertThat(township.name()).isEqualTo("平安镇");
            assertThat(new PlaceRepository(db).villages()).extracting(Village::name)
                    .containsExactlyInAnyOrder(SetupSheets.VILLAGE_A, SetupSheets.VILLAGE_B);
            assertThat(new LedgerRepository(db, TestClocks.FIXED).loadEntries()).hasSize(4);
        }
        assertThat(paths.demoFile()).doesNotExist();
    }

    @Test
    void startingEmptyOpensAnEmptyLedger(FxRobot robot) {
        township(robot, "500101001", "平安镇");
        robot.clickOn("#setup-next");
        robot.clickOn("#setup-empty");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("关口 — 平安镇");
        TableView<LedgerEntry> ledger = robot.lookup("#ledger-table").queryTableView();
        assertThat(ledger.getItems()).isEmpty();
        assertThat(robot.lookup("#import-root").tryQuery()).as("no import asked for").isEmpty();
        assertThat(paths.ledgerFile()).exists();
        assertThat(opened.get().township().name()).isEqualTo("平安镇");
        assertThat(opened.get().isDemo()).isFalse();
    }

    @Test
    void aLedgerThatAppearedMeanwhileIsLeftAloneAndTheWindowSaysSo(FxRobot robot) throws IOException {
        township(robot, "500101001", "平安镇");
        robot.clickOn("#setup-next");
        Files.createDirectories(paths.dataDir());
        Files.writeString(paths.ledgerFile(), "created by guankou init meanwhile");
        robot.clickOn("#setup-empty");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#setup-error")).startsWith("未新建台账：").contains(paths.ledgerFile().toString(),
                "从不覆盖");
        assertThat(stage.getTitle()).as("still the set-up").isEqualTo("关口 — 新建本乡镇台账");
        assertThat(Files.readString(paths.ledgerFile())).isEqualTo("created by guankou init meanwhile");
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }

    @Test
    void theDemoIsOneClickAwayAndMarkedAsTheDemo(FxRobot robot) {
        robot.clickOn("#setup-demo");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).endsWith("【演示数据】");
        assertThat(text(robot, "#demo-banner")).startsWith("演示数据");
        assertThat(robot.lookup("#ledger-table").queryTableView().getItems()).isNotEmpty();
        assertThat(paths.demoFile()).exists();
        assertThat(paths.ledgerFile()).as("the office's ledger is not created by the demo").doesNotExist();
    }

    @Test
    void quittingTheSetUpClosesTheWindowAndCreatesNothing(FxRobot robot) {
        township(robot, "500101001", "平安镇");
        robot.clickOn("#setup-next");
        robot.clickOn("#setup-back");
        assertThat(robot.lookup("#setup-code").queryAs(TextField.class).getText()).isEqualTo("500101001");
        robot.clickOn("#setup-quit");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isFalse();
        assertThat(opened.get()).isNull();
        assertThat(paths.ledgerFile()).doesNotExist();
    }
}
