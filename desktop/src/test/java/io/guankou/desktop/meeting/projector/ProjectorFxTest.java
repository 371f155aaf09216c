package io.guankou.desktop.meeting.projector;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.persistence.Database;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.DailyFiguresReader;
import io.guankou.persistence.meeting.DailySnapshots;
import io.guankou.persistence.meeting.SnapshotRepository;
import io.guankou.persistence.oximeter.OximeterRepository;
import io.guankou.persistence.referral.ReferralRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import io.guankou.persistence.supply.SupplyRepository;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projector mode on the demo township at 1024x768: every page is walked with the keys a clicker sends, and no visible
 * text may hold a person's full name, a resident ID or a phone number — with an action item typed with a phone number
 * and an ID number in it and linked to a person by full name. The texts checked are the labels' whole texts, before
 * any ellipsis, so the check holds at any screen size (the headless screen here is smaller than 1920x1080; the
 * projector at that size is seen in ProjectorScreenshotsTest).
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorFxTest {

    static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}|\\d{3,4}[ -]\\d{4}[ -]?\\d{0,4}\\d");

    Database db;
    Stage owner;
    Set<String> fullNames = new HashSet<>();
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    ProjectorWindow window;

    @Start
    void start(Stage stage) throws Exception {
        owner = stage;
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-projector")));
        LedgerRepository ledger = new LedgerRepository(db, TestClocks.FIXED);
        List<LedgerEntry> entries = ledger.loadEntries();
        entries.forEach(e -> fullNames.add(e.name()));
        new ReferralRepository(db, TestClocks.FIXED).list(false).forEach(r -> fullNames.add(r.personName()));
        LedgerEntry someone = entries.get(0);
        new ActionItemRepository(db, TestClocks.FIXED).add(new ActionEdit(0, ActionKind.TASK,
                "回访 " + someone.residentId() + " 家属，电话 13800001111", "王主任", TestClocks.TODAY.minusDays(1),
                new ActionLink(ActionLink.Kind.PERSON, someone.personId(), someone.name())), "王主任",
                TestClocks.TODAY.minusDays(3));
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private ProjectorWindow open(FxRobot robot, double width, double height) {
        ProjectorSource source = new ProjectorSource(new DailySnapshots(new DailyFiguresReader(db, TestClocks.FIXED),
                new SnapshotRepository(db, TestClocks.FIXED)), new SnapshotRepository(db, TestClocks.FIXED),
                new LedgerRepository(db, TestClocks.FIXED), new FollowUpRepository(db),
                new FollowUpSettingsRepository(db, TestClocks.FIXED), new ReferralRepository(db, TestClocks.FIXED),
                new SupplyRepository(db, TestClocks.FIXED), new OximeterRepository(db, TestClocks.FIXED),
                new ActionItemRepository(db, TestClocks.FIXED));
        ProjectorViewModel vm = new ProjectorViewModel(source, runner, TestClocks.FIXED, new DataEvents(), zh);
        robot.interact(() -> {
            window = new ProjectorWindow(vm, zh, owner);
            window.show(new Rectangle2D(0, 0, width, height), false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l && l.isVisible()) {
            out.add(l.getText());
        }
        if (node instanceof Text t && t.isVisible()) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    private void walkEveryPage(FxRobot robot, double width, double height) {
        ProjectorWindow w = open(robot, width, height);
        List<String> titles = new ArrayList<>();
        int pages = ProjectorPages.ORDER.size();
        for (int i = 0; i < pages; i++) {
            List<String> shown = texts(w.stage().getScene().getRoot());
            titles.add(robot.lookup("#projector-title").queryLabeled().getText());
            for (String text : shown) {
                if (text == null) {
                    continue;
                }
                assertThat(RESIDENT_ID.matcher(text).find()).as("an ID number on page %d: %s", i + 1, text).isFalse();
                assertThat(PHONE.matcher(text).find()).as("a phone number on page %d: %s", i + 1, text).isFalse();
                for (String name : fullNames) {
                    assertThat(text).as("a full name on page %d", i + 1).doesNotContain(name);
                }
            }
            assertThat(robot.lookup("#projector-page-no").queryLabeled().getText())
                    .isEqualTo(zh.format("projector.pageNo", i + 1, pages));
            robot.interact(() -> w.stage().getScene().getRoot().requestFocus());
            robot.type(i % 2 == 0 ? KeyCode.PAGE_DOWN : KeyCode.RIGHT);
        }
        // round the end back to the first page; Page Up goes back to the last
        assertThat(robot.lookup("#projector-page-no").queryLabeled().getText()).isEqualTo(zh.format("projector.pageNo", 1, pages));
        robot.type(KeyCode.PAGE_UP);
        assertThat(robot.lookup("#projector-page-no").queryLabeled().getText()).isEqualTo(zh.format("projector.pageNo", pages, pages));
        assertThat(titles).doesNotHaveDuplicates().hasSize(pages);
        assertThat(titles.get(5)).isEqualTo(zh.get("projector.page.actions"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.stage().isShowing()).isFalse();
    }

    @Test
    void noPageShowsANameAnIdOrAPhoneAt1024x768(FxRobot robot) {
        walkEveryPage(robot, 1024, 768);
    }

    @Test
    void theActionListShowsTheTypedItemMasked(FxRobot robot) {
        ProjectorWindow w = open(robot, 1024, 768);
        for (int i = 0; i < ProjectorPages.ORDER.indexOf("actions"); i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        List<String> shown = texts(w.stage().getScene().getRoot());
        assertThat(shown).anyMatch(t -> t.contains("***********")); // the phone, starred
        assertThat(shown).anyMatch(t -> t.contains("*") && t.length() <= 4); // the linked person as 张*三
        robot.type(KeyCode.A);
        assertThat(robot.lookup("#projector-status").queryLabeled().getText())
                .isEqualTo(zh.format("projector.rotating", ProjectorViewModel.DEFAULT_ROTATION_SECONDS));
        robot.type(KeyCode.ESCAPE);
    }
}
