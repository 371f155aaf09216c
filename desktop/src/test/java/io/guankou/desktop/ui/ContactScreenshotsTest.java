package io.guankou.desktop.ui;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.Database;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Screenshots of the contact form for docs/ (not a check: runs only with {@code -Dguankou.screenshots=DIR}). */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "guankou.screenshots", matches = ".+")
class ContactScreenshotsTest {

    Database db;
    AppContext ctx;
    Stage stage;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("guankou-shots");
        db = Database.open(TestTownship.copyInto(dir));
        ctx = AppContext.open(db, true, Messages.of(Language.ZH), UserSettings.inMemory(Language.ZH, "王医生"),
                TestClocks.FIXED);
        ctx.mainWindow(stage, runner).show(stage);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void contactForm(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("guankou.screenshots"));
        Files.createDirectories(out);
        ContactRepository contacts = new ContactRepository(db, TestClocks.FIXED);
        // someone with many contacts shows the history in the header
        LedgerEntry someone = new LedgerRepository(db, TestClocks.FIXED).loadEntries().stream()
                .max(Comparator.comparingInt((LedgerEntry e) -> contacts.forPerson(e.personId()).size()))
                .orElseThrow();
        robot.interact(() -> ctx.contactRecorder(runner).record(stage, someone, id -> Optional.of(someone), s -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        Scene form = robot.lookup("#contact-save").query().getScene();
        robot.targetWindow(form.getWindow());
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.TAB);
        }
        robot.write("89");
        save(form, out.resolve("contact-form-warning-zh.png"));
        robot.push(KeyCode.ENTER);
        save(form, out.resolve("contact-form-referral-zh.png"));
    }

    private static void save(Scene scene, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
