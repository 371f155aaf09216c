package io.guankou.desktop.resources.returnee;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.ui.FilePicker;
import io.guankou.desktop.ui.Styles;
import io.guankou.model.place.Village;
import io.guankou.model.returnee.HouseholdRef;
import io.guankou.model.returnee.Returnee;
import io.guankou.model.returnee.ReturneeRules;
import io.guankou.persistence.Database;
import io.guankou.persistence.place.PlaceRepository;
import io.guankou.persistence.returnee.ReturneeImporter;
import io.guankou.persistence.returnee.ReturneeRepository;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Importing returnees from a sheet in the returnee tab, headless: 从表格导入… takes the file from the picker, the
 * preview lists the rows to add and the refused ones with row, column and reason, 导入 adds the good rows and the
 * list shows them; a file that is no sheet says so and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ReturneeImportFxTest {

    Path dir;
    Path file;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final List<Path> picked = new ArrayList<>();
    ReturneesViewModel vm;
    ReturneeRepository repo;

    /** Hands out the files the test put in {@link #picked}, one per question. */
    final class Picker implements FilePicker {
        @Override
        public Path sheetToImport(Window owner) {
            return picked.isEmpty() ? null : picked.remove(0);
        }

        @Override
        public Path saveXlsx(Window owner, String titleKey, String suggestedName) {
            return null;
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("guankou-returnee-import");
        file = TestTownship.copyInto(dir);
        db = Database.open(file);
        repo = new ReturneeRepository(db, TestClocks.FIXED);
        PlaceRepository places = new PlaceRepository(db);
        DataEvents events = new DataEvents();
        vm = new ReturneesViewModel(repo, places, runner, events, TestClocks.FIXED, "测试员");
        ReturneeImportViewModel importVm = new ReturneeImportViewModel(new ReturneeImporter(db, repo, places), runner,
                events, TestClocks.FIXED, "测试员");
        ReturneesView view = new ReturneesView(vm, importVm, Messages.of(Language.ZH), new Picker());
        Styles.apply(view, 1366);
        stage.setScene(new Scene(view, ReturneesFxTest.WIDTH, ReturneesFxTest.HEIGHT));
        stage.sizeToScene();
        stage.show();
        vm.reload();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(runner.errors).isEmpty();
    }

    private HouseholdRef household() {
        Map<Long, HouseholdRef> all = repo.households(TestClocks.TODAY);
        Map<String, Long> sameAddress = all.values().stream().collect(Collectors.groupingBy(
                h -> h.villageId() + "|" + h.address(), Collectors.counting()));
        return all.values().stream().filter(h -> !h.members().isEmpty())
                .filter(h -> sameAddress.get(h.villageId() + "|" + h.address()) == 1).findFirst().orElseThrow();
    }

    private Path sheet(List<List<String>> rows) throws Exception {
        Path out = dir.resolve("春节返乡人员.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            Sheet sheet = wb.createSheet("返乡人员");
            sheet.createRow(0).createCell(0).setCellValue("某某村春节返乡人员登记表");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(os);
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGoodRowsOfASheetAreImportedAfterAPreviewThatNamesTheRefusedOnes(FxRobot robot) throws Exception {
        HouseholdRef h = household();
        Village village = new PlaceRepository(db).villages().stream().filter(v -> v.id() == h.villageId())
                .findFirst().orElseThrow();
        picked.add(sheet(List.of(
                List.of("姓名", "联系电话", "村（社区）", "家庭住址", "返乡日期", "从何处返回", "已告知卫生院电话",
                        "已提示戴口罩少接触老人"),
                List.of("周归来", "13800004444", village.name(), h.address(), "2026-11-18", "广东深圳", "是", "是"),
                List.of("吴远行", "", village.name(), "村口新楼 3 号", "2026-11-31", "江苏苏州", "否", "否"),
                List.of("", "13800005555", village.name(), "村口新楼 5 号", "2026-11-19", "福建厦门", "是", "否"))));

        robot.clickOn("#returnee-import");

        assertThat(robot.lookup("#returnee-import-preview").query().isVisible()).isTrue();
        assertThat(robot.lookup("#returnee-import-summary").queryAs(Label.class).getText())
                .isEqualTo("「春节返乡人员.xlsx」：1 行将导入，2 行有问题不导入");
        TableView<ReturneeImportViewModel.Line> preview = robot.lookup("#returnee-import-table")
                .queryAs(TableView.class);
        // the title is row 1 and the header row 2: the data rows are 3, 4 and 5 as Excel shows them
        assertThat(preview.getItems()).extracting(ReturneeImportViewModel.Line::rowNumber).containsExactly(3, 4, 5);
        assertThat(preview.getItems()).extracting(ReturneeImportViewModel.Line::refused)
                .containsExactly(false, true, true);
        Messages zh = Messages.of(Language.ZH);
        assertThat(zh.text(preview.getItems().get(1).reasons().get(0)))
                .isEqualTo("返乡日期“2026-11-31”：日期格式不对（如 2027-01-20）");
        assertThat(zh.text(preview.getItems().get(2).reasons().get(0))).isEqualTo("姓名：必填");
        assertThat(robot.lookup(".table-cell").match((Node n) -> n instanceof javafx.scene.control.Labeled l
                && "不导入：姓名：必填".equals(l.getText())).tryQuery()).isPresent();
        assertThat(repo.returnees()).as("the preview writes nothing").hasSize(4);

        robot.clickOn("#returnee-import-apply");

        assertThat(robot.lookup("#returnee-import-notice").queryAs(Label.class).getText())
                .isEqualTo("已从「春节返乡人员.xlsx」导入 1 名返乡人员");
        assertThat(robot.lookup("#returnee-import-preview").query().isVisible()).isFalse();
        TableView<ReturneeRules.Line> list = robot.lookup("#returnees-table").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(5);
        Returnee zhou = list.getItems().stream().map(ReturneeRules.Line::returnee)
                .filter(r -> r.name().equals("周归来")).findFirst().orElseThrow();
        assertThat(zhou.householdId()).as("joined to the ledger's household at that address").isEqualTo(h.id());
        assertThat(zhou.arrival()).isEqualTo(TestClocks.TODAY.minusDays(2));
        assertThat(zhou.clinicNumberGiven()).isTrue();
        assertThat(zhou.adviceGiven()).isTrue();
        assertThat(repo.returnees()).hasSize(5);
    }

    @Test
    void aFileThatIsNoSheetIsRefusedWithItsReasonAndNothingIsWritten(FxRobot robot) throws Exception {
        picked.add(Files.writeString(dir.resolve("名单.csv.txt"), "不是表格"));

        robot.clickOn("#returnee-import");

        assertThat(robot.lookup("#returnee-import-notice").queryAs(Label.class).getText())
                .isEqualTo("读取表格失败：这个文件不是表格文件，请选择 .xlsx、.xls 或 .csv 文件");
        assertThat(robot.lookup("#returnee-import-preview").query().isVisible()).isFalse();
        assertThat(robot.lookup("#returnee-import-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        assertThat(repo.returnees()).hasSize(4);
    }
}
