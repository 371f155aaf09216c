package io.guankou.desktop.referral;

import io.guankou.desktop.export.TableExport;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.referral.Referral;
import io.guankou.persistence.excel.TierCell;
import io.guankou.persistence.excel.XlsxColumn;
import io.guankou.persistence.referral.ReferralEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The referral queue as shown (open only, or all) as an .xlsx sheet, oldest first as on screen. How long
 * each has waited is taken when the user asks for the export, so the sheet says what the screen said.
 */
public final class ReferralExport {

    private ReferralExport() {
    }

    /** The rows and their waiting times are copied now, on the FX thread. */
    public static TableExport.Sheet sheet(TableExport export, List<ReferralEntry> shown,
                                          Function<ReferralEntry, Duration> openFor, boolean openOnly) {
        Messages msg = export.messages();
        List<Waiting> rows = shown.stream().map(e -> new Waiting(e, OpenForText.format(msg, openFor.apply(e))))
                .toList();
        LocalDate today = export.today();
        String title = msg.format("export.referrals.title", export.townshipName(), today.toString(),
                msg.get(openOnly ? "export.referrals.open" : "export.referrals.all"), rows.size());
        return export.sheet("export.referrals.sheet", title, rows, fullIds -> columns(export, fullIds),
                (w, fullIds) -> row(msg, w, fullIds));
    }

    private record Waiting(ReferralEntry entry, String waited) {
    }

    static List<XlsxColumn> columns(TableExport export, boolean fullIds) {
        return List.of(
                export.column("export.referrals.col.name", 10, XlsxColumn.Kind.TEXT),
                export.residentIdColumn(fullIds),
                export.column("export.referrals.col.phone", 14, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.village", 12, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.grid", 12, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.tier", 7, XlsxColumn.Kind.TIER),
                export.column("export.referrals.col.triggers", 24, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.openedAt", 17, XlsxColumn.Kind.DATETIME),
                export.column("export.referrals.col.waited", 9, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.destination", 20, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.transport", 12, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.escort", 9, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.status", 10, XlsxColumn.Kind.TEXT),
                export.column("export.referrals.col.outcome", 24, XlsxColumn.Kind.TEXT));
    }

    /** A referral's triggers in enum order, as the queue lists them. */
    static String triggersText(Messages msg, Referral r) {
        return r.triggers().stream().sorted().map(msg::label)
                .collect(Collectors.collectingAndThen(Collectors.toList(), msg::join));
    }

    private static List<?> row(Messages msg, Waiting w, boolean fullIds) {
        ReferralEntry e = w.entry();
        Referral r = e.referral();
        return Arrays.asList(
                e.personName(),
                TableExport.residentId(e.residentId(), fullIds),
                e.phone(),
                e.villageName(),
                e.gridName(),
                e.tier() == null ? null : new TierCell(e.tier(), msg.label(e.tier())),
                triggersText(msg, r),
                r.openedAt(),
                w.waited(),
                r.destination(),
                msg.label(r.transport()),
                r.escort() ? msg.get("referral.escort.yes") : null,
                msg.label(r.status()),
                r.outcome());
    }
}
