package io.guankou.desktop.meeting.report;

import static io.guankou.desktop.meeting.report.Figures.contacts;
import static io.guankou.desktop.meeting.report.Figures.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.meeting.report.CountyReportLayout.DayColumn;
import io.guankou.desktop.meeting.report.CountyReportLayout.FacilityColumn;
import io.guankou.model.meeting.FacilityDay;
import io.guankou.model.meeting.LowestSupply;
import io.guankou.model.meeting.StaffFigures;
import io.guankou.model.meeting.TierCounts;
import io.guankou.model.org.FacilityType;
import io.guankou.persistence.meeting.DailyEntryFacility;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county report's fixed layout and its workbook, read back with POI, for a week written out by hand: Monday
 * 2026-11-16 closed, Tuesday without a snapshot, Wednesday closed late, Thursday with only a daytime snapshot, Friday
 * today (live), the weekend still to come.
 */
class CountyReportWorkbookTest {

    static final LocalDate MON = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dir;
    final Messages zh = Messages.of(Language.ZH);

    static final DailyEntryFacility CENTRE_16 = new DailyEntryFacility(1, "平安镇卫生院",
            FacilityType.TOWNSHIP_HEALTH_CENTRE, true, new FacilityDay(1, MON, 30, 25, 3, 18));
    static final DailyEntryFacility CLINIC_16 = new DailyEntryFacility(2, "石门村卫生室", FacilityType.VILLAGE_CLINIC,
            false, new FacilityDay(2, MON, 10, 8, 0, 2));
    static final DailyEntryFacility CENTRE_17 = new DailyEntryFacility(1, "平安镇卫生院",
            FacilityType.TOWNSHIP_HEALTH_CENTRE, true, new FacilityDay(1, MON.plusDays(1), 30, 24, 4, 21));
    static final DailyEntryFacility CLINIC_17 = new DailyEntryFacility(2, "石门村卫生室", FacilityType.VILLAGE_CLINIC,
            false, null);

    /** The week of Friday 2026-11-20 as at 10:00. */
    static CountyReport week() {
        List<ReportDay> days = List.of(
                new ReportDay(MON, ReportSource.CLOSED, day(MON, MON.atTime(23, 59), new TierCounts(10, 30, 200),
                        contacts(8, 6, 9, 2, 40, 28), new LowestSupply("平安镇卫生院", "布洛芬片", 9),
                        new StaffFigures(2, 40, 33, 3, 20)), MON.atTime(23, 59), List.of(CENTRE_16, CLINIC_16)),
                new ReportDay(MON.plusDays(1), ReportSource.NONE, null, null, List.of(CENTRE_17, CLINIC_17)),
                new ReportDay(MON.plusDays(2), ReportSource.LATE, day(MON.plusDays(2), MON.plusDays(2).atTime(23, 59),
                        new TierCounts(12, 29, 199), contacts(10, 10, 12, 1, 41, 33),
                        new LowestSupply("石门村卫生室", "退热贴", 4), null), MON.plusDays(3).atTime(8, 30), List.of()),
                new ReportDay(MON.plusDays(3), ReportSource.PARTIAL, day(MON.plusDays(3), MON.plusDays(3).atTime(15, 0),
                        new TierCounts(11, 28, 201), contacts(6, 3, 5, 4, 0, 0), null,
                        new StaffFigures(1, 10, 7, 2, 5)), MON.plusDays(3).atTime(15, 0), List.of()),
                new ReportDay(MON.plusDays(4), ReportSource.LIVE, day(MON.plusDays(4), Figures.NOW,
                        new TierCounts(13, 27, 200), contacts(9, 2, 3, 5, 40, 20),
                        new LowestSupply("平安镇卫生院", "布洛芬片", 8), new StaffFigures(2, 40, 30, 6, 15)), Figures.NOW,
                        List.of()),
                new ReportDay(MON.plusDays(5), ReportSource.NOT_YET, null, null, List.of()),
                new ReportDay(MON.plusDays(6), ReportSource.NOT_YET, null, null, List.of()));
        return new CountyReport("平安镇", ReportSpan.WEEK, days, Figures.NOW);
    }

