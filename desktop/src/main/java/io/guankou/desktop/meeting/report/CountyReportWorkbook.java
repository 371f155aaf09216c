package io.guankou.desktop.meeting.report;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.meeting.report.CountyReportLayout.DayColumn;
import io.guankou.desktop.meeting.report.CountyReportLayout.FacilityColumn;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.FacilityDay;
import io.guankou.model.meeting.LowestSupply;
import io.guankou.model.meeting.Percent;
import io.guankou.persistence.excel.XlsxSheet;
import io.guankou.persistence.excel.XlsxTableWriter;
import io.guankou.persistence.meeting.DailyEntryFacility;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The county report as a workbook in the fixed layout of {@link CountyReportLayout}: the day sheet (one row per day;
 * for a week the seven days, Monday to Sunday, and a row of totals and averages) and the facility sheet (each
 * facility's daily entries of those days). A day without figures is a row that says why in its note.
 */
public final class CountyReportWorkbook {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages msg;

    public CountyReportWorkbook(Messages msg) {
        this.msg = msg;
    }

    /** Writes the workbook, replacing {@code file}; call off the FX thread. Returns the day rows written. */
    public int write(Path file, CountyReport report) {
        List<List<?>> days = dayRows(report);
        XlsxTableWriter.write(file, List.of(
                new XlsxSheet(msg.get("meeting.report.sheet.days"), title(report), CountyReportLayout.dayColumns(msg),
                        days),
                new XlsxSheet(msg.get("meeting.report.sheet.facilities"), title(report),
                        CountyReportLayout.facilityColumns(msg), facilityRows(report))));
        return report.days().size();
    }

    String title(CountyReport r) {
        LocalDate first = r.days().get(0).day();
        LocalDate last = r.days().get(r.days().size() - 1).day();
        String made = MINUTES.format(r.madeAt());
        return r.span() == ReportSpan.DAY
                ? msg.format("meeting.report.title.day", r.townshipName(), first.toString(), made)
                : msg.format("meeting.report.title.week", r.townshipName(), first.toString(), last.toString(), made);
    }

    /** The day sheet's rows: one per day, then (for a week) the totals. */
    List<List<?>> dayRows(CountyReport report) {
        List<List<?>> rows = new ArrayList<>();
        for (ReportDay d : report.days()) {
            rows.add(dayRow(d));
        }
        if (report.span() == ReportSpan.WEEK) {
            rows.add(totalRow(report.days()));
        }
        return rows;
    }

    private List<?> dayRow(ReportDay d) {
        Object[] cells = new Object[DayColumn.values().length];
        cells[DayColumn.DAY.ordinal()] = d.day();
        cells[DayColumn.NOTE.ordinal()] = note(d);
        DailyFigures f = d.figures();
        if (f == null) {
            return Arrays.asList(cells);
        }
        String notEntered = msg.get("meeting.report.notEntered");
        for (DayColumn c : DayColumn.values()) {
            switch (c) {
                case DAY, NOTE -> { }
                case LOWEST_SUPPLY_ITEM -> cells[c.ordinal()] = supplyItem(f.lowestSupply());
                case COMPLIANCE -> cells[c.ordinal()] = c.figure(f) == null ? msg.get("meeting.value.none") : c.figure(f);
                case FEVER_VISITS, STAFF_TOTAL, STAFF_ON_DUTY, STAFF_ON_DUTY_PERCENT, STAFF_INFECTED ->
                        cells[c.ordinal()] = f.staff() == null ? notEntered : c.figure(f);
                default -> cells[c.ordinal()] = c.figure(f);
            }
        }
        return Arrays.asList(cells);
    }

    private String supplyItem(LowestSupply low) {
        return low == null ? msg.get("meeting.value.noData")
                : msg.format("meeting.report.supplyItem", low.itemName(), low.facilityName());
    }

    private String note(ReportDay d) {
        return switch (d.source()) {
            case LIVE -> msg.format("meeting.report.source.live", MINUTES.format(d.takenAt()));
            case CLOSED -> msg.get("meeting.report.source.closed");
            case LATE -> msg.format("meeting.report.source.late", MINUTES.format(d.takenAt()));
            case PARTIAL -> msg.format("meeting.report.source.partial", MINUTES.format(d.takenAt()));
            case NONE -> msg.get("meeting.report.source.none");
            case NOT_YET -> msg.get("meeting.report.source.notYet");
        };
    }

    /** The week's last row: each column summed up by its {@link CountyReportLayout.Total} over the days with figures. */
    private List<?> totalRow(List<ReportDay> days) {
        List<DailyFigures> with = days.stream().map(ReportDay::figures).filter(f -> f != null).toList();
        Object[] cells = new Object[DayColumn.values().length];
        cells[DayColumn.DAY.ordinal()] = msg.get("meeting.report.total");
        cells[DayColumn.NOTE.ordinal()] = msg.format("meeting.report.totalNote", with.size(), days.size());
        for (DayColumn c : DayColumn.values()) {
            switch (c.total()) {
                case NONE -> { }
                case SUM -> cells[c.ordinal()] = sum(with, c);
                case AVERAGE -> cells[c.ordinal()] = average(with, c);
                case RATIO -> cells[c.ordinal()] = ratio(with, c);
                case MIN -> cells[c.ordinal()] = min(with, c);
            }
        }
        LowestSupply lowest = null;
        for (DailyFigures f : with) {
            if (f.lowestSupply() != null && (lowest == null || f.lowestSupply().days() < lowest.days())) {
                lowest = f.lowestSupply();
            }
        }
        cells[DayColumn.LOWEST_SUPPLY_ITEM.ordinal()] = lowest == null ? null : supplyItem(lowest);
        return Arrays.asList(cells);
    }

    private static List<Integer> figures(List<DailyFigures> days, DayColumn c) {
        return days.stream().map(c::figure).filter(v -> v != null).toList();
    }

    private static Integer sum(List<DailyFigures> days, DayColumn c) {
        List<Integer> v = figures(days, c);
        return v.isEmpty() ? null : v.stream().mapToInt(Integer::intValue).sum();
    }

    private static BigDecimal average(List<DailyFigures> days, DayColumn c) {
        List<Integer> v = figures(days, c);
        if (v.isEmpty()) {
            return null;
        }
        long total = v.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(v.size()), 1, RoundingMode.HALF_UP);
    }

    private static Integer ratio(List<DailyFigures> days, DayColumn c) {
        long part = 0;
        long whole = 0;
        for (DailyFigures f : days) {
            if (c.whole(f) != null) {
                part += c.part(f);
                whole += c.whole(f);
            }
        }
        return Percent.of(part, whole);
    }

    private static Integer min(List<DailyFigures> days, DayColumn c) {
        return figures(days, c).stream().min(Integer::compare).orElse(null);
    }

    /** The facility sheet's rows: each facility (in the entry form's order), its days oldest first. */
    List<List<?>> facilityRows(CountyReport report) {
        Map<Long, List<Object[]>> byFacility = new LinkedHashMap<>();
        for (ReportDay d : report.days()) {
            for (DailyEntryFacility f : d.facilities()) {
                byFacility.computeIfAbsent(f.facilityId(), k -> new ArrayList<>()).add(facilityRow(f, d.day()));
            }
        }
        List<List<?>> rows = new ArrayList<>();
        byFacility.values().forEach(list -> list.forEach(cells -> rows.add(Arrays.asList(cells))));
        return rows;
    }

    private Object[] facilityRow(DailyEntryFacility f, LocalDate day) {
        Object[] cells = new Object[FacilityColumn.values().length];
        cells[FacilityColumn.FACILITY.ordinal()] = f.name();
        cells[FacilityColumn.DAY.ordinal()] = day;
        FacilityDay e = f.entry();
        if (e == null) {
            cells[FacilityColumn.NOTE.ordinal()] = msg.get("meeting.report.notEntered");
            return cells;
        }
        cells[FacilityColumn.STAFF_TOTAL.ordinal()] = e.staffTotal();
        cells[FacilityColumn.STAFF_ON_DUTY.ordinal()] = e.staffOnDuty();
        cells[FacilityColumn.STAFF_INFECTED.ordinal()] = e.staffInfected();
        cells[FacilityColumn.FEVER_VISITS.ordinal()] = e.feverVisits();
        return cells;
    }
}
