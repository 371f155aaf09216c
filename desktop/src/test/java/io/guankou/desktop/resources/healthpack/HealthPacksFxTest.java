package io.guankou.desktop.resources.healthpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.healthpack.PackQueueLine;
import io.guankou.persistence.Database;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.healthpack.HealthPackRepository;
import io.guankou.persistence.ledger.LedgerRepository;
import io.guankou.persistence.place.PlaceRepository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The health-pack queue through its real controls, headless, in the space the main window leaves at 1366x768: packs
 * are handed out from the queue with Enter on the selected row and with the button, each person leaves the queue
 * and the next one is selected; the shown village's list exports to .xlsx with IDs masked.
 */
@ExtendWith(ApplicationExtension.class)
class HealthPacksFxTest {

    static final double WIDTH = 1366 - 140;
    static final double HEIGHT = 768 - 80;

    Path dir;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    HealthPacksViewModel vm;
    TableExport export;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("guankou-packs");
        db = Database.open(TestTownship.copyInto(dir));
        vm = new HealthPacksViewModel(new HealthPackServices(new HealthPackRepository(db, TestClocks.FIXED),
                new LedgerRepository(db, TestClocks.FIXED), new PlaceRepository(db), runner, new DataEvents(),
                "测试员", TestClocks.FIXED));
        export = new TableExport(zh, runner, new ExportLogRepository(db, TestClocks.FIXED), "测试员", "平安镇(演示)",
                TestClocks.FIXED);
        HealthPacksView view = new HealthPacksView(vm, zh, export);
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

    @Test
    @SuppressWarnings("unchecked")
    void packsAreHandedOutFromTheQueueWithEnterAndTheButton(FxRobot robot) {
        TableView<PackQueueLine> table = robot.lookup("#health-packs-table").queryAs(TableView.class);
        int waiting = table.getItems().size();
        PackQueueLine first = table.getItems().get(0);
        PackQueueLine second = table.getItems().get(1);
        PackQueueLine third = table.getItems().get(2);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(first);

        robot.doubleClickOn("#health-packs-handed-by").write("村医刘");
        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#health-packs-notice").queryAs(Label.class).getText())
                .isEqualTo("已登记：" + first.person().name() + " 的健康包由 村医刘 发放");
        assertThat(table.getItems()).hasSize(waiting - 1);
        assertThat(table.getSelectionModel().getSelectedItem().person().personId())
                .isEqualTo(second.person().personId());

        robot.clickOn("#health-packs-hand-out");
        assertThat(table.getItems()).hasSize(waiting - 2)
                .noneMatch(l -> l.person().personId() == second.person().personId());
        assertThat(table.getSelectionModel().getSelectedItem().person().personId())
                .isEqualTo(third.person().personId());
        assertThat(robot.lookup("#health-packs-summary").queryAs(Label.class).getText())
                .isEqualTo("待发 " + (waiting - 2) + " 人（已发 2 份）");
    }

    @Test
    void theShownVillageExportsInQueueOrderWithIdsMasked(FxRobot robot) throws Exception {
        long village = vm.lines().get(0).person().villageId();
        robot.interact(() -> vm.villageProperty().set(village));
        List<PackQueueLine> shown = vm.shown();
        Path file = dir.resolve("packs.xlsx");
        List<TableExport.Done> done = new ArrayList<>();
        robot.interact(() -> export.exportTo(file, false, ExportKind.HEALTH_PACKS,
                new HealthPackExport(new HealthPackTexts(zh)).sheet(export, shown, vm.villageName()), done::add, e -> {
                    throw new AssertionError(e);
                }));
        assertThat(done).singleElement().satisfies(d -> assertThat(d.rows()).isEqualTo(shown.size()));
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(vm.villageName())
                    .contains("健康包发放名单");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("身份证号（已隐去）");
            for (int i = 0; i < shown.size(); i++) {
                assertThat((int) sheet.getRow(i + 2).getCell(0).getNumericCellValue()).isEqualTo(shown.get(i).rank());
                assertThat(sheet.getRow(i + 2).getCell(2).getStringCellValue()).isEqualTo(shown.get(i).person().name());
                assertThat(sheet.getRow(i + 2).getCell(3).getStringCellValue()).contains("*");
            }
        }
    }
}