    @Test
    void theLayoutIsTheCountysFixedColumnList() {
        assertThat(DayColumn.values()).containsExactly(DayColumn.DAY, DayColumn.RED, DayColumn.YELLOW, DayColumn.GREEN,
                DayColumn.CONTACTS_DUE, DayColumn.CONTACTS_DONE, DayColumn.OVERDUE, DayColumn.COMPLIANCE,
                DayColumn.FEVER_VISITS, DayColumn.LOWEST_SUPPLY_DAYS, DayColumn.LOWEST_SUPPLY_ITEM,
                DayColumn.STAFF_TOTAL, DayColumn.STAFF_ON_DUTY, DayColumn.STAFF_ON_DUTY_PERCENT,
                DayColumn.STAFF_INFECTED, DayColumn.NOTE);
        assertThat(CountyReportLayout.dayColumns(zh)).extracting(c -> c.header()).containsExactly("日期", "红色人数",
                "黄色人数", "绿色人数", "应联系（人）", "已联系上（人）", "逾期未联系（人）", "本周联系达标率（%）",
                "发热门诊就诊（人次）", "药品最少可用天数", "最少天数的药品（机构）", "医务人员总数", "在岗人数", "在岗率（%）",
                "感染减员（人）", "说明");
        assertThat(CountyReportLayout.facilityColumns(zh)).extracting(c -> c.header()).containsExactly("机构", "日期",
                "医务人员", "在岗", "感染减员", "发热门诊就诊", "说明");
        assertThat(FacilityColumn.values()).hasSize(7);
        // events of the days are summed, persons averaged, shares pooled, medicine the lowest
        assertThat(Arrays.stream(DayColumn.values()).map(DayColumn::total)).containsExactly(
                CountyReportLayout.Total.NONE, CountyReportLayout.Total.AVERAGE, CountyReportLayout.Total.AVERAGE,
                CountyReportLayout.Total.AVERAGE, CountyReportLayout.Total.SUM, CountyReportLayout.Total.SUM,
                CountyReportLayout.Total.AVERAGE, CountyReportLayout.Total.RATIO, CountyReportLayout.Total.SUM,
                CountyReportLayout.Total.MIN, CountyReportLayout.Total.NONE, CountyReportLayout.Total.AVERAGE,
                CountyReportLayout.Total.AVERAGE, CountyReportLayout.Total.RATIO, CountyReportLayout.Total.AVERAGE,
                CountyReportLayout.Total.NONE);
    }

