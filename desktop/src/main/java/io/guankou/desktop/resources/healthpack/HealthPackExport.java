package io.guankou.desktop.resources.healthpack;

import io.guankou.desktop.export.TableExport;
import io.guankou.model.healthpack.PackQueueLine;
import io.guankou.persistence.excel.XlsxColumn;
import java.util.Arrays;
import java.util.List;

/** The queue as shown (one village or all) as an .xlsx sheet: rank, village, person, why; IDs masked unless chosen. */
final class HealthPackExport {

    private final HealthPackTexts texts;

    HealthPackExport(HealthPackTexts texts) {
        this.texts = texts;
    }

    TableExport.Sheet sheet(TableExport export, List<PackQueueLine> lines, String villageName) {
        var msg = texts.messages();
        String title = msg.format("healthPacks.export.title", export.townshipName(),
                villageName == null ? msg.get("healthPacks.allVillages") : villageName, export.today().toString());
        return export.sheet("healthPacks.export.sheet", title, lines, fullIds -> columns(export, fullIds),
                this::row);
    }

    private List<XlsxColumn> columns(TableExport export, boolean fullIds) {
        return List.of(
                export.column("healthPacks.col.rank", 6, XlsxColumn.Kind.NUMBER),
                export.column("healthPacks.col.village", 12, XlsxColumn.Kind.TEXT),
                export.column("healthPacks.col.name", 10, XlsxColumn.Kind.TEXT),
                export.residentIdColumn(fullIds),
                export.column("healthPacks.col.phone", 14, XlsxColumn.Kind.TEXT),
                export.column("healthPacks.col.age", 6, XlsxColumn.Kind.NUMBER),
                export.column("healthPacks.col.why", 36, XlsxColumn.Kind.TEXT));
    }

    private List<?> row(PackQueueLine l, boolean fullIds) {
        return Arrays.asList(l.rank(), l.person().villageName(), l.person().name(),
                TableExport.residentId(l.person().residentId(), fullIds), HealthPackTexts.phone(l), l.person().age(),
                texts.why(l));
    }
}
