package io.guankou.desktop.meeting.report;

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
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's output buttons: each asks where to save, writes the file and says so in the notice line. */
@ExtendWith(ApplicationExtension.class)
class MeetingReportsFxTest {

    Database db;
    Path dir;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    /** The names the buttons suggested, in order. */
    final List<String> suggested = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("guankou-reports");
        db = Database.open(TestTownship.copyInto(dir));
        db.read(dsl -> dsl.execute("DELETE FROM action_item")); // the demo's own items: these tests add their own
        AppContext ctx = AppContext.open(db, false, zh, UserSettings.inMemory(Language.ZH, "测试员"), TestClocks.FIXED);
        ctx.useFilePicker(new FilePicker() {
            @Override
            public Path sheetToImport(Window owner) {
                return null;
            }

            @Override
            public Path saveXlsx(Window owner, String titleKey, String suggestedName) {
                suggested.add(suggestedName);
                return dir.resolve(suggestedName);
            }

            @Override
            public Path savePdf(Window owner, String titleKey, String suggestedName) {
                suggested.add(suggestedName);
                return dir.resolve(suggestedName);
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

    @Test
    void theCountyReportOfTheWeekIsAskedForSavedAndNamedInTheNotice(FxRobot robot) throws Exception {
        robot.clickOn("#nav-meeting");
        robot.clickOn("#meeting-county-report");
        robot.clickOn("#meeting-report-week");
        robot.clickOn("#meeting-report-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(suggested).containsExactly("动态数据上报-2026-11-16起一周.xlsx");
        Path file = dir.resolve(suggested.get(0));
        assertThat(file).exists();
        try (XSSFWorkbook wb = MeetingReportsViewModelTest.open(file)) {
            assertThat(wb.getSheet("每日数字").getLastRowNum()).isEqualTo(1 + 7 + 1);
        }
        assertThat(robot.lookup("#meeting-notice").queryAs(Label.class).getText())
                .isEqualTo("已保存动态数据上报表：" + file);
    }

    @Test
    void theSummaryButtonsSaveTheWorkbookAndThePdf(FxRobot robot) {
        robot.clickOn("#nav-meeting");
        robot.clickOn("#meeting-summary-xlsx");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggested).containsExactly("调度会纪要-2026-11-20.xlsx");
        assertThat(dir.resolve(suggested.get(0))).exists();
        assertThat(robot.lookup("#meeting-notice").queryAs(Label.class).getText())
                .isEqualTo("已保存会议纪要：" + dir.resolve(suggested.get(0)));

        if (PdfFonts.system().first().isPresent()) {
            robot.clickOn("#meeting-summary-pdf");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(suggested).endsWith("调度会纪要-2026-11-20.pdf");
            assertThat(dir.resolve("调度会纪要-2026-11-20.pdf")).exists();
        }
    }
}
