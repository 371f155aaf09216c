package io.guankou.desktop.meeting.report;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.StaffFigures;
import io.guankou.persistence.excel.XlsxColumn;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The fixed layout of the county report, in one place: the columns of the day sheet, in order, each with
 * its header, width, cell kind, the figure it shows and how the week's total row sums it up; and the columns of the
 * facility sheet. A figure the township keeps no data for on a day is null here; the row says so in words.
 */
public final class CountyReportLayout {

    /** How the week's last row sums a column up over the days with figures. */
    public enum Total {
        /** Nothing (the row's label, the note). */
        NONE,
        /** The sum: events of the days (contacts, visits). */
        SUM,
        /** The mean per day with data, to one decimal: counts of persons on a day. */
        AVERAGE,
        /** Whole percent of the days' parts summed over the days' wholes summed (a share of person-days). */
        RATIO,
        /** The lowest: the medicine days of supply. */
        MIN
    }

    /** The day sheet: one row per day. */
    public enum DayColumn {
        DAY("meeting.report.col.day", 12, XlsxColumn.Kind.DATE, Total.NONE, null),
        RED("meeting.report.col.red", 9, XlsxColumn.Kind.NUMBER, Total.AVERAGE, f -> f.tiers().red()),
        YELLOW("meeting.report.col.yellow", 9, XlsxColumn.Kind.NUMBER, Total.AVERAGE, f -> f.tiers().yellow()),
        GREEN("meeting.report.col.green", 9, XlsxColumn.Kind.NUMBER, Total.AVERAGE, f -> f.tiers().green()),
        CONTACTS_DUE("meeting.report.col.contactsDue", 10, XlsxColumn.Kind.NUMBER, Total.SUM, f -> f.contacts().due()),
        CONTACTS_DONE("meeting.report.col.contactsDone", 10, XlsxColumn.Kind.NUMBER, Total.SUM,
                f -> f.contacts().done()),
        OVERDUE("meeting.report.col.overdue", 10, XlsxColumn.Kind.NUMBER, Total.AVERAGE, f -> f.contacts().overdue()),
        COMPLIANCE("meeting.report.col.compliance", 11, XlsxColumn.Kind.NUMBER, Total.RATIO,
                f -> f.contacts().compliancePercent(), f -> f.contacts().meetingTarget(), f -> f.contacts().withTarget()),
        FEVER_VISITS("meeting.report.col.feverVisits", 11, XlsxColumn.Kind.NUMBER, Total.SUM,
                f -> staff(f, StaffFigures::feverVisits)),
        LOWEST_SUPPLY_DAYS("meeting.report.col.lowestSupplyDays", 10, XlsxColumn.Kind.NUMBER, Total.MIN,
                f -> f.lowestSupply() == null ? null : f.lowestSupply().days()),
        LOWEST_SUPPLY_ITEM("meeting.report.col.lowestSupplyItem", 24, XlsxColumn.Kind.TEXT, Total.NONE, null),
        STAFF_TOTAL("meeting.report.col.staffTotal", 10, XlsxColumn.Kind.NUMBER, Total.AVERAGE,
                f -> staff(f, StaffFigures::total)),
        STAFF_ON_DUTY("meeting.report.col.staffOnDuty", 10, XlsxColumn.Kind.NUMBER, Total.AVERAGE,
                f -> staff(f, StaffFigures::onDuty)),
        STAFF_ON_DUTY_PERCENT("meeting.report.col.staffOnDutyPercent", 10, XlsxColumn.Kind.NUMBER, Total.RATIO,
                f -> f.staff() == null ? null : f.staff().onDutyPercent(), f -> staff(f, StaffFigures::onDuty),
                f -> staff(f, StaffFigures::total)),
        STAFF_INFECTED("meeting.report.col.staffInfected", 10, XlsxColumn.Kind.NUMBER, Total.AVERAGE,
                f -> staff(f, StaffFigures::infected)),
        NOTE("meeting.report.col.note", 34, XlsxColumn.Kind.TEXT, Total.NONE, null);

        private final String key;
        private final int width;
        private final XlsxColumn.Kind kind;
        private final Total total;
        private final Function<DailyFigures, Integer> figure;
        private final Function<DailyFigures, Integer> part;
        private final Function<DailyFigures, Integer> whole;

        DayColumn(String key, int width, XlsxColumn.Kind kind, Total total, Function<DailyFigures, Integer> figure) {
            this(key, width, kind, total, figure, null, null);
        }

        DayColumn(String key, int width, XlsxColumn.Kind kind, Total total, Function<DailyFigures, Integer> figure,
                  Function<DailyFigures, Integer> part, Function<DailyFigures, Integer> whole) {
            this.key = key;
            this.width = width;
            this.kind = kind;
            this.total = total;
            this.figure = figure;
            this.part = part;
            this.whole = whole;
        }

        public String key() {
            return key;
        }

        public Total total() {
            return total;
        }

        /** The figure this column shows for a day; null when the township has no such data that day. */
        public Integer figure(DailyFigures f) {
            return figure == null ? null : figure.apply(f);
        }

        /** For a {@link Total#RATIO} column: the day's part (e.g. staff on duty); null without data. */
        public Integer part(DailyFigures f) {
            return part == null ? null : part.apply(f);
        }

        /** For a {@link Total#RATIO} column: the day's whole (e.g. staff); null without data. */
        public Integer whole(DailyFigures f) {
            return whole == null ? null : whole.apply(f);
        }

        XlsxColumn column(Messages msg) {
            return new XlsxColumn(msg.get(key), width, kind);
        }
    }

    /** The facility sheet: one row per facility and day, a facility's days together. */
    public enum FacilityColumn {
        FACILITY("meeting.report.fcol.facility", 24, XlsxColumn.Kind.TEXT),
        DAY("meeting.report.fcol.day", 12, XlsxColumn.Kind.DATE),
        STAFF_TOTAL("meeting.report.fcol.staffTotal", 10, XlsxColumn.Kind.NUMBER),
        STAFF_ON_DUTY("meeting.report.fcol.staffOnDuty", 10, XlsxColumn.Kind.NUMBER),
        STAFF_INFECTED("meeting.report.fcol.staffInfected", 10, XlsxColumn.Kind.NUMBER),
        FEVER_VISITS("meeting.report.fcol.feverVisits", 11, XlsxColumn.Kind.NUMBER),
        NOTE("meeting.report.fcol.note", 14, XlsxColumn.Kind.TEXT);

        private final String key;
        private final int width;
        private final XlsxColumn.Kind kind;

        FacilityColumn(String key, int width, XlsxColumn.Kind kind) {
            this.key = key;
            this.width = width;
            this.kind = kind;
        }

        public String key() {
            return key;
        }

        XlsxColumn column(Messages msg) {
            return new XlsxColumn(msg.get(key), width, kind);
        }
    }

    private CountyReportLayout() {
    }

    public static List<XlsxColumn> dayColumns(Messages msg) {
        return Arrays.stream(DayColumn.values()).map(c -> c.column(msg)).toList();
    }

    public static List<XlsxColumn> facilityColumns(Messages msg) {
        return Arrays.stream(FacilityColumn.values()).map(c -> c.column(msg)).toList();
    }

    private static Integer staff(DailyFigures f, Function<StaffFigures, Integer> value) {
        return f.staff() == null ? null : value.apply(f.staff());
    }
}
