package io.guankou.desktop.exchange;

import io.guankou.persistence.exchange.TableCounts;
import io.guankou.model.exchange.merge.ConflictChoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.app.AppContext;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.prefs.UserSettings;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * The data-exchange view through its controls, headless, over a fake service: a delta for the county written to
 * the stick found, then a package imported (verify, preview, apply) that leaves conflicts, decided in the list.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeFxTest {

    Database db;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);
    FakeExchangeService fake = new FakeExchangeService();
    Path dir;
    Path stick;
    final AtomicReference<Path> toOpen = new AtomicReference<>();
    final AtomicReference<Path> folder = new AtomicReference<>();
    final AtomicReference<Path> keyFile = new AtomicReference<>();

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("guankou-exchange");
        stick = Files.createDirectories(dir.resolve("media/wang/KINGSTON"));
        fake.drives = List.of(stick);
        fake.countyDelta();
        fake.strangerFull(null);
        db = Database.open(TestTownship.copyInto(dir));
        AppContext ctx = AppContext.open(db, false, zh, UserSettings.inMemory(Language.ZH, "王主任"),
                TestClocks.FIXED);
        ctx.useExchangeService(fake);
        ctx.useFilePicker(new FilePicker() {
            @Override
            public Path sheetToImport(Window owner) {
                return null;
            }

            @Override
            public Path saveXlsx(Window owner, String titleKey, String suggestedName) {
                return null;
            }

            @Override
            public Path packageToImport(Window owner) {
                return toOpen.get();
            }

            @Override
            public Path folder(Window owner, String titleKey, Path initial) {
                return folder.get();
            }

            @Override
            public Path publicKeyFile(Window owner) {
                return keyFile.get();
            }
        });
        MainWindow window = ctx.mainWindow(stage, runner);
        window.show(stage);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aDeltaForTheCountyIsWrittenToTheStickFoundAndTheStickMayThenBeRemoved(FxRobot robot) throws IOException {
        robot.clickOn("#nav-data_exchange");
        assertThat(text(robot, "#exchange-own-fingerprint")).isEqualTo(FakeExchangeService.OWN_FINGERPRINT);
        ListView<Path> drives = robot.lookup("#export-drives").queryListView();
        assertThat(drives.getItems()).containsExactly(stick);
        assertThat(drives.getSelectionModel().getSelectedItem()).isEqualTo(stick);
        assertThat(text(robot, "#export-destination")).isEqualTo(zh.format("exchange.export.destination", stick));

        RadioButton delta = robot.lookup("#export-kind-delta").queryAs(RadioButton.class);
        assertThat(delta.isDisabled()).as("the county acknowledged one of ours").isFalse();
        robot.clickOn("#export-kind-delta");
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        String file = "500235124-to-500235-0003-delta.gkpkg";
        assertThat(stick.resolve(file)).exists();
        assertThat(text(robot, "#export-result")).startsWith("已写入 " + file + "（793 KB，57 行，第 3 号）");
        assertThat(text(robot, "#export-may-remove")).isEqualTo("可以安全拔出U盘。");
        assertThat(delta.isSelected()).as("the reload after the export keeps the choice").isTrue();
        assertThat(robot.lookup("#export-run").query().getParent().isVisible()).as("the form gives way to the result").isFalse();

        // another package, to a folder picked: not a stick, so it says where the file is
        robot.clickOn("#export-another");
        Path other = Files.createDirectories(dir.resolve("out"));
        folder.set(other);
        robot.clickOn("#export-choose-folder");
        assertThat(drives.getSelectionModel().getSelectedItem()).isNull();
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#export-may-remove")).isEqualTo(zh.format("exchange.export.verifiedInFolder", other));

        robot.interact(() -> robot.lookup("#exchange-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        TableView<LoggedPackageRow> log = robot.lookup("#log-table").queryTableView();
        assertThat(log.getItems()).extracting(LoggedPackageRow::sequence).startsWith(4L, 3L);
    }

    @Test
    void aKeyFileOfANewRecipientShowsItsFingerprintAndWaitsForTheConfirmation(FxRobot robot) {
        robot.clickOn("#nav-data_exchange");
        keyFile.set(dir.resolve("stranger-keys.txt"));
        robot.clickOn("#export-to-key-file");
        robot.clickOn("#export-choose-key-file");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#export-key-file-info")).contains(FakeExchangeService.STRANGER_FINGERPRINT);
        CheckBox confirmed = robot.lookup("#export-key-file-confirmed").queryAs(CheckBox.class);
        assertThat(confirmed.isVisible()).isTrue();
        assertThat(robot.lookup("#export-run").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#export-missing")).isEqualTo(zh.get("exchange.export.missing.keyConfirmed"));

        robot.clickOn("#export-key-file-confirmed");
        assertThat(robot.lookup("#export-run").queryButton().isDisabled()).isFalse();
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fake.lastExport.recipient()).isEqualTo(new Recipient.KeyFile(dir.resolve("stranger-keys.txt"),
                java.util.Optional.of(FakeExchangeService.STRANGER_FINGERPRINT)));

        // a registered recipient's key file asks nothing
        robot.clickOn("#export-another");
        keyFile.set(dir.resolve("county-keys.txt"));
        robot.clickOn("#export-choose-key-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(confirmed.isVisible()).isFalse();
        assertThat(robot.lookup("#export-run").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aPackageIsVerifiedPreviewedAppliedAndItsConflictsDecided(FxRobot robot) {
        robot.clickOn("#nav-data_exchange");
        robot.clickOn("#exchange-tab-import");
        assertThat(robot.lookup("#import-preview").queryAs(Button.class).isDisabled()).isTrue();

        toOpen.set(dir.resolve("county-0007.gkpkg"));
        robot.clickOn("#import-choose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#import-sender")).isEqualTo("云阳县卫健委（500235，县）");
        assertThat(text(robot, "#import-sequence")).isEqualTo("第 7 号（在第 5 号基础上的增量）");
        assertThat(text(robot, "#import-fingerprint")).isEqualTo(FakeExchangeService.COUNTY_FINGERPRINT);
        assertThat(text(robot, "#import-created")).isEqualTo("2026-11-19 17:30");
        assertThat(robot.lookup("#import-new-sender").query().isVisible()).isFalse();
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).as("preview first").isTrue();

        robot.clickOn("#import-preview");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<TableCounts> preview = robot.lookup("#import-preview-table").queryTableView();
        assertThat(preview.getItems()).extracting(TableCounts::table).containsExactly("village", "person", "contact");
        assertThat(text(robot, "#import-preview-summary")).contains("2 处冲突");
        assertThat(robot.lookup("#import-warnings").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText())
                .containsExactly(zh.format("enum.PreviewWarning.Kind.SEQUENCE_SKIPPED", 5, 7));

        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#exchange-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).as("the conflicts are shown")
                .isEqualTo("exchange-tab-conflicts");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("冲突（2）");
        TableView<ConflictRow> conflicts = robot.lookup("#conflicts-table").queryTableView();
        assertThat(conflicts.getItems()).hasSize(2);
        assertThat(conflicts.getSelectionModel().getSelectedItem().id()).isEqualTo(11L);
        assertThat(text(robot, "#conflict-local-value")).isEqualTo("13912345678");
        assertThat(text(robot, "#conflict-incoming-value")).isEqualTo("13987654321");
        assertThat(text(robot, "#conflict-local-who")).isEqualTo("李医生");
        assertThat(text(robot, "#conflict-incoming-when")).isEqualTo("2026-11-18 14:05");
        assertThat(robot.lookup("#conflict-choice-merge").tryQuery()).as("not for a field").isEmpty();

        robot.clickOn("#conflict-choice-incoming");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fake.resolved).containsEntry(11L, ConflictChoice.INCOMING);
        assertThat(conflicts.getItems()).extracting(ConflictRow::id).containsExactly(12L);
        assertThat(text(robot, "#conflict-local-value")).as("masked").isEqualTo("500235********0317");
        robot.clickOn("#conflicts-reveal-ids");
        assertThat(text(robot, "#conflict-local-value")).isEqualTo("500235194508120317");
        robot.clickOn("#conflict-choice-keep-both");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fake.resolved).containsEntry(12L, ConflictChoice.KEEP_BOTH);
        assertThat(conflicts.getItems()).isEmpty();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("冲突");
    }

    @Test
    void aNewSenderIsImportedOnlyAfterItsFingerprintIsConfirmedAndARefusalIsSaid(FxRobot robot) {
        robot.clickOn("#nav-data_exchange");
        robot.clickOn("#exchange-tab-import");
        toOpen.set(dir.resolve("stranger-0001.gkpkg"));
        robot.clickOn("#import-choose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-new-sender").query().isVisible()).isTrue();
        assertThat(text(robot, "#import-signer-status")).isEqualTo(zh.label(SignerStatus.NEW_SENDER));
        assertThat(robot.lookup("#import-preview").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#import-typed-fingerprint").write(FakeExchangeService.STRANGER_FINGERPRINT.replace(" ", ""));
        assertThat(robot.lookup("#import-fingerprint-matches").query().isVisible()).isTrue();
        robot.clickOn("#import-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-preview-table").queryTableView().getItems())
                .isEqualTo(FakeExchangeService.FIRST_TABLES);
        assertThat(fake.lastConfirmed).contains(FakeExchangeService.STRANGER_FINGERPRINT);

        fake.failNext("verify", new io.guankou.model.exchange.PackageRefused(
                io.guankou.model.exchange.PackageRefused.Reason.BAD_SIGNATURE, "flipped byte"));
        toOpen.set(dir.resolve("county-0007.gkpkg"));
        robot.clickOn("#import-choose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#import-error")).startsWith("数据包已损坏或被篡改，未导入任何数据。");
        assertThat(robot.lookup("#import-info").query().isVisible()).isFalse();
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
    }
}
