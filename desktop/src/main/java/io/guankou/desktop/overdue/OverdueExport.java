package io.guankou.desktop.overdue;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.excel.TierCell;
import io.guankou.persistence.excel.XlsxColumn;
import io.guankou.persistence.excel.XlsxTableWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The overdue list as it is shown (grouping and tier filter) written to an .xlsx sheet with the bundle's
 * headers. Resident IDs are masked, as on screen: a list that travels by USB stick must not carry them whole.
 */
public final class OverdueExport {

    private final OverdueTexts texts;
    private final Messages msg;

    public OverdueExport(Messages msg) {
        this.msg = msg;
        this.texts = new OverdueTexts(msg);
    }

    /** The suggested file name: the bundle's pattern with the day, e.g. "...-2026-11-23.xlsx". */
    public String defaultFileName(LocalDate day) {
        return msg.format("export.overdue.fileName", day.toString());
    }

    /** Writes the sheet; call off the FX thread. Returns the number of person rows written. */
    public int write(Path file, String townshipName, LocalDateTime asOf, Grouping grouping,
                     List<OverdueGroup> groups) {
        List<List<?>> rows = rows(groups);
        String title = msg.format("export.overdue.title", townshipName, texts.asOf(asOf),
                texts.groupingLabel(grouping));
        XlsxTableWriter.write(file, msg.get("export.overdue.sheet"), title, columns(), rows);
        return rows.size();
    }

    public List<XlsxColumn> columns() {
        return List.of(
                column("export.overdue.col.group", 22, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.name", 10, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.residentId", 21, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.phone", 14, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.village", 12, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.grid", 12, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.team", 18, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.tier", 7, XlsxColumn.Kind.TIER),
                column("export.overdue.col.lastReached", 17, XlsxColumn.Kind.DATETIME),
                column("export.overdue.col.daysOverdue", 9, XlsxColumn.Kind.NUMBER),
                column("export.overdue.col.week", 9, XlsxColumn.Kind.NUMBER),
                column("export.overdue.col.target", 9, XlsxColumn.Kind.NUMBER),
                column("export.overdue.col.reason", 16, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.home", 10, XlsxColumn.Kind.TEXT));
    }

    private XlsxColumn column(String key, int width, XlsxColumn.Kind kind) {
        return new XlsxColumn(msg.get(key), width, kind);
    }

    /** One row per person, in list order; never-reached and "no date" cells are left empty. */
    public List<List<?>> rows(List<OverdueGroup> groups) {
        List<List<?>> rows = new ArrayList<>();
        for (OverdueGroup g : groups) {
            String group = texts.groupName(g);
            for (OverdueRow r : g.rows()) {
                LedgerEntry e = r.person();
                FollowUpStatus s = r.status();
                rows.add(Arrays.asList(
                        group,
                        e.name(),
                        ResidentIds.mask(e.residentId()),
                        e.phone(),
                        e.villageName(),
                        e.gridName(),
                        e.teamName(),
                        new TierCell(s.tier(), msg.label(s.tier())),
                        s.lastReached(),
                        s.daysOverdue() < 0 ? null : s.daysOverdue(),
                        s.reachedLast7Days(),
                        s.weeklyTarget(),
                        texts.reason(s),
                        texts.homeMarker(s)));
            }
        }
        return rows;
    }
}
