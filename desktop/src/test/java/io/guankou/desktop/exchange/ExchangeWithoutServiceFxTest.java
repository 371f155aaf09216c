package io.guankou.desktop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Until the composition root is given an exchange service, the data-exchange item says it comes later. */
@ExtendWith(ApplicationExtension.class)
class ExchangeWithoutServiceFxTest {

    Database db;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);

    @Start
    void start(Stage stage) throws IOException {
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-no-exchange")));
        AppContext ctx = AppContext.open(db, false, zh, UserSettings.inMemory(Language.ZH, "王主任"),
                TestClocks.FIXED);
        ctx.mainWindow(stage, runner).show(stage);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    @Test
    void theItemIsThereAndSaysItComesLater(FxRobot robot) {
        robot.clickOn("#nav-data_exchange");
        assertThat(robot.lookup(".placeholder").queryAs(Label.class).getText()).isEqualTo(zh.get("placeholder.later"));
        assertThat(robot.lookup("#exchange-tabs").tryQuery()).isEmpty();
    }
}
