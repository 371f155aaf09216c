package io.guankou.desktop.resources.oximeter;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.persistence.Database;
import io.guankou.persistence.oximeter.DeviceEntry;
import io.guankou.persistence.oximeter.OximeterOverview;
import io.guankou.persistence.oximeter.OximeterRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The oximeter tab through its real controls, headless, in the space the main window leaves on a 1366x768 laptop:
 * a delivery recorded by keyboard alone, and an allocation proposed, adjusted in place and recorded.
 */
@ExtendWith(ApplicationExtension.class)
class OximetersFxTest {

    static final double WIDTH = 1366 - 140;
    static final double HEIGHT = 768 - 120;

    Database db;
    OximeterRepository repo;
    SameThreadTaskRunner runner = new SameThreadTaskRunner();
    Messages zh = Messages.of(Language.ZH);

    @Start
    void start(Stage stage) throws IOException {
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-oximeters")));
        repo = new OximeterRepository(db, TestClocks.FIXED);
        OximetersView view = OximeterTab.open(repo, runner, TestClocks.FIXED, "王主任", new DataEvents(), zh);
        Styles.apply(view, 1366);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private void openTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#oximeter-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> stockSerials() {
        return repo.overview(TestClocks.TODAY).devices().stream().filter(d -> d.holder().isStock())
                .map(DeviceEntry::serial).toList();
    }

    @Test
    void aDeliveryIsRecordedByKeyboardAlone(FxRobot robot) {
        openTab(robot, 2);
        robot.clickOn("#oximeter-serial-entry");
        robot.write("ox-k001").type(KeyCode.ENTER);
        robot.write("OX-K002").type(KeyCode.ENTER);
        robot.write("OX-K003").type(KeyCode.ENTER);
        // a scanner reading the same device twice
        robot.write("OX-K001").type(KeyCode.ENTER);
        Label error = robot.lookup("#oximeter-entry-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("OX-K001 已在列表中");
        TextField entry = robot.lookup("#oximeter-serial-entry").queryAs(TextField.class);
        robot.interact(entry::selectAll);
        robot.type(KeyCode.BACK_SPACE);
        // Backspace in the empty field takes back the last serial added, to be corrected
        robot.type(KeyCode.BACK_SPACE);
        assertThat(entry.getText()).isEqualTo("OX-K003");
        assertThat(robot.lookup("#oximeter-typed-count").queryAs(Label.class).getText()).isEqualTo("已录入 2 台");
        robot.type(KeyCode.BACK_SPACE).write("4");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stockSerials()).contains("OX-K001", "OX-K002", "OX-K004").doesNotContain("OX-K003");
        assertThat(robot.lookup("#oximeter-delivery-notice").queryAs(Label.class).getText())
                .isEqualTo("已登记入库 3 台（OX-K001 至 OX-K004）");
        assertThat(robot.lookup("#oximeter-typed-count").queryAs(Label.class).getText()).isEqualTo("已录入 0 台");
        assertThat(entry.isFocused()).as("ready for the next serial").isTrue();
    }

    @Test
    void aRangeIsRecordedWithEnterInTheLastField(FxRobot robot) {
        openTab(robot, 2);
        robot.clickOn("#oximeter-range-from").write("OX-R08").type(KeyCode.ENTER);
        robot.write("OX-R12");
        assertThat(robot.lookup("#oximeter-range-count").queryAs(Label.class).getText()).isEqualTo("共 5 台");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stockSerials()).contains("OX-R08", "OX-R09", "OX-R10", "OX-R11", "OX-R12");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAllocationIsProposedAdjustedInPlaceAndRecorded(FxRobot robot) {
        openTab(robot, 3);
        TextField supplied = robot.lookup("#oximeter-plan-supplied").queryAs(TextField.class);
        assertThat(supplied.getText()).isEqualTo("30");
        robot.clickOn(supplied).eraseText(2).write("10").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<AllocationViewModel.Line> table = robot.lookup("#oximeter-plan-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        assertThat(robot.lookup("#oximeter-plan-total").queryAs(Label.class).getText()).isEqualTo("分配合计 10 台");
        AllocationViewModel.Line first = table.getItems().get(0);
        AllocationViewModel.Line second = table.getItems().get(1);
        int wantFirst = first.count() + 2;
        int wantSecond = second.count();
        TableColumn<AllocationViewModel.Line, Integer> count = (TableColumn<AllocationViewModel.Line, Integer>)
                table.getColumns().stream().filter(c -> "oximeter-plan-count".equals(c.getId())).findFirst()
                        .orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.edit(0, count);
        });
        TextField cell = robot.lookup("#oximeter-plan-table .text-field").queryAs(TextField.class);
        robot.clickOn(cell);
        robot.interact(cell::selectAll);
        robot.write(Integer.toString(wantFirst)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.count()).isEqualTo(wantFirst);
        assertThat(robot.lookup("#oximeter-plan-total").queryAs(Label.class).getText()).isEqualTo("分配合计 12 台");

        Node accept = robot.lookup("#oximeter-plan-accept").query();
        Bounds b = accept.localToScene(accept.getBoundsInLocal());
        assertThat(b.getMaxX() <= WIDTH && b.getMaxY() <= HEIGHT).as("the button fits at 1366x768").isTrue();
        robot.clickOn(accept);
        WaitForAsyncUtils.waitForFxEvents();

        OximeterOverview after = repo.overview(TestClocks.TODAY);
        assertThat(after.workingInStock()).isEqualTo(30 - 12);
        assertThat(held(after, first)).isEqualTo(first.planned().candidate().held() + wantFirst);
        assertThat(held(after, second)).isEqualTo(second.planned().candidate().held() + wantSecond);
        assertThat(robot.lookup("#oximeter-plan-notice").queryAs(Label.class).getText()).startsWith("已记录分配：12 台出库");
        assertThat(robot.lookup("#oximeter-summary").queryAs(Label.class).getText()).startsWith("库存可用 18 台");
    }

    private static int held(OximeterOverview o, AllocationViewModel.Line line) {
        return o.holders().stream().filter(h -> h.holder().equals(line.planned().candidate().holder()))
                .mapToInt(HolderStock::held).findFirst().orElseThrow();
    }
}
