package io.guankou.desktop.sheetimport;

import static io.guankou.desktop.sheetimport.ImportFxFixture.pick;
import static io.guankou.desktop.sheetimport.ImportFxFixture.shown;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.persistence.settings.ImportMappingRepository;
import java.io.IOException;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** The mapping step of the import window, headless, through the ledger's "Import Excel" button. */
@ExtendWith(ApplicationExtension.class)
class ImportMappingFxTest {

    ImportFxFixture fx;

    @Start
    void start(Stage stage) throws IOException {
        fx = new ImportFxFixture(stage, "guankou-fx-import-mapping");
    }

    @AfterEach
    void close() {
        fx.close();
        assertThat(fx.runner.errors).isEmpty();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean nextDisabled(FxRobot robot) {
        return robot.lookup("#import-next").queryAs(Button.class).isDisabled();
    }

    @Test
    void theMappingIsShownCorrectedAndRememberedForTheNextFile(FxRobot robot) {
        fx.open(robot, ImportSheets.ledger(fx.dir, "台账.xlsx", fx.village.name(), fx.existing));

        // the detected mapping, under the merged title
        assertThat(text(robot, "#import-mapping-info")).contains("第 3 行");
        assertThat(robot.lookup("#import-mapping-table").queryAs(TableView.class).getItems()).hasSize(8);
        assertThat(shown(robot, "#import-map-A")).isEqualTo("不导入");
        assertThat(shown(robot, "#import-map-B")).isEqualTo("姓名");
        assertThat(shown(robot, "#import-map-C")).isEqualTo("身份证号");
        assertThat(shown(robot, "#import-map-E")).isEqualTo("村（社区）");
        assertThat(shown(robot, "#import-map-H")).isEqualTo("分级（表格所填）");
        assertThat(robot.lookup("#import-sheet").queryAs(ComboBox.class).isVisible()).as("two sheets").isTrue();
        assertThat(nextDisabled(robot)).isFalse();
        assertThat(robot.lookup("#import-missing").queryAs(Label.class).isVisible()).isFalse();

        // the list says where a ledger column is now
        robot.clickOn("#import-map-A");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(c -> c.getText()).contains("姓名（现在是 B 列）", "身份证号（现在是 C 列）");
        robot.interact(() -> ImportFxFixture.combo(robot, "#import-map-A").hide());

        // a column chosen for a second sheet column moves there
        pick(robot, "#import-map-A", "姓名");
        assertThat(shown(robot, "#import-map-A")).isEqualTo("姓名");
        assertThat(shown(robot, "#import-map-B")).isEqualTo("不导入");

        // no resident ID, no next
        pick(robot, "#import-map-C", "不导入");
        assertThat(nextDisabled(robot)).isTrue();
        assertThat(text(robot, "#import-missing")).isEqualTo("还需要对应：身份证号");
        assertThat(robot.lookup("#import-missing").queryAs(Label.class).isVisible()).isTrue();
        pick(robot, "#import-map-C", "身份证号");
        assertThat(nextDisabled(robot)).isFalse();

        // the office's own correction: names back in B, the serial number kept as a note
        pick(robot, "#import-map-B", "姓名");
        assertThat(shown(robot, "#import-map-A")).isEqualTo("不导入");
        pick(robot, "#import-map-A", "备注（仅参考）");
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-preview-table").tryQuery()).isPresent();
        ImportMappingRepository mappings = new ImportMappingRepository(fx.db, fx.clock);
        assertThat(mappings.find(ColumnMapping.signature(ImportSheets.HEADERS)))
                .as("remembered by the import, not by reading").isEmpty();
        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitForFxEvents();
        Optional<ColumnMapping> remembered = mappings.find(ColumnMapping.signature(ImportSheets.HEADERS));
        assertThat(remembered).isPresent();
        assertThat(remembered.get().columnAt(0)).contains(LedgerColumn.NOTE);
        assertThat(remembered.get().columnAt(1)).contains(LedgerColumn.NAME);
        Window first = robot.lookup("#import-root").query().getScene().getWindow();
        robot.clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.isShowing()).isFalse();

        // next month's file with the same headers comes up with the confirmed mapping
        fx.open(robot, ImportSheets.sameHeaders(fx.dir, "台账-1月.xlsx", fx.village.name()));
        assertThat(text(robot, "#import-mapping-info")).isEqualTo(fx.zh.get("import.ui.remembered"));
        assertThat(shown(robot, "#import-map-A")).isEqualTo("备注（仅参考）");
        assertThat(shown(robot, "#import-map-B")).isEqualTo("姓名");
        assertThat(nextDisabled(robot)).isFalse();
        robot.clickOn("#import-mapping-cancel");
    }

    @Test
    void aFileThatIsNoSheetSaysSoAndOpensNoWindow(FxRobot robot) throws IOException {
        java.nio.file.Path file = fx.dir.resolve("会议纪要.xlsx");
        java.nio.file.Files.writeString(file, "这不是表格，是一段文字。");
        fx.open(robot, file);

        javafx.scene.control.DialogPane alert = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(alert.getHeaderText()).isEqualTo("无法读取「会议纪要.xlsx」");
        assertThat(alert.getContentText()).isEqualTo(fx.zh.get("import.sheetError.NOT_A_SHEET"));
        assertThat(robot.lookup("#import-root").tryQuery()).isEmpty();
        robot.interact(() -> ((javafx.stage.Stage) alert.getScene().getWindow()).close());
        assertThat(robot.lookup("#ledger-import").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(fx.runner.errors).singleElement()
                .isInstanceOf(io.guankou.persistence.sheet.SheetReadException.class);
        fx.runner.errors.clear();
    }

    @Test
    void withoutARecognisedHeaderTheUserPicksTheHeaderRow(FxRobot robot) {
        java.util.List<String> odd = java.util.List.of("甲", "乙", "丙");
        java.nio.file.Path file = ImportSheets.write(fx.dir.resolve("odd.xlsx"), odd,
                java.util.List.of(java.util.List.of("张三", ImportSheets.NEW_ID, fx.village.name())));
        fx.open(robot, file);

        assertThat(text(robot, "#import-mapping-info")).isEqualTo(fx.zh.get("import.ui.noHeader"));
        assertThat(nextDisabled(robot)).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Integer> headerRow = robot.lookup("#import-header-row").queryAs(ComboBox.class);
        assertThat(headerRow.getItems()).containsExactly(1, 3, 4);
        robot.interact(() -> headerRow.getSelectionModel().select(Integer.valueOf(3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headerRow.getConverter().toString(3)).isEqualTo("第 3 行：甲 | 乙 | 丙");
        TableView<?> table = robot.lookup("#import-mapping-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(((MappingRow) table.getItems().get(0)).header()).isEqualTo("甲");
        assertThat(((MappingRow) table.getItems().get(0)).samples()).containsExactly("张三");
        pick(robot, "#import-map-A", "姓名");
        pick(robot, "#import-map-B", "身份证号");
        assertThat(nextDisabled(robot)).isFalse();
        robot.clickOn("#import-mapping-cancel");
    }
}
