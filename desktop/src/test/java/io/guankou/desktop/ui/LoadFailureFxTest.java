package io.guankou.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.BrokenTable;
import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Views whose data did not load say so with the reason and a retry, and keep the actions that need the data
 * disabled until it has loaded: here the settings (stored in a table hidden at start-up) and the ledger.
 */
@ExtendWith(ApplicationExtension.class)
class LoadFailureFxTest {

    Database db;
    BrokenTable broken;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);

    @Start
    void start(Stage stage) throws IOException {
        Path file = TestTownship.copyInto(Files.createTempDirectory("guankou-load-failure"));
        db = Database.open(file);
        AppContext ctx = AppContext.open(db, false, zh, UserSettings.inMemory(Language.ZH, "tester"),
                TestClocks.FIXED);
        broken = BrokenTable.hide(file, "setting");
        MainWindow window = ctx.mainWindow(stage, runner);
        window.show(stage);
    }

    @AfterEach
    void close() {
        broken.close();
        db.close();
    }

    @Test
    void settingsThatDidNotLoadShowWhyAndLoadOnRetry(FxRobot robot) {
        robot.clickOn("#nav-settings");
        Node bar = robot.lookup("#settings-load-failure").query();
        assertThat(bar.isVisible()).isTrue();
        String reason = robot.lookup("#settings-load-failure-reason").queryAs(Label.class).getText();
        assertThat(reason).startsWith("未能加载：");
        assertThat(robot.lookup("#settings-apply").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#followup-apply").queryButton().isDisabled()).isTrue();

        broken.close();
        robot.clickOn("#settings-load-failure-retry");
        robot.clickOn("#followup-load-failure-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).isFalse();
        assertThat(robot.lookup("#settings-apply").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#followup-apply").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theLedgerNeedsNoSettingsTableButTheRulesInIt(FxRobot robot) {
        // the ledger reads the tier rules from the same table: it fails too, and says so
        Node bar = robot.lookup("#ledger-load-failure").query();
        assertThat(bar.isVisible()).isTrue();
        Button add = robot.lookup("#ledger-add").queryButton();
        assertThat(add.isDisabled()).isTrue();
        broken.close();
        robot.clickOn("#ledger-load-failure-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).isFalse();
        assertThat(add.isDisabled()).isFalse();
    }
}
