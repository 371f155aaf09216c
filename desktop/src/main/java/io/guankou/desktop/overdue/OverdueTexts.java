package io.guankou.desktop.overdue;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.ledger.LedgerEntry;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How the overdue list's values read, the same on screen, on paper and in the workbook. */
public final class OverdueTexts {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** On paper the year is in the title; the short form leaves room for the remarks column. */
    static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Messages msg;

    public OverdueTexts(Messages msg) {
        this.msg = msg;
    }

    public Messages messages() {
        return msg;
    }

    /** The group's name: a village, "village · grid", a team, or "unassigned" for persons without one. */
    public String groupName(OverdueGroup g) {
        if (g.name() == null) {
            return msg.get(Messages.enumKey("overdue.unassigned", g.grouping()));
        }
        if (g.grouping() == Grouping.GRID && g.parentName() != null) {
            return msg.format("overdue.gridName", g.parentName(), g.name());
        }
        return g.name();
    }

    /** A group row's heading: the group's name and how many persons it lists. */
    public String groupHeading(OverdueGroup g) {
        return msg.format("overdue.groupHeading", groupName(g), g.count());
    }

    public String lastReached(FollowUpStatus s) {
        return s.lastReached() == null ? msg.get("overdue.neverReached") : DATE_TIME.format(s.lastReached());
    }

    public String lastReachedShort(FollowUpStatus s) {
        return s.lastReached() == null ? msg.get("overdue.neverReached") : SHORT_DATE_TIME.format(s.lastReached());
    }

    /** Whole days overdue, "less than a day", or a dash when there is no date to count from (never contacted). */
    public String daysOverdue(FollowUpStatus s) {
        long days = s.daysOverdue();
        if (days < 0) {
            return msg.get("overdue.days.unknown");
        }
        return days == 0 ? msg.get("overdue.days.lessThanOne") : msg.format("overdue.days", days);
    }

    /** Reached contacts in the rolling 7 days against the weekly target: "1/3". */
    public String week(FollowUpStatus s) {
        return msg.format("overdue.week", s.reachedLast7Days(), s.weeklyTarget());
    }

    public String reason(FollowUpStatus s) {
        return msg.label(s.reason());
    }

    public String homeMarker(FollowUpStatus s) {
        return s.infectedAtHome() ? msg.get("overdue.homeMarker") : "";
    }

    /** The village, and the grid when there is one. */
    public String place(LedgerEntry e) {
        return e.gridName() == null ? nullToEmpty(e.villageName())
                : msg.format("overdue.gridName", nullToEmpty(e.villageName()), e.gridName());
    }

    /** Team names usually start with the village name, which the place column shows: the rest is enough. */
    public static String shortTeamName(LedgerEntry e) {
        String team = e.teamName();
        String village = e.villageName();
        if (team != null && village != null && team.startsWith(village) && team.length() > village.length()) {
            return team.substring(village.length());
        }
        return nullToEmpty(team);
    }

    public String asOf(LocalDateTime at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public String groupingLabel(Grouping g) {
        return msg.label(g);
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
