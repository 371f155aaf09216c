package io.guankou.desktop.meeting.report;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.meeting.FigureLine;
import io.guankou.desktop.meeting.FigureLines;
import io.guankou.desktop.meeting.actions.ActionListViewModel;
import io.guankou.model.meeting.ActionCounts;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionRules;
import io.guankou.model.meeting.DailyFigures;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the one-page meeting summary says, in words, the same in the PDF and the workbook: the title
 * (township and day), when the figures were taken, the day's figures as the tiles show them (the change in tiers
 * against the day before's stored snapshot) and the open action items, overdue first, persons' names masked.
 */
public record SummaryContent(String title, String asOf, List<FigureLine> figures, List<SummaryItem> items,
                             ActionCounts counts) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public SummaryContent {
        figures = List.copyOf(figures);
        items = List.copyOf(items);
    }

    /**
     * @param previous the day before's stored figures; null when none is stored
     * @param items    the open items (closed ones are left out); put in the list's order here
     */
    public static SummaryContent of(String townshipName, DailyFigures today, DailyFigures previous,
                                    List<ActionItem> items, Messages msg) {
        List<SummaryItem> lines = new ArrayList<>();
        List<ActionItem> open = items.stream().filter(ActionItem::open).toList();
        for (ActionItem i : ActionRules.sorted(open, today.day())) {
            boolean overdue = ActionRules.isOverdue(i, today.day());
            String status = overdue
                    ? msg.format("meeting.actions.status.overdue", ChronoUnit.DAYS.between(i.due(), today.day()))
                    : msg.get("meeting.actions.status.open");
            String link = i.link() == null ? "" : msg.text(ActionListViewModel.link(i));
            lines.add(new SummaryItem(msg.label(i.kind()), i.text(), i.owner(), i.due(), status, link, overdue));
        }
        String title = msg.format("meeting.summary.title", townshipName == null ? "" : townshipName,
                today.day().toString());
        return new SummaryContent(title, msg.format("meeting.summary.asOf", MINUTES.format(today.at())),
                FigureLines.of(today, previous, msg), lines, ActionRules.counts(open, today.day()));
    }
}
