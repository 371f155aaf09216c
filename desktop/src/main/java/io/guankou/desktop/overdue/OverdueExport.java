package io.guankou.desktop.overdue;

import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueRow;
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
 * headers. Resident IDs are masked, as on screen, unless the user chose full IDs for this export (which the
 * export log records): a list that travels by USB stick should not carry them whole.
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

    /** Writes the sheet with masked IDs; call off the FX thread. Returns the number of person rows written. */
    public int write(Path file, String townshipName, LocalDateTime asOf, Grouping grouping,
                     List<OverdueGroup> groups) {
        List<List<?>> rows = rows(groups);
        XlsxTableWriter.write(file, msg.get("export.overdue.sheet"), title(townshipName, asOf, grouping),
                columns(), rows);
        return rows.size();
    }

    /** The list as shown, for {@link TableExport}: groups copied now, on the FX thread. */
    public TableExport.Sheet sheet(TableExport export, LocalDateTime asOf, Grouping grouping,
                                   List<OverdueGroup> groups) {
        return export.sheet("export.overdue.sheet", title(export.townshipName(), asOf, grouping), lines(groups),
                this::columns, this::row);
    }

    private String title(String townshipName, LocalDateTime asOf, Grouping grouping) {
        return msg.format("export.overdue.title", townshipName, texts.asOf(asOf), texts.groupingLabel(grouping));
    }

    public List<XlsxColumn> columns() {
        return columns(false);
    }

    public List<XlsxColumn> columns(boolean fullIds) {
        return List.of(
                column("export.overdue.col.group", 22, XlsxColumn.Kind.TEXT),
                column("export.overdue.col.name", 10, XlsxColumn.Kind.TEXT),
                TableExport.residentIdColumn(msg, fullIds),
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

    /** A person's row under its group's name. */
    private record Line(String group, OverdueRow row) {
    }

    private List<Line> lines(List<OverdueGroup> groups) {
        List<Line> lines = new ArrayList<>();
        for (OverdueGroup g : groups) {
            String group = texts.groupName(g);
            for (OverdueRow r : g.rows()) {
                lines.add(new Line(group, r));
            }
        }
        return lines;
    }

    /** One row per person, in list order, IDs masked; never-reached and "no date" cells are left empty. */
    public List<List<?>> rows(List<OverdueGroup> groups) {
        return lines(groups).stream().<List<?>>map(l -> row(l, false)).toList();
    }

    private List<?> row(Line line, boolean fullIds) {
        LedgerEntry e = line.row().person();
        FollowUpStatus s = line.row().status();
        return Arrays.asList(
                line.group(),
                e.name(),
                TableExport.residentId(e.residentId(), fullIds),
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
                texts.homeMarker(s));
    }
}
