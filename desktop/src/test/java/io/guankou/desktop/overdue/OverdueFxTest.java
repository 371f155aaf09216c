package io.guankou.desktop.overdue;

import io.guankou.desktop.TestClocks;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.ui.Styles;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.contact.ContactRecorder;
import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.shell.MainWindow;
import io.guankou.desktop.shell.NavItem;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.Database;
import io.guankou.persistence.contact.SavedContact;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.followup.FollowUpRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.settings.FollowUpSettingsRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.transform.Scale;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overdue screen in the main window at 1366x768, headless, over the 300-person demo township. The
 * contact form is a fake recorder here: the test checks what the list hands it.
 */
@ExtendWith(ApplicationExtension.class)
class OverdueFxTest {

    /** What the view asked the recorder to do. */
    static final class FakeRecorder implements ContactRecorder {
        final List<LedgerEntry> persons = new ArrayList<>();
        Function<Long, Optional<LedgerEntry>> next;
        Consumer<SavedContact> onSaved;

        @Override
        public void record(Window owner, LedgerEntry person, Function<Long, Optional<LedgerEntry>> next,
                           Consumer<SavedContact> onSaved) {
            persons.add(person);
            this.next = next;
            this.onSaved = onSaved;
        }
    }

    Database db;
    OverdueViewModel vm;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    FakeRecorder recorder = new FakeRecorder();
    Messages zh = Messages.of(Language.ZH);
    OverdueTexts texts = new OverdueTexts(zh);
    Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("guankou-overdue-fx");
        db = Database.open(TestTownship.copyInto(dir));
        Clock clock = TestClocks.FIXED;
        vm = new OverdueViewModel(new LedgerRepository(db, clock), new FollowUpRepository(db),
                new FollowUpSettingsRepository(db, clock), runner, clock, new DataEvents());
        // the headless screen is smaller than 1366x768: the window takes what there is, and the
        // 1366x768 layout is checked on a scene of its own (theColumnsFitA1366x768Screen)
        Rectangle2D screen = Screen.getPrimary().getBounds();
        scene = new Scene(mainWindow(stage).root(), Math.min(1366, screen.getWidth()),
                Math.min(768, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
        vm.reload();
    }

    private MainWindow mainWindow(Window owner) {
        OverdueView view = new OverdueView(vm, zh, recorder, new TableExport(zh, runner,
                new ExportLogRepository(db, TestClocks.FIXED), "测试员", "平安镇(演示)",
                TestClocks.FIXED), "平安镇(演示)", owner);
        MainWindow window = new MainWindow(zh, "平安镇(演示)", true, Map.of(NavItem.CONTACTS_DUE, () -> view));
        Styles.apply(window.root(), 1366);
        window.open(NavItem.CONTACTS_DUE);
        return window;
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private TreeTableView<OverdueLine> tree(FxRobot robot) {
        return robot.lookup("#overdue-tree").queryAs(TreeTableView.class);
    }

    @Test
    void showsTheGroupsExpandedWithTheirCounts(FxRobot robot) {
        TreeTableView<OverdueLine> tree = tree(robot);
        List<TreeItem<OverdueLine>> groups = tree.getRoot().getChildren();
        assertThat(groups).hasSize(vm.groups().size()).hasSizeGreaterThan(1);
        for (int i = 0; i < groups.size(); i++) {
            OverdueGroup g = vm.groups().get(i);
            assertThat(groups.get(i).isExpanded()).isTrue();
            assertThat(groups.get(i).getChildren()).hasSize(g.count());
        }
        OverdueGroup first = vm.groups().get(0);
        Label heading = robot.lookup(".overdue-group-heading").queryAs(Label.class);
        assertThat(heading.getText()).isEqualTo(first.name() + "　" + first.count() + "人");
        assertThat(robot.lookup("#overdue-count").queryAs(Label.class).getText())
                .isEqualTo("共 " + vm.totalProperty().get() + " 人逾期");
        assertThat(robot.lookup("#overdue-asof").queryAs(Label.class).getText()).startsWith("截至 ");
    }

    @Test
    void theColumnsFitA1366x768Screen(FxRobot robot) throws Exception {
        Scene laptop = WaitForAsyncUtils.asyncFx(() -> new Scene(mainWindow(null).root(), 1366, 768)).get();
        WritableImage image = snapshot(laptop);
        TreeTableView<?> tree = (TreeTableView<?>) laptop.lookup("#overdue-tree");
        ScrollBar horizontal = tree.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL)
                .map(ScrollBar.class::cast).findFirst().orElseThrow();
        assertThat(horizontal.isVisible()).as("no horizontal scrolling").isFalse();
        double columns = tree.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(columns).isLessThanOrEqualTo(tree.getWidth());
        Label count = (Label) laptop.lookup("#overdue-count");
        assertThat(count.localToScene(count.getBoundsInLocal()).getMaxX()).as("the toolbar's end is on screen")
                .isLessThanOrEqualTo(1366);
        for (String column : List.of("姓名", "身份证号", "最近联系上", "7天内/目标", "居家治疗")) {
            assertThat(tree.getColumns()).anyMatch(c -> c.getText().equals(column));
        }
        String out = System.getProperty("guankou.screenshots");
        if (out != null && !out.isBlank()) { // screenshots for docs/ only on request: -Dguankou.screenshots=DIR
            Files.createDirectories(Path.of(out));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(out, "overdue-zh-1366x768.png").toFile());
        }
    }

    @Test
    void enterOnAPersonRowRecordsAContactWithTheNextPersonToFollow(FxRobot robot) {
        LedgerEntry first = vm.rows().get(0).person();
        LedgerEntry second = vm.rows().get(1).person();
        Node row = robot.lookup("#overdue-tree .tree-table-row-cell").nth(1).query(); // row 0 is the group
        robot.clickOn(row);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recorder.persons).containsExactly(first);
        assertThat(recorder.next.apply(first.personId())).contains(second);
    }

    @Test
    void regroupingByTeamRebuildsTheTree(FxRobot robot) {
        robot.interact(() -> vm.groupingProperty().set(Grouping.TEAM));
        assertThat(tree(robot).getRoot().getChildren()).hasSize(vm.groups().size())
                .allMatch(item -> item.getValue().group().grouping() == Grouping.TEAM);
        assertThat(robot.lookup("#overdue-grouping").queryComboBox().getValue()).isEqualTo(Grouping.TEAM);
    }

    @Test
    void theDemoListPrintsEveryPersonOnceOnA4Pages(FxRobot robot) throws Exception {
        OverduePrintLayout layout = new OverduePrintLayout(texts);
        double w = 595 - 2 * 54; // A4 in points, less the default margins
        double h = 842 - 2 * 54;
        List<Node> pages = layout.pages(List.copyOf(vm.groups()), new OverduePrintLayout.Header("平安镇(演示)",
                vm.asOfProperty().get(), vm.groupingProperty().get()), w, h);
        List<Object> printed = pages.stream().flatMap(p -> ((Parent) p).getChildrenUnmodifiable()
                .stream()).map(n -> n.getProperties().get(OverduePrintLayout.PERSON_ID))
                .filter(Objects::nonNull).toList();
        assertThat(printed).hasSize(vm.totalProperty().get()).doesNotHaveDuplicates();
        String out = System.getProperty("guankou.screenshots");
        if (out != null && !out.isBlank()) {
            Files.createDirectories(Path.of(out));
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(2, 2)); // 144 dpi, readable on screen
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> pages.get(0).snapshot(params, null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(out, "overdue-print-zh.png").toFile());
        }
    }

    static WritableImage snapshot(Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        return image[0];
    }
}