    @Test
    void aWeekIsSevenDayRowsMondayToSundayAndATotalRow() throws Exception {
        Path file = dir.resolve("周报.xlsx");

        int rows = new CountyReportWorkbook(zh).write(file, week());

        assertThat(rows).isEqualTo(7);
        try (XSSFWorkbook wb = SummaryWorkbookTest.open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet days = wb.getSheet("每日数字");
            assertThat(days.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("平安镇　动态数据上报（2026-11-16 至 2026-11-22，制表于 2026-11-20 10:00）");
            assertThat(SummaryWorkbookTest.texts(days.getRow(1))).hasSize(16).startsWith("日期", "红色人数");
            assertThat(days.getLastRowNum()).isEqualTo(1 + 7 + 1);
            for (int i = 0; i < 7; i++) {
                Cell d = days.getRow(2 + i).getCell(0);
                assertThat(d.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(d.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MON.plusDays(i));
            }

            // Monday, closed: the figures as stored; 33 of 40 on duty is 82.5%, 83 rounded half up
            assertThat(values(days.getRow(2))).containsExactly(LocalDate.of(2026, 11, 16), 10.0, 30.0, 200.0, 8.0, 6.0,
                    2.0, 70.0, 20.0, 9.0, "布洛芬片（平安镇卫生院）", 40.0, 33.0, 83.0, 3.0, "日终快照");
            // Tuesday: no snapshot, a row that says so
            assertThat(values(days.getRow(3))).containsExactly(LocalDate.of(2026, 11, 17), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, "无快照：当日未保存数字");
            // Wednesday, filled in late; no staff entry that day; 33 of 41 meeting the target is 80.49%, 80
            assertThat(values(days.getRow(4))).containsExactly(LocalDate.of(2026, 11, 18), 12.0, 29.0, 199.0, 10.0,
                    10.0, 1.0, 80.0, "未填报", 4.0, "退热贴（石门村卫生室）", "未填报", "未填报", "未填报", "未填报",
                    "日终快照，补记于 2026-11-19 08:30");
            // Thursday, a daytime snapshot only; nobody with a target; no medicine data; 7 of 10 on duty
            assertThat(values(days.getRow(5))).containsExactly(LocalDate.of(2026, 11, 19), 11.0, 28.0, 201.0, 6.0, 3.0,
                    4.0, "无联系任务", 5.0, null, "暂无数据", 10.0, 7.0, 70.0, 2.0,
                    "仅有当日快照（2026-11-19 15:00），未日终");
            // Friday, today: live; 20 of 40 is 50%, 30 of 40 on duty 75%
            assertThat(values(days.getRow(6))).containsExactly(LocalDate.of(2026, 11, 20), 13.0, 27.0, 200.0, 9.0, 2.0,
                    5.0, 50.0, 15.0, 8.0, "布洛芬片（平安镇卫生院）", 40.0, 30.0, 75.0, 6.0,
                    "今日实时数字（截至 2026-11-20 10:00）");
            assertThat(values(days.getRow(7)).get(15)).isEqualTo("尚未到该日");
            assertThat(values(days.getRow(8)).get(15)).isEqualTo("尚未到该日");

            // the week: over the 4 days with figures (Mon, Wed, Thu, Fri); staff over the 3 with an entry
            List<Object> total = values(days.getRow(9));
            assertThat(total.get(0)).isEqualTo("合计/平均");
            assertThat(total.get(1)).isEqualTo(11.5);   // (10 + 12 + 11 + 13) / 4
            assertThat(total.get(2)).isEqualTo(28.5);   // (30 + 29 + 28 + 27) / 4
            assertThat(total.get(3)).isEqualTo(200.0);  // (200 + 199 + 201 + 200) / 4
            assertThat(total.get(4)).isEqualTo(33.0);   // 8 + 10 + 6 + 9
            assertThat(total.get(5)).isEqualTo(21.0);   // 6 + 10 + 3 + 2
            assertThat(total.get(6)).isEqualTo(3.0);    // (2 + 1 + 4 + 5) / 4
            assertThat(total.get(7)).isEqualTo(67.0);   // (28 + 33 + 0 + 20) / (40 + 41 + 0 + 40) = 81/121 = 66.9%
            assertThat(total.get(8)).isEqualTo(40.0);   // 20 + 5 + 15
            assertThat(total.get(9)).isEqualTo(4.0);    // min(9, 4, 8)
            assertThat(total.get(10)).isEqualTo("退热贴（石门村卫生室）");
            assertThat(total.get(11)).isEqualTo(30.0);  // (40 + 10 + 40) / 3
            assertThat(total.get(12)).isEqualTo(23.3);  // (33 + 7 + 30) / 3 = 23.33
            assertThat(total.get(13)).isEqualTo(78.0);  // 70 / 90 = 77.8%
            assertThat(total.get(14)).isEqualTo(3.7);   // (3 + 2 + 6) / 3 = 3.67
            assertThat((String) total.get(15)).endsWith("4/7 天有数字");

            // a facility's days together, in the form's order; a day without its entry says so
            Sheet facilities = wb.getSheet("各机构填报");
            assertThat(SummaryWorkbookTest.texts(facilities.getRow(1))).containsExactly("机构", "日期", "医务人员", "在岗",
                    "感染减员", "发热门诊就诊", "说明");
            assertThat(values(facilities.getRow(2))).containsExactly("平安镇卫生院", MON, 30.0, 25.0, 3.0, 18.0, null);
            assertThat(values(facilities.getRow(3))).containsExactly("平安镇卫生院", MON.plusDays(1), 30.0, 24.0, 4.0,
                    21.0, null);
            assertThat(values(facilities.getRow(4))).containsExactly("石门村卫生室", MON, 10.0, 8.0, 0.0, 2.0, null);
            assertThat(values(facilities.getRow(5))).containsExactly("石门村卫生室", MON.plusDays(1), null, null, null,
                    null, "未填报");
            assertThat(facilities.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void aDayIsOneRowWithoutTotals() throws Exception {
        Path file = dir.resolve("日报.xlsx");
        ReportDay monday = week().days().get(0);
        CountyReport report = new CountyReport("平安镇", ReportSpan.DAY, List.of(monday), LocalDateTime.of(2026, 11, 17, 9, 0));

        assertThat(new CountyReportWorkbook(zh).write(file, report)).isEqualTo(1);

        try (XSSFWorkbook wb = SummaryWorkbookTest.open(file)) {
            Sheet days = wb.getSheet("每日数字");
            assertThat(days.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("平安镇　动态数据上报（2026-11-16，制表于 2026-11-17 09:00）");
            assertThat(days.getLastRowNum()).isEqualTo(2);
            assertThat(values(days.getRow(2)).get(1)).isEqualTo(10.0);
            assertThat(wb.getSheet("各机构填报").getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void aWeekRunsMondayToSundayAroundAnyOfItsDays() {
        List<LocalDate> fromSunday = ReportSpan.WEEK.days(LocalDate.of(2026, 11, 22));
        assertThat(fromSunday).hasSize(7).startsWith(MON).endsWith(LocalDate.of(2026, 11, 22));
        assertThat(ReportSpan.WEEK.days(MON)).isEqualTo(fromSunday);
        assertThat(ReportSpan.DAY.days(MON)).containsExactly(MON);
    }

    /** The row's cells: dates as LocalDate, numbers as Double, text as String, blank as null; all 16 or 7 of them. */
    static List<Object> values(Row row) {
        List<Object> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                out.add(null);
            } else if (cell.getCellType() == CellType.STRING) {
                out.add(cell.getStringCellValue());
            } else if (cell.getCellStyle().getDataFormatString().startsWith("yyyy")) {
                out.add(cell.getLocalDateTimeCellValue().toLocalDate());
            } else {
                out.add(cell.getNumericCellValue());
            }
        }
        return out;
    }
}
