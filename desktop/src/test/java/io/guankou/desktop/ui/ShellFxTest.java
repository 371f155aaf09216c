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
import io.guankou.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Navigation, the placeholders of views still to come, and applying new tier rules from the settings. */
@ExtendWith(ApplicationExtension.class)
class ShellFxTest {

    Database db;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages en = Messages.of(Language.EN);

    @Start
    void start(Stage stage) throws IOException {
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-shell")));
        AppContext ctx = AppContext.open(db, false, en, UserSettings.inMemory(Language.EN, "tester"),
                TestClocks.FIXED);
        MainWindow window = ctx.mainWindow(stage, runner);
        window.show(stage);
        assertThat(stage.getTitle()).startsWith("Guankou — ").doesNotContain("DEMO");
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    @Test
    void viewsStillToComeSayso(FxRobot robot) {
        robot.clickOn("#nav-data_exchange"); // without an exchange service the data exchange is still to come
        assertThat(robot.lookup(".placeholder").queryAs(Label.class).getText())
                .isEqualTo(en.get("placeholder.later"));
        robot.clickOn("#nav-meeting");
        assertThat(robot.lookup("#meeting-tiles").tryQuery()).isPresent();
        robot.clickOn("#nav-ledger");
        assertThat(robot.lookup("#ledger-table").tryQuery()).isPresent();
        assertThat(robot.lookup("#demo-banner").tryQuery()).isEmpty();
    }

    @Test
    void applyingStricterRulesReportsHowManyTiersChanged(FxRobot robot) {
        robot.clickOn("#nav-settings");
        Spinner<Integer> green = robot.lookup("#settings-green-max").query();
        Spinner<Integer> yellow = robot.lookup("#settings-yellow-max").query();
        robot.interact(() -> {
            green.getValueFactory().setValue(0);
            yellow.getValueFactory().setValue(1);
        });
        robot.clickOn("#settings-apply");
        WaitForAsyncUtils.waitForFxEvents();
        String result = robot.lookup("#settings-result").queryAs(Label.class).getText();
        assertThat(result).startsWith("The tier of ").contains("persons changed");
        assertThat(result).doesNotStartWith("The tier of 0 ");
    }
}
