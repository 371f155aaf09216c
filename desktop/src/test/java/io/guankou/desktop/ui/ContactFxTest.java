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
import io.guankou.desktop.overdue.OverdueLine;
import io.guankou.model.contact.Contact;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.Database;
import io.guankou.persistence.contact.ContactRepository;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.referral.ReferralEntry;
import io.guankou.persistence.referral.ReferralRepository;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Recording contacts through the real contact form, by keyboard, headless (Monocle), same-thread runner. */
@ExtendWith(ApplicationExtension.class)
class ContactFxTest {

    Path dir;
    Database db;
    AppContext ctx;
    Stage stage;
    ContactRepository contacts;
    ReferralRepository referrals;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("guankou-fx-contact");
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = TestClocks.FIXED;
        ctx = AppContext.open(db, true, zh, UserSettings.inMemory(Language.ZH, "测试员"), clock);
        contacts = new ContactRepository(db, clock);
        referrals = new ReferralRepository(db, clock);
        MainWindow window = ctx.mainWindow(stage, runner);
        window.show(stage);
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private TableView<LedgerEntry> table(FxRobot robot) {
        return robot.lookup("#ledger-table").queryTableView();
    }

    /** A person without an open referral, selected in the ledger with the focus in the table. */
    private LedgerEntry selectQuietPerson(FxRobot robot, int skip) {
        TableView<LedgerEntry> table = table(robot);
        LedgerEntry p = table.getItems().stream().filter(e -> referrals.openFor(e.personId()).isEmpty())
                .skip(skip).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(p);
            table.scrollTo(p);
            table.requestFocus();
        });
        return p;
    }

    private void tab(FxRobot robot, int times) {
        for (int i = 0; i < times; i++) {
            robot.push(KeyCode.TAB);
        }
    }

    /**
     * Types into the focused field of the contact form. TestFX sends typed characters to its target window
     * (the main stage until told otherwise), key presses to the focused one.
     */
    private void type(FxRobot robot, String text) {
        robot.targetWindow(robot.lookup("#contact-save").query().getScene().getWindow());
        robot.write(text);
    }

    private Node focusOwner(FxRobot robot) {
        Window form = robot.lookup("#contact-save").query().getScene().getWindow();
        return form.getScene().getFocusOwner();
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aContactIsRecordedByKeyboardOnlyFromTheLedger(FxRobot robot) {
        LedgerEntry p = selectQuietPerson(robot, 0);
        int before = contacts.forPerson(p.personId()).size();
        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#contact-person-name").queryAs(Label.class).getText()).isEqualTo(p.name());
        DatePicker date = robot.lookup("#contact-date").queryAs(DatePicker.class);
        assertThat(inside(focusOwner(robot), date)).as("the first field has the focus").isTrue();
        Window form = date.getScene().getWindow();
        assertThat(form.getHeight()).as("fits a 1366x768 screen with room").isLessThan(700);
        assertThat(form.getWidth()).isLessThan(1000);

        // date, time, made by, mode, reached, temperature
        tab(robot, 5);
        type(robot, "36,8");
        robot.push(KeyCode.TAB);
        type(robot, "96");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<Contact> stored = contacts.forPerson(p.personId());
        assertThat(stored).hasSize(before + 1);
        assertThat(stored.get(0).temperature()).isEqualByComparingTo(new BigDecimal("36.8"));
        assertThat(stored.get(0).spo2()).isEqualTo(96);
        assertThat(stored.get(0).madeBy()).isEqualTo("测试员");
        assertThat(stored.get(0).reached()).isTrue();
        assertThat(robot.lookup("#contact-save").tryQuery()).as("no next person, no referral: the form closed")
                .isEmpty();
    }

    @Test
    void withANextFunctionTheNextPersonComesUpWithTheFocusOnTheFirstField(FxRobot robot) {
        List<LedgerEntry> rows = table(robot).getItems();
        LedgerEntry first = rows.stream().filter(e -> referrals.openFor(e.personId()).isEmpty()).findFirst()
                .orElseThrow();
        LedgerEntry second = rows.stream().filter(e -> e.personId() != first.personId()).findFirst().orElseThrow();
        List<SavedContact> saved = new ArrayList<>();
        robot.interact(() -> ctx.contactRecorder(runner).record(stage, first,
                id -> id == first.personId() ? Optional.of(second) : Optional.empty(), saved::add));
        WaitForAsyncUtils.waitForFxEvents();

        tab(robot, 5);
        type(robot, "37.1");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved).singleElement().satisfies(s -> assertThat(s.contact().personId())
                .isEqualTo(first.personId()));
        assertThat(contacts.forPerson(first.personId()).get(0).temperature())
                .isEqualByComparingTo(new BigDecimal("37.1"));
        assertThat(robot.lookup("#contact-person-name").queryAs(Label.class).getText()).isEqualTo(second.name());
        assertThat(robot.lookup("#contact-temperature").queryTextInputControl().getText()).isEmpty();
        assertThat(inside(focusOwner(robot), robot.lookup("#contact-date").query())).isTrue();
        Label notice = robot.lookup("#contact-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo(zh.format("contact.notice.saved", first.name(),
                saved.get(0).contact().at().toLocalTime().toString().substring(0, 5)));
    }

    @Test
    void aLowSpo2OpensAReferralShownAsARedBannerThatStays(FxRobot robot) {
        LedgerEntry p = selectQuietPerson(robot, 1);
        robot.clickOn("#ledger-record-contact");
        WaitForAsyncUtils.waitForFxEvents();
        tab(robot, 6);
        type(robot, "89");
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = robot.lookup("#contact-referral-warning").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo("保存后将开启转诊：血氧饱和度低");

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(referrals.openFor(p.personId())).hasValueSatisfying(r ->
                assertThat(r.contactId()).isEqualTo(contacts.forPerson(p.personId()).get(0).id()));
        Label banner = robot.lookup("#contact-notice").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getStyleClass()).contains("referral-banner");
        assertThat(banner.getText()).isEqualTo("已为 " + p.name() + " 开启转诊：血氧饱和度低。请到转诊队列安排转运。");
        Button close = robot.lookup("#contact-close").queryButton();
        assertThat(close.isFocused()).as("the form stays open on the notice, Close focused").isTrue();
        assertThat(robot.lookup("#contact-save").queryButton().isDisabled()).isTrue();

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contact-notice").tryQuery()).as("Enter on Close closes").isEmpty();
    }

    @Test
    void anImpossibleReadingDisablesSaveAndEnterSavesNothingEscCloses(FxRobot robot) {
        LedgerEntry p = selectQuietPerson(robot, 2);
        int before = contacts.forPerson(p.personId()).size();
        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        tab(robot, 6);
        type(robot, "101");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#contact-error-spo2").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("血氧饱和度应在50–100%之间");
        assertThat(robot.lookup("#contact-save").queryButton().isDisabled()).isTrue();
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contacts.forPerson(p.personId())).hasSize(before);

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contact-save").tryQuery()).isEmpty();
        assertThat(contacts.forPerson(p.personId())).hasSize(before);
    }

    @Test
    void thePersonFormListsTheContactsAndRecordsOne(FxRobot robot) {
        LedgerEntry p = selectQuietPerson(robot, 3);
        int before = contacts.forPerson(p.personId()).size();
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(zh.get("contact.personTab"));
        ListView<?> list = robot.lookup("#person-contacts").queryListView();
        assertThat(list.getItems()).hasSize(before);
        assertThat(list.getItems()).isEqualTo(contacts.forPerson(p.personId()));

        robot.clickOn("#person-record-contact");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contact-person-name").queryAs(Label.class).getText()).isEqualTo(p.name());
        assertThat(robot.lookup("#contact-history .contact-history-line").queryAll())
                .hasSize(Math.min(before, 5));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(before + 1);
        assertThat(((Contact) list.getItems().get(0)).id()).isEqualTo(contacts.forPerson(p.personId()).get(0).id());
    }

    @Test
    void enterInTheNoteIsANewLineAndCtrlEnterSaves(FxRobot robot) {
        LedgerEntry p = selectQuietPerson(robot, 4);
        int before = contacts.forPerson(p.personId()).size();
        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#contact-note");
        type(robot, "line one");
        robot.push(KeyCode.ENTER);
        type(robot, "line two");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contacts.forPerson(p.personId())).hasSize(before);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contacts.forPerson(p.personId())).hasSize(before + 1);
        assertThat(contacts.forPerson(p.personId()).get(0).note()).isEqualTo("line one\nline two");
        assertThat(robot.lookup("#contact-save").tryQuery()).isEmpty();
    }

    /** The wiring of the main window: a contact recorded in the ledger moves the overdue list and the queue. */
    @Test
    void aLowSpo2RecordedInTheLedgerReachesTheReferralQueueAndTheOverdueList(FxRobot robot) {
        robot.clickOn("#nav-contacts_due");
        TreeTableView<OverdueLine> tree = robot.lookup("#overdue-tree").query();
        List<OverdueRow> overdue = new ArrayList<>();
        tree.getRoot().getChildren().forEach(g -> g.getChildren().forEach(c -> overdue.add(c.getValue().row())));
        OverdueRow row = overdue.stream().filter(r -> referrals.openFor(r.person().personId()).isEmpty())
                .findFirst().orElseThrow();
        long id = row.person().personId();
        robot.clickOn("#nav-referrals");
        TableView<ReferralEntry> queue = robot.lookup("#referral-table").query();
        assertThat(queue.getItems()).noneMatch(e -> e.referral().personId() == id);

        robot.clickOn("#nav-ledger");
        TableView<LedgerEntry> table = table(robot);
        LedgerEntry p = table.getItems().stream().filter(e -> e.personId() == id).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(p);
            table.scrollTo(p);
            table.requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        tab(robot, 6);
        type(robot, "89");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ENTER); // the banner stays with Close focused
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contact-save").tryQuery()).isEmpty();

        robot.clickOn("#nav-referrals");
        assertThat(queue.getItems()).anyMatch(e -> e.referral().personId() == id);
        robot.clickOn("#nav-contacts_due");
        List<OverdueRow> after = new ArrayList<>();
        tree.getRoot().getChildren().forEach(g -> g.getChildren().forEach(c -> after.add(c.getValue().row())));
        // reached today: either on track now, or still listed with today's contact counted
        after.stream().filter(r -> r.person().personId() == id).findFirst().ifPresent(r -> {
            assertThat(r.status().lastReached().toLocalDate()).isEqualTo(TestClocks.TODAY);
            assertThat(r.status().reachedLast7Days()).isEqualTo(row.status().reachedLast7Days() + 1);
        });
        assertThat(after.size()).isLessThanOrEqualTo(overdue.size());
    }
}
