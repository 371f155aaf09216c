package io.guankou.desktop.meeting.report;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.meeting.FigureLine;
import io.guankou.persistence.excel.XlsxColumn;
import io.guankou.persistence.excel.XlsxSheet;
import io.guankou.persistence.excel.XlsxTableWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The meeting summary as a workbook: a sheet of the day's figures (label, value, and a mark where the figure calls
 * for attention) and a sheet of the open items (kind, text, owner, due day, status, link), each under the summary's
 * title. Written by {@link XlsxTableWriter}, as every export is.
 */
public final class SummaryWorkbook {

    private final Messages msg;

    public SummaryWorkbook(Messages msg) {
        this.msg = msg;
    }

    /** Writes the workbook, replacing {@code file}; call off the FX thread. Returns the rows written (figures and items). */
    public int write(Path file, SummaryContent content) {
        List<List<?>> figures = new ArrayList<>();
        for (FigureLine f : content.figures()) {
            figures.add(Arrays.asList(f.label(), f.value(), f.alert() ? msg.get("meeting.summary.alertMark") : null));
        }
        List<List<?>> items = new ArrayList<>();
        for (SummaryItem i : content.items()) {
            items.add(Arrays.asList(i.kind(), i.text(), i.owner(), i.due(), i.status(), i.link()));
        }
        String title = content.title() + "\u3000" + content.asOf();
        XlsxTableWriter.write(file, List.of(
                new XlsxSheet(msg.get("meeting.summary.sheet.figures"), title, figureColumns(), figures),
                new XlsxSheet(msg.get("meeting.summary.sheet.items"), msg.format("meeting.summary.items",
                        content.counts().open(), content.counts().overdue()), itemColumns(), items)));
        return figures.size() + items.size();
    }

    List<XlsxColumn> figureColumns() {
        return List.of(
                new XlsxColumn(msg.get("meeting.summary.col.figure"), 26, XlsxColumn.Kind.TEXT),
                new XlsxColumn(msg.get("meeting.summary.col.value"), 40, XlsxColumn.Kind.TEXT),
                new XlsxColumn(msg.get("meeting.summary.col.attention"), 8, XlsxColumn.Kind.TEXT));
    }

    List<XlsxColumn> itemColumns() {
        return List.of(
                new XlsxColumn(msg.get("meeting.actions.col.kind"), 8, XlsxColumn.Kind.TEXT),
                new XlsxColumn(msg.get("meeting.actions.col.text"), 50, XlsxColumn.Kind.TEXT),
                new XlsxColumn(msg.get("meeting.actions.col.owner"), 14, XlsxColumn.Kind.TEXT),
                new XlsxColumn(msg.get("meeting.actions.col.due"), 12, XlsxColumn.Kind.DATE),
                new XlsxColumn(msg.get("meeting.actions.col.status"), 12, XlsxColumn.Kind.TEXT),
                new XlsxColumn(msg.get("meeting.actions.col.link"), 20, XlsxColumn.Kind.TEXT));
    }
}
