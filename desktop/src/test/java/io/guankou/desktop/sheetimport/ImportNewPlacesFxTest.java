package io.guankou.desktop.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.id.ResidentIds;
import io.guankou.model.place.Village;
import io.guankou.persistence.place.PlaceRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview's "将新建的网格" and "将新建的责任团队": the lists, their check boxes, the import they make. */
@ExtendWith(ApplicationExtension.class)
class ImportNewPlacesFxTest {

    private static final String RESPONSIBLE = "欧阳责任人";

    ImportFxFixture fx;

    @Start
    void start(Stage stage) throws IOException {
        fx = new ImportFxFixture(stage, "guankou-fx-import-places");
    }

    @AfterEach
    void close() {
        fx.close();
        assertThat(fx.runner.errors).isEmpty();
    }

    private Path sheet(Village a, Village b) {
        return ImportSheets.write(fx.dir.resolve("村民小组台账.xlsx"),
                List.of("序号", "姓名", "身份证号码", "所在村", "村民小组", "包保责任人"), List.of(
                        List.of(1, "张一", ResidentIds.withCheckCharacter("11010119500101011"), a.name(), "9组",
                                RESPONSIBLE),
                        List.of(2, "张二", ResidentIds.withCheckCharacter("11010119500101021"), a.name(), "9组",
                                RESPONSIBLE),
                        List.of(3, "张三", ResidentIds.withCheckCharacter("11010119500101031"), b.name(), "9组",
                                RESPONSIBLE)));
    }

    private static List<String> cells(FxRobot robot, String listId) {
        ListView<?> list = robot.lookup(listId).queryListView();
        return robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(Objects::nonNull).toList();
    }

    private static String apply(FxRobot robot) {
        return robot.lookup("#import-apply").queryAs(Button.class).getText();
    }

    @Test
    void theListsShowWhatWouldBeCreatedAndTheCheckBoxesDecide(FxRobot robot) {
        List<Village> villages = new PlaceRepository(fx.db).villages();
        Village a = villages.get(0);
        Village b = villages.get(1);
        int gridsBefore = new PlaceRepository(fx.db).grids().size();
        fx.open(robot, sheet(a, b));
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();

        Node section = robot.lookup("#import-new-places").query();
        assertThat(section.isVisible()).isTrue();
        assertThat(robot.lookup("#import-new-grids-title").queryAs(Label.class).getText())
                .isEqualTo("将新建的网格（2 个，所在村中还没有）");
        assertThat(robot.lookup("#import-new-teams-title").queryAs(Label.class).getText())
                .isEqualTo("将新建的责任团队（2 个，所在村中还没有）");
        assertThat(cells(robot, "#import-new-grids")).containsExactly(
                "9组（" + a.name() + "，2 行）", "9组（" + b.name() + "，1 行）");
        assertThat(cells(robot, "#import-new-teams")).containsExactly(
                RESPONSIBLE + "（" + a.name() + "，2 行，负责人 " + RESPONSIBLE + "）",
                RESPONSIBLE + "（" + b.name() + "，1 行，负责人 " + RESPONSIBLE + "）");
        // the demo ledger has grids and teams: not the first import, so nothing is created unless asked
        CheckBox grids = robot.lookup("#import-create-grids").queryAs(CheckBox.class);
        CheckBox teams = robot.lookup("#import-create-teams").queryAs(CheckBox.class);
        assertThat(grids.isSelected()).isFalse();
        assertThat(teams.isSelected()).isFalse();
        assertThat(robot.lookup("#import-new-grids").query().isDisabled()).isTrue();
        assertThat(apply(robot)).isEqualTo("导入 3 人");

        robot.clickOn("#import-create-grids");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-new-grids").query().isDisabled()).isFalse();
        assertThat(apply(robot)).isEqualTo("导入 3 人，新建 2 个网格");
        robot.clickOn("#import-create-teams");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(apply(robot)).isEqualTo("导入 3 人，新建 2 个网格，新建 2 个责任团队");

        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText())
                .isEqualTo("导入完成：新增 3 人，更新 0 人，新建 0 个村（社区）、2 个网格、2 个责任团队");
        assertThat(new PlaceRepository(fx.db).grids()).hasSize(gridsBefore + 2);
    }

    @Test
    void aSheetWithoutUnknownGridsOrTeamsShowsNoSuchSection(FxRobot robot) {
        fx.open(robot, ImportSheets.ledger(fx.dir, "台账.xlsx", fx.village.name(), fx.existing));
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-new-places").query().isVisible()).isFalse();
        assertThat(robot.lookup("#import-new-places").query().isManaged()).isFalse();
    }
}
