package io.guankou.desktop.meeting.report;

import static io.guankou.desktop.TestClocks.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.guankou.desktop.SameThreadTaskRunner;
import io.guankou.desktop.TestClocks;
import io.guankou.desktop.TestTownship;
import io.guankou.desktop.event.DataEvents;
import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.desktop.meeting.MeetingServices;
import io.guankou.model.meeting.ActionEdit;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.persistence.Database;
import io.guankou.persistence.excel.ExportKind;
import io.guankou.persistence.excel.ExportLogEntry;
import io.guankou.persistence.excel.ExportLogRepository;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.DailyFiguresReader;
import io.guankou.persistence.meeting.DailySnapshots;
import io.guankou.persistence.meeting.FacilityDayRepository;
import io.guankou.persistence.meeting.SnapshotRepository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting's outputs over the demo township on Friday 2026-11-20, 10:00 (snapshots stored for the 14 days before,
 * two of them late), written through the view-model as the buttons write them, without a stage.
 */
class MeetingReportsViewModelTest {

    @TempDir
    Path dir;
    Database db;
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final Messages zh = Messages.of(Language.ZH);
    MeetingServices services;
    ActionItemRepository actions;
    ExportLogRepository log;

    @BeforeEach
    void open() {
        db = Database.open(TestTownship.copyInto(dir));
        SnapshotRepository store = new SnapshotRepository(db, TestClocks.FIXED);
        services = new MeetingServices(new DailySnapshots(new DailyFiguresReader(db, TestClocks.FIXED), store), store,
                new FacilityDayRepository(db, TestClocks.FIXED), runner, new DataEvents(), TestClocks.FIXED, "测试员");
        actions = new ActionItemRepository(db, TestClocks.FIXED);
        log = new ExportLogRepository(db, TestClocks.FIXED);
    }

    @AfterEach
    void close() {
        db.close();
    }

    MeetingReportsViewModel vm(PdfFonts fonts) {
        TableExport export = new TableExport(zh, runner, log, "测试员", "平安镇", TestClocks.FIXED);
        return new MeetingReportsViewModel(new MeetingOutputs(services, actions), export, fonts, TestClocks.FIXED);
    }

    @Test
    void theSummaryWorkbookHasTodaysLiveFiguresAgainstYesterdaysSnapshotAndTheOpenItemsAndIsLogged() throws Exception {
        actions.add(new ActionEdit(0, ActionKind.PROBLEM, "指氧仪不足", "卫生院", TODAY, null), "李书记", TODAY);
        actions.add(new ActionEdit(0, ActionKind.TASK, "周报上报县里", "办公室", TODAY.plusDays(3), null), "李书记", TODAY);
        MeetingReportsViewModel vm = vm(PdfFonts.system());
        assertThat(zh.text(vm.summaryFileName(false))).isEqualTo("调度会纪要-2026-11-20.xlsx");
        Path file = dir.resolve("纪要");

        vm.saveSummaryXlsx(file);

        assertThat(runner.errors).isEmpty();
        Path written = dir.resolve("纪要.xlsx");
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.ok("meeting.summary.saved", written.toString()));
        DailyFigures today = services.snapshots().figures(TODAY, TestClocks.NOW);
        DailyFigures yesterday = services.store().load(TODAY.minusDays(1)).orElseThrow().figures();
        int change = today.tiers().red() - yesterday.tiers().red();
        try (XSSFWorkbook wb = open(written)) {
            Sheet figures = wb.getSheet("调度会数字");
            assertThat(figures.getRow(2).getCell(1).getStringCellValue()).isEqualTo(today.tiers().red() + "（较昨日 "
                    + (change > 0 ? "+" + change : String.valueOf(change)) + "）");
            assertThat(figures.getRow(0).getCell(0).getStringCellValue()).startsWith("平安镇　每日调度会纪要（2026-11-20）");
            Sheet items = wb.getSheet("待办事项");
            assertThat(items.getLastRowNum()).isEqualTo(3);
            assertThat(items.getRow(2).getCell(1).getStringCellValue()).isEqualTo("指氧仪不足");
            assertThat(items.getRow(3).getCell(1).getStringCellValue()).isEqualTo("周报上报县里");
        }
        assertThat(log.list()).singleElement().satisfies(l -> {
            assertThat(l.what()).isEqualTo(ExportKind.MEETING_SUMMARY);
            assertThat(l.rows()).isEqualTo(20 + 2);
            assertThat(l.fullIds()).isFalse();
            assertThat(l.fileName()).isEqualTo(written.toString());
        });
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theSummaryPdfIsOnePageAndLogged() throws Exception {
        assumeTrue(PdfFonts.system().first().isPresent(), "needs a Chinese TrueType font, e.g. fonts-wqy-microhei");
        MeetingReportsViewModel vm = vm(PdfFonts.system());
        assertThat(zh.text(vm.summaryFileName(true))).isEqualTo("调度会纪要-2026-11-20.pdf");
        Path file = dir.resolve(zh.text(vm.summaryFileName(true)));

        vm.saveSummaryPdf(file);

        assertThat(runner.errors).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.ok("meeting.summary.saved", file.toString()));
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("每日调度会纪要（2026-11-20）", "没有未办结的事项");
        }
        assertThat(log.list()).extracting(ExportLogEntry::what).containsExactly(ExportKind.MEETING_SUMMARY);
    }

    @Test
    void withoutAChineseFontThePdfFailsAsANoticeNamingTheFontAndNothingIsWrittenOrLogged() {
        Path missing = dir.resolve("no-font.ttc");
        MeetingReportsViewModel vm = vm(new PdfFonts(List.of(missing)));
        Path file = dir.resolve("纪要.pdf");

        vm.saveSummaryPdf(file);

        assertThat(runner.errors).singleElement().isInstanceOf(PdfFontMissing.class);
        runner.errors.clear();
        Notice n = vm.noticeProperty().get();
        assertThat(n.error()).isTrue();
        assertThat(n.text()).isEqualTo(Msg.of("meeting.summary.error.noFont", missing.toString()));
        assertThat(zh.text(n.text())).contains("fonts-wqy-microhei", missing.toString());
        assertThat(file).doesNotExist();
        assertThat(log.list()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFolderThatIsNotThereIsANoticeNamingTheFile() {
        MeetingReportsViewModel vm = vm(PdfFonts.system());
        Path file = dir.resolve("no-such-folder").resolve("纪要.xlsx");

        vm.saveSummaryXlsx(file);

        assertThat(runner.errors).hasSize(1);
        runner.errors.clear();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.error("meeting.summary.error.write", file.toString()));
        assertThat(log.list()).isEmpty();
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
