package io.guankou.desktop.ledger;

import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.persistence.excel.TierCell;
import io.guankou.persistence.excel.XlsxColumn;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

/**
 * The ledger rows as shown (the current search and filters) as an .xlsx sheet: one row per person with the
 * bundle's headers, the tier on its colour with the override marker, IDs masked unless the user chose full.
 */
public final class LedgerExport {

    private LedgerExport() {
    }

    /** The rows are copied now, on the FX thread; writing happens later in the background. */
    public static TableExport.Sheet sheet(TableExport export, List<LedgerEntry> shown, LocalDate today) {
        Messages msg = export.messages();
        String title = msg.format("export.ledger.title", export.townshipName(), today.toString(), shown.size());
        return export.sheet("export.ledger.sheet", title, shown, fullIds -> columns(export, fullIds),
                (e, fullIds) -> row(msg, e, today, fullIds));
    }

    static List<XlsxColumn> columns(TableExport export, boolean fullIds) {
        return List.of(
                export.column("export.ledger.col.name", 10, XlsxColumn.Kind.TEXT),
                export.residentIdColumn(fullIds),
                export.column("export.ledger.col.sex", 6, XlsxColumn.Kind.TEXT),
                export.column("export.ledger.col.birthDate", 12, XlsxColumn.Kind.DATE),
                export.column("export.ledger.col.age", 6, XlsxColumn.Kind.NUMBER),
                export.column("export.ledger.col.phone", 14, XlsxColumn.Kind.TEXT),
                export.column("export.ledger.col.village", 12, XlsxColumn.Kind.TEXT),
                export.column("export.ledger.col.grid", 12, XlsxColumn.Kind.TEXT),
                export.column("export.ledger.col.team", 18, XlsxColumn.Kind.TEXT),
                export.column("export.ledger.col.tier", 10, XlsxColumn.Kind.TIER),
                export.column("export.ledger.col.comorbidities", 9, XlsxColumn.Kind.NUMBER),
                export.column("export.ledger.col.unstable", 9, XlsxColumn.Kind.TEXT),
                export.column("export.ledger.col.vaccination", 10, XlsxColumn.Kind.TEXT));
    }

    static List<?> row(Messages msg, LedgerEntry e, LocalDate today, boolean fullIds) {
        String tier = msg.label(e.tier());
        return Arrays.asList(
                e.name(),
                TableExport.residentId(e.residentId(), fullIds),
                msg.label(e.sex()),
                e.birthDate(),
                e.birthDate() == null ? null : Period.between(e.birthDate(), today).getYears(),
                e.phone(),
                e.villageName(),
                e.gridName(),
                e.teamName(),
                new TierCell(e.tier(), e.isOverridden() ? tier + " " + msg.get("ledger.overrideMarker") : tier),
                e.comorbidityCount(),
                e.comorbidityCount() == 0 ? null
                        : msg.get(e.anyUnstable() ? "export.ledger.unstable.yes" : "export.ledger.unstable.no"),
                msg.label(e.vaccination()));
    }
}
