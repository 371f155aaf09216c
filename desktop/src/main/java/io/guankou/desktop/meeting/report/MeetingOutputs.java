package io.guankou.desktop.meeting.report;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.meeting.MeetingServices;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.Snapshot;
import io.guankou.persistence.meeting.ActionItemRepository;
import io.guankou.persistence.meeting.DailyEntryFacility;
import io.guankou.persistence.meeting.DailySnapshots;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ArrayList;

/**
 * Gathers what the meeting's two outputs show, from the stores; runs off the FX thread. The summary: today's live
 * figures, yesterday's stored snapshot for the change, and the open action items. The county report: each day from
 * its stored snapshot, today (when in the span) from the live figures, and the facilities' daily entries.
 */
public final class MeetingOutputs {

    private final MeetingServices services;
    private final ActionItemRepository actions;

    public MeetingOutputs(MeetingServices services, ActionItemRepository actions) {
        this.services = Objects.requireNonNull(services);
        this.actions = Objects.requireNonNull(actions);
    }

    /** The summary of the meeting held on {@code now}'s day. */
    public SummaryContent summary(String townshipName, LocalDateTime now, Messages msg) {
        LocalDate today = now.toLocalDate();
        DailyFigures figures = services.snapshots().figures(today, now);
        DailyFigures previous = services.store().load(today.minusDays(1)).map(Snapshot::figures).orElse(null);
        List<ActionItem> open = actions.list(today, 0);
        return SummaryContent.of(townshipName, figures, previous, open, msg);
    }

    /** The county report of {@code span} around {@code day}, as at {@code now}. */
    public CountyReport countyReport(String townshipName, ReportSpan span, LocalDate day, LocalDateTime now) {
        List<LocalDate> days = span.days(day);
        LocalDate today = now.toLocalDate();
        Map<LocalDate, Snapshot> stored = new HashMap<>();
        for (Snapshot s : services.store().range(days.get(0), days.get(days.size() - 1))) {
            stored.put(s.figures().day(), s);
        }
        List<ReportDay> out = new ArrayList<>(days.size());
        for (LocalDate d : days) {
            if (d.isAfter(today)) {
                out.add(new ReportDay(d, ReportSource.NOT_YET, null, null, List.of()));
                continue;
            }
            List<DailyEntryFacility> facilities = services.facilityDays().form(d);
            Snapshot s = stored.get(d);
            if (d.equals(today)) {
                out.add(new ReportDay(d, ReportSource.LIVE, services.snapshots().figures(d, now), now, facilities));
            } else if (s == null) {
                out.add(new ReportDay(d, ReportSource.NONE, null, null, facilities));
            } else {
                ReportSource source = !DailySnapshots.closed(s) ? ReportSource.PARTIAL
                        : s.late() ? ReportSource.LATE : ReportSource.CLOSED;
                out.add(new ReportDay(d, source, s.figures(), s.takenAt(), facilities));
            }
        }
        return new CountyReport(townshipName, span, out, now);
    }
}
