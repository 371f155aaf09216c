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
import java.time.LocalDate;
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
        db.read(dsl -> dsl.execute("DELETE FROM action_item")); // the demo's own items: these tests add their own
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

    @Test
    void theWeeksReportTakesPastDaysFromTheirSnapshotsTodayLiveAndSaysWhatIsMissing() throws Exception {
        MeetingReportsViewModel vm = vm(PdfFonts.system());
        assertThat(zh.text(vm.reportFileName(ReportSpan.WEEK, TODAY))).isEqualTo("动态数据上报-2026-11-16起一周.xlsx");
        Path file = dir.resolve("周报.xlsx");

        vm.saveCountyReport(file, ReportSpan.WEEK, TODAY);

        assertThat(runner.errors).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.ok("meeting.report.saved", file.toString()));
        List<FacilityRow> facilities = services.facilityDays().form(TODAY).stream()
                .map(f -> new FacilityRow(f.name(), f.entry() != null)).toList();
        try (XSSFWorkbook wb = open(file)) {
            Sheet days = wb.getSheet("每日数字");
            assertThat(days.getLastRowNum()).isEqualTo(1 + 7 + 1);
            // Monday 16th to Thursday 19th: the demo closed them at 23:59
            for (int i = 0; i < 4; i++) {
                LocalDate d = LocalDate.of(2026, 11, 16).plusDays(i);
                DailyFigures stored = services.store().load(d).orElseThrow().figures();
                List<Object> row = CountyReportWorkbookTest.values(days.getRow(2 + i));
                assertThat(row.get(0)).isEqualTo(d);
                assertThat(row.get(1)).isEqualTo((double) stored.tiers().red());
                assertThat(row.get(4)).isEqualTo((double) stored.contacts().due());
                assertThat(row.get(11)).isEqualTo((double) stored.staff().total());
                assertThat(row.get(15)).isEqualTo("日终快照");
            }
            DailyFigures live = services.snapshots().figures(TODAY, TestClocks.NOW);
            List<Object> today = CountyReportWorkbookTest.values(days.getRow(6));
            assertThat(today.get(1)).isEqualTo((double) live.tiers().red());
            assertThat(today.get(15)).isEqualTo("今日实时数字（截至 2026-11-20 10:00）");
            assertThat(CountyReportWorkbookTest.values(days.getRow(7)).get(15)).isEqualTo("尚未到该日");
            assertThat(CountyReportWorkbookTest.values(days.getRow(8)).get(15)).isEqualTo("尚未到该日");
            assertThat(CountyReportWorkbookTest.values(days.getRow(9)).get(0)).isEqualTo("合计/平均");

            // every facility for each of the five days so far; today only the health centres have entered
            Sheet perFacility = wb.getSheet("各机构填报");
            assertThat(perFacility.getLastRowNum()).isEqualTo(1 + facilities.size() * 5);
            for (int f = 0; f < facilities.size(); f++) {
                List<Object> todayRow = CountyReportWorkbookTest.values(perFacility.getRow(2 + f * 5 + 4));
                assertThat(todayRow.get(0)).isEqualTo(facilities.get(f).name());
                assertThat(todayRow.get(1)).isEqualTo(TODAY);
                assertThat(todayRow.size() > 6 && "未填报".equals(todayRow.get(6))).isEqualTo(!facilities.get(f).entered());
            }
        }
        assertThat(log.list()).singleElement().satisfies(l -> {
            assertThat(l.what()).isEqualTo(ExportKind.COUNTY_REPORT);
            assertThat(l.rows()).isEqualTo(7);
            assertThat(l.fullIds()).isFalse();
        });
    }

    @Test
    void aWeekBeforeTheHistoryHasRowsSayingNoSnapshotAndALateDayIsMarked() throws Exception {
        MeetingReportsViewModel vm = vm(PdfFonts.system());
        Path early = dir.resolve("early.xlsx");
        Path late = dir.resolve("late.xlsx");

        // the demo's history starts on Friday 6th (14 days back): Monday 2nd to Thursday 5th have none
        vm.saveCountyReport(early, ReportSpan.WEEK, LocalDate.of(2026, 11, 4));
        // Sunday 15th (5 days back) was closed the next morning at 08:30
        vm.saveCountyReport(late, ReportSpan.DAY, LocalDate.of(2026, 11, 15));

        assertThat(runner.errors).isEmpty();
        try (XSSFWorkbook wb = open(early)) {
            Sheet days = wb.getSheet("每日数字");
            for (int i = 0; i < 7; i++) {
                List<Object> row = CountyReportWorkbookTest.values(days.getRow(2 + i));
                assertThat(row.get(15)).isEqualTo(i < 4 ? "无快照：当日未保存数字" : "日终快照");
                assertThat(row.get(1) == null).isEqualTo(i < 4);
            }
            assertThat((String) CountyReportWorkbookTest.values(days.getRow(9)).get(15)).endsWith("3/7 天有数字");
        }
        try (XSSFWorkbook wb = open(late)) {
            Sheet days = wb.getSheet("每日数字");
            assertThat(days.getLastRowNum()).isEqualTo(2);
            assertThat(CountyReportWorkbookTest.values(days.getRow(2)).get(15))
                    .isEqualTo("日终快照，补记于 2026-11-16 08:30");
        }
        assertThat(log.list()).extracting(ExportLogEntry::rows).containsExactlyInAnyOrder(7L, 1L);
    }

    record FacilityRow(String name, boolean entered) {
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
