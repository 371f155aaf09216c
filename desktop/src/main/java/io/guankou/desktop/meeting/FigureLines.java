package io.guankou.desktop.meeting;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.meeting.AmbulanceCount;
import io.guankou.model.meeting.ContactDay;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.LowestSupply;
import io.guankou.model.meeting.StaffFigures;
import io.guankou.model.person.Tier;
import io.guankou.model.supply.SupplySettings;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The day's figures as lines of text, in the meeting's order: what {@code guankou snapshot} prints, and the rows of
 * the meeting summary. The dashboard's tiles show the same figures with the same labels ({@code meeting.figure.*}).
 * A figure without data reads "no data", never 0.
 */
public final class FigureLines {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FigureLines() {
    }

    /** @param previous the day before's figures, for the change in tiers; null when none is stored */
    public static List<FigureLine> of(DailyFigures f, DailyFigures previous, Messages msg) {
        List<FigureLine> out = new ArrayList<>();
        for (Tier t : Tier.values()) {
            String value = number(f.tiers().of(t));
            if (previous != null) {
                value = msg.format("meeting.value.withChange", value, signed(f.tiers().change(t, previous.tiers())));
            }
            out.add(new FigureLine("tier." + t.name().toLowerCase(Locale.ROOT), tierLabel(msg, t), value, false));
        }
        ContactDay c = f.contacts();
        out.add(line("contactsDue", msg.get("meeting.figure.contactsDue"), number(c.due()), false));
        out.add(line("contactsDone", msg.get("meeting.figure.contactsDone"), msg.format("meeting.value.ofDue", c.done(), c.due()), c.done() < c.due()));
        out.add(line("contactsMade", msg.get("meeting.figure.contactsMade"), number(c.made()), false));
        out.add(line("overdue", msg.get("meeting.figure.overdue"), number(c.overdue()), c.overdue() > 0));
        Integer compliance = c.compliancePercent();
        out.add(line("compliance", msg.get("meeting.figure.compliance"), compliance == null ? msg.get("meeting.value.none")
                : msg.format("meeting.value.percentOf", compliance, c.meetingTarget(), c.withTarget()),
                compliance != null && compliance < 100));
        out.add(line("newInfections", msg.get("meeting.figure.newInfections"), number(f.newInfections()), f.newInfections() > 0));
        out.add(line("spo2Alerts", msg.get("meeting.figure.spo2Alerts"), number(f.spo2Alerts()), f.spo2Alerts() > 0));
        out.add(line("referralsOpened", msg.get("meeting.figure.referralsOpened"), number(f.referralsOpened()), false));
        out.add(line("openReferrals", msg.get("meeting.figure.openReferrals"), f.oldestOpenReferral() == null ? number(f.openReferrals())
                : msg.format("meeting.value.openSince", f.openReferrals(), MINUTES.format(f.oldestOpenReferral())),
                f.openReferrals() > 0));
        out.add(line("oximeterShortfall", msg.get("meeting.figure.oximeterShortfall"), f.oximeterShortfall() == null ? msg.get("meeting.value.noData")
                : number(f.oximeterShortfall()), f.oximeterShortfall() != null && f.oximeterShortfall() > 0));
        LowestSupply low = f.lowestSupply();
        out.add(line("lowestSupply", msg.get("meeting.figure.lowestSupply"), low == null ? msg.get("meeting.value.noData")
                : msg.format("meeting.value.supply", low.days(), low.itemName(), low.facilityName()),
                low != null && low.days() < SupplySettings.DEFAULT_ALERT_DAYS));
        AmbulanceCount a = f.ambulances();
        out.add(line("ambulances", msg.get("meeting.figure.ambulances"), a == null ? msg.get("meeting.value.noData")
                : msg.format("meeting.value.ambulances", a.available(), a.networked()), a != null && a.available() == 0));
        StaffFigures s = f.staff();
        if (s == null) {
            out.add(line("staffOnDuty", msg.get("meeting.figure.staffOnDuty"), msg.get("meeting.value.notEntered"), true));
            out.add(line("staffInfected", msg.get("meeting.figure.staffInfected"), msg.get("meeting.value.notEntered"), false));
            out.add(line("feverVisits", msg.get("meeting.figure.feverVisits"), msg.get("meeting.value.notEntered"), false));
        } else {
            out.add(line("staffOnDuty", msg.get("meeting.figure.staffOnDuty"), msg.format("meeting.value.staff", s.onDuty(), s.total(),
                    s.onDutyPercent() == null ? "-" : s.onDutyPercent() + "%", StaffFigures.ON_DUTY_TARGET_PERCENT),
                    !s.meetsTarget()));
            out.add(line("staffInfected", msg.get("meeting.figure.staffInfected"), number(s.infected()), s.infected() > 0));
            out.add(line("feverVisits", msg.get("meeting.figure.feverVisits"), number(s.feverVisits()), false));
        }
        out.add(line("returnees", msg.get("meeting.figure.returnees"), f.returnees() == null ? msg.get("meeting.value.noData") : number(f.returnees()),
                false));
        out.add(line("familyDoctor", msg.get("meeting.figure.familyDoctor"), f.familyDoctorPercent() == null ? msg.get("meeting.value.noData")
                : f.familyDoctorPercent() + "%", f.familyDoctorPercent() != null && f.familyDoctorPercent() < 100));
        return out;
    }

    private static FigureLine line(String id, String label, String value, boolean alert) {
        return new FigureLine(id, label, value, alert);
    }

    /** The label of a tier's count, as the tiles and the summary show it. */
    public static String tierLabel(Messages msg, Tier t) {
        return switch (t) {
            case RED -> msg.get("meeting.figure.tier.red");
            case YELLOW -> msg.get("meeting.figure.tier.yellow");
            case GREEN -> msg.get("meeting.figure.tier.green");
        };
    }

    private static String number(int n) {
        return Integer.toString(n);
    }

    static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
