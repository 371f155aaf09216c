package io.guankou.desktop.resources.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.org.Facility;
import io.guankou.model.org.FacilityType;
import io.guankou.model.transport.CentreCoverage;
import io.guankou.model.transport.CentreRule;
import io.guankou.model.transport.VillageCoverage;
import io.guankou.persistence.Database;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.transport.CoverageSettingsRepository;
import io.guankou.persistence.transport.TransportRepository;
import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The coverage tab through its real controls, headless, in the space the main window leaves it on a 1366x768
 * laptop: a measured time typed for a village (Enter saves) makes it a gap, and an ambulance typed into the form
 * makes the community health centre meet the 120 rule.
 */
@ExtendWith(ApplicationExtension.class)
class CoverageFxTest {

    static final double WIDTH = 1366 - 140;
    static final double HEIGHT = 768 - 80;

    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    CoverageViewModel vm;

    @Start
    void start(Stage stage) throws IOException {
        db = Database.open(TestTownship.copyInto(Files.createTempDirectory("guankou-coverage")));
        vm = new CoverageViewModel(new TransportServices(new TransportRepository(db, TestClocks.FIXED),
                new CoverageSettingsRepository(db, TestClocks.FIXED), new PlaceRepository(db), runner,
                new DataEvents(), "测试员"));
        CoverageView view = new CoverageView(vm, zh);
        Styles.apply(view, 1366);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.sizeToScene();
        stage.show();
        vm.reload();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private CentreCoverage centreOf(String village) {
        return vm.centres().stream().filter(c -> c.villages().stream()
                .anyMatch(v -> v.village().name().equals(village))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableRow<VillageCoverage> villageRow(FxRobot robot, String name) {
        return robot.lookup("#coverage-villages .table-row-cell").match((Node n) -> n instanceof TableRow<?> t
                && t.getItem() instanceof VillageCoverage v && v.village().name().equals(name))
                .queryAs(TableRow.class);
    }

    @Test
    void aMeasuredTimeTypedAndEnteredMakesTheVillageAGap(FxRobot robot) {
        TableView<CentreCoverage> centres = robot.lookup("#coverage-centres").queryTableView();
        robot.interact(() -> centres.getSelectionModel().select(centreOf("龙洞村")));
        robot.clickOn(villageRow(robot, "龙洞村"));
        assertThat(villageRow(robot, "龙洞村").getStyleClass()).doesNotContain(CoveragePane.GAP_CLASS);
        int before = vm.reportProperty().get().villagesNotCovered();

        robot.clickOn("#coverage-measured").write("48").type(KeyCode.ENTER);

        assertThat(vm.reportProperty().get().villagesNotCovered()).isEqualTo(before + 1);
        TableRow<VillageCoverage> row = villageRow(robot, "龙洞村");
        assertThat(row.getStyleClass()).contains(CoveragePane.GAP_CLASS);
        assertThat(robot.from(row).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> String.valueOf(c.getText())).contains("48", "48 分钟（实测）", "未覆盖：超出目标时间");
        assertThat(robot.lookup("#coverage-notice").queryAs(Label.class).getText())
                .isEqualTo("已保存 龙洞村 的实测用时：48 分钟");
        assertThat(robot.lookup("#coverage-summary").queryAs(Label.class).getText()).contains("未覆盖的村/社区 4 个");
    }

    @Test
    void anAmbulanceTypedIntoTheFormMakesTheCommunityCentreMeetTheRule(FxRobot robot) {
        TabPane tabs = robot.lookup("#coverage-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#ambulance-new");
        ComboBox<Facility> facility = robot.lookup("#ambulance-facility").queryComboBox();
        assertThat(facility.isFocused()).as("New puts the cursor on the base").isTrue();
        robot.interact(() -> facility.setValue(facility.getItems().stream()
                .filter(f -> f.type() == FacilityType.COMMUNITY_HEALTH_CENTRE).findFirst().orElseThrow()));
        robot.clickOn("#ambulance-plate").write("渝G·C5501").type(KeyCode.ENTER);

        TableView<AmbulancesViewModel.Row> table = robot.lookup("#ambulances-table").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.ambulance().plate()).contains("渝G·C5501");
        assertThat(table.getSelectionModel().getSelectedItem().ambulance().plate()).isEqualTo("渝G·C5501");
        assertThat(robot.lookup("#ambulance-notice").queryAs(Label.class).getText()).isEqualTo("救护车 渝G·C5501 已保存");
        assertThat(vm.centres()).filteredOn(c -> c.centre().type() == FacilityType.COMMUNITY_HEALTH_CENTRE)
                .extracting(CentreCoverage::rule).containsExactly(CentreRule.MET);

        // the same plate again is refused at the field
        robot.clickOn("#ambulance-new");
        robot.interact(() -> facility.setValue(facility.getItems().get(0)));
        robot.clickOn("#ambulance-plate").write("渝G C5501").type(KeyCode.ENTER);
        assertThat(robot.lookup("#ambulance-plate-message").queryAs(Label.class).getText())
                .isEqualTo("已有一辆救护车是这个车牌号");
    }

    @Test
    void aFleetVehicleIsEnteredByKeyboardAlone(FxRobot robot) {
        TabPane tabs = robot.lookup("#coverage-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.clickOn("#fleet-new");
        robot.write("志愿者王刚").type(KeyCode.TAB).write("10087654321").type(KeyCode.TAB).write("5")
                .type(KeyCode.ENTER);
        TableView<?> table = robot.lookup("#fleet-table").queryTableView();
        assertThat(table.getItems()).hasSize(6);
        assertThat(robot.lookup("#fleet-notice").queryAs(Label.class).getText()).isEqualTo("志愿者王刚 的车辆已保存");
    }
}
