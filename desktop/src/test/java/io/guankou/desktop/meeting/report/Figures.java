package io.guankou.desktop.meeting.report;

import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionKind;
import io.guankou.model.meeting.ActionLink;
import io.guankou.model.meeting.ActionStatus;
import io.guankou.model.meeting.AmbulanceCount;
import io.guankou.model.meeting.ContactDay;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.LowestSupply;
import io.guankou.model.meeting.StaffFigures;
import io.guankou.model.meeting.TierCounts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Figures and items written out by hand for the output tests: Friday 2026-11-20, 10:00, and the day before. */
final class Figures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private Figures() {
    }

    /** A day's figures with the parts the report reads; the rest as on a quiet day. */
    static DailyFigures day(LocalDate day, LocalDateTime at, TierCounts tiers, ContactDay contacts, LowestSupply low,
                            StaffFigures staff) {
        return new DailyFigures(day, at, tiers, contacts, 0, 0, 0, 0, null, null, low, null, staff, null, null);
    }

    static ContactDay contacts(int due, int done, int made, int overdue, int withTarget, int meeting) {
        return new ContactDay(due, done, made, overdue, withTarget, meeting, List.of());
    }

    /**
     * Today: red 12, yellow 30, green 200; 9 due, 7 done, 11 reached, 3 overdue, 30 of 40 meeting the weekly target;
     * 2 new infections, 1 SpO2 alert, 1 referral opened, 2 open since 2026-11-19 15:30; 4 oximeters short; ibuprofen 6
     * days at the health centre; 2 of 3 ambulances; 38 of 50 staff on duty, 5 infected, 41 fever visits; 14
     * returnees; 62% family-doctor coverage.
     */
    static DailyFigures today() {
        return new DailyFigures(TODAY, NOW, new TierCounts(12, 30, 200), contacts(9, 7, 11, 3, 40, 30), 2, 1, 1, 2,
                LocalDateTime.of(2026, 11, 19, 15, 30), 4, new LowestSupply("平安镇卫生院", "布洛芬片", 6),
                new AmbulanceCount(3, 2), new StaffFigures(3, 50, 38, 5, 41), 14, 62);
    }

    /** Yesterday as stored: red 10, yellow 31, green 200. */
    static DailyFigures yesterday() {
        return day(TODAY.minusDays(1), TODAY.minusDays(1).atTime(23, 59), new TierCounts(10, 31, 200),
                contacts(8, 8, 8, 1, 40, 32), null, null);
    }

    static ActionItem item(long id, ActionKind kind, String text, String owner, LocalDate due, ActionStatus status,
                           ActionLink link) {
        return new ActionItem(id, kind, text, owner, due, status, status == ActionStatus.DONE ? "已办" : null, link,
                TODAY.minusDays(5), "李书记", status == ActionStatus.DONE ? TODAY : null,
                status == ActionStatus.DONE ? "李书记" : null);
    }

    /**
     * A problem due 2026-11-17 (overdue 3 days) about the health centre; a task due 2026-11-22 about 张三丰; a
     * responsibility due today (not overdue yet); a task closed today (left out of the summary).
     */
    static List<ActionItem> items() {
        return List.of(
                item(1, ActionKind.TASK, "给独居老人送指氧仪", "村医王", TODAY.plusDays(2), ActionStatus.OPEN,
                        new ActionLink(ActionLink.Kind.PERSON, 7, "张三丰")),
                item(2, ActionKind.PROBLEM, "卫生院布洛芬不足两周用量", "药房刘", TODAY.minusDays(3), ActionStatus.OPEN,
                        new ActionLink(ActionLink.Kind.FACILITY, 1, "平安镇卫生院")),
                item(3, ActionKind.RESPONSIBILITY, "落实每日联系", "网格长", TODAY, ActionStatus.OPEN, null),
                item(4, ActionKind.TASK, "补齐退热贴", "药房刘", TODAY.minusDays(1), ActionStatus.DONE, null));
    }
}
