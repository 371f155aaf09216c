package io.guankou.desktop.meeting.projector;

import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.meeting.FigureLine;
import io.guankou.desktop.meeting.FigureLines;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.meeting.ActionItem;
import io.guankou.model.meeting.ActionRules;
import io.guankou.model.meeting.VillageCompliance;
import io.guankou.model.oximeter.VillageShortfall;
import io.guankou.model.person.NameMask;
import io.guankou.model.person.PersonalText;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.supply.StockLine;
import io.guankou.persistence.referral.ReferralEntry;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The projector's pages, in the meeting's order: overview, villages needing attention, overdue by village, referrals,
 * resources, action lists. Persons appear only masked (NameMask) and free text has ID and phone numbers starred
 * (PersonalText): no full name, ID number or phone number reaches a page. A page holds at most {@code rows} rows.
 */
public final class ProjectorPages {

    public static final List<String> ORDER = List.of("overview", "villages", "overdue", "referrals", "resources",
            "actions");
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    static final int NAMES_PER_VILLAGE = 4;
    static final int TEXT_LIMIT = 36;

    private final Messages msg;
    private final int rows;

    public ProjectorPages(Messages msg, int rows) {
        this.msg = msg;
        this.rows = rows;
    }

    public List<ProjectorPage> build(ProjectorData d) {
        return List.of(overview(d), villages(d), overdue(d), referrals(d), resources(d), actions(d));
    }

    private ProjectorPage overview(ProjectorData d) {
        List<FigureLine> lines = FigureLines.of(d.today(), d.yesterday(), msg);
        // two figures a row: the overview is all on one page
        List<ProjectorPage.Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            FigureLine a = lines.get(i);
            FigureLine b = i + 1 < lines.size() ? lines.get(i + 1) : null;
            boolean bAlert = b != null && b.alert();
            out.add(new ProjectorPage.Row(List.of(a.label(), a.value(), b == null ? "" : b.label(),
                    b == null ? "" : b.value()), List.of(a.alert(), a.alert(), bAlert, bAlert)));
        }
        return new ProjectorPage("overview", msg.format("projector.page.overview", d.today().day().toString(),
                d.at().toLocalTime().toString()), List.of(), List.of(23, 27, 23, 27), out, 0);
    }

    private ProjectorPage villages(ProjectorData d) {
        List<VillageCompliance> worst = d.today().contacts().villages().stream()
                .sorted(VillageCompliance.WORST_FIRST).toList();
        List<ProjectorPage.Row> out = new ArrayList<>();
        for (VillageCompliance v : worst.subList(0, Math.min(rows, worst.size()))) {
            Integer p = v.percent();
            out.add(ProjectorPage.Row.of(List.of(v.villageName(), p == null ? "-" : p + "%",
                    Integer.toString(v.withTarget()), Integer.toString(v.overdue())), p != null && p < 80));
        }
        return page("villages", msg.get("projector.page.villages"), List.of(msg.get("projector.col.village"),
                msg.get("projector.col.compliance"), msg.get("projector.col.withTarget"),
                msg.get("projector.col.overdue")), List.of(40, 20, 20, 20), out, worst.size());
    }

    private ProjectorPage overdue(ProjectorData d) {
        List<OverdueGroup> groups = d.overdue().stream()
                .sorted(Comparator.comparingInt(OverdueGroup::count).reversed()).toList();
        List<ProjectorPage.Row> out = new ArrayList<>();
        for (OverdueGroup g : groups.subList(0, Math.min(rows, groups.size()))) {
            String names = g.rows().stream().limit(NAMES_PER_VILLAGE).map(this::overdueName)
                    .collect(Collectors.joining(msg.get("projector.separator")));
            if (g.count() > NAMES_PER_VILLAGE) {
                names = msg.format("projector.andMore", names, g.count() - NAMES_PER_VILLAGE);
            }
            out.add(ProjectorPage.Row.of(List.of(g.name() == null ? msg.get("cli.overdue.noVillage") : g.name(),
                    Integer.toString(g.count()), names), true));
        }
        return page("overdue", msg.get("projector.page.overdue"), List.of(msg.get("projector.col.village"),
                msg.get("projector.col.overdue"), msg.get("projector.col.longestOverdue")), List.of(16, 9, 75), out,
                groups.size());
    }

    private String overdueName(OverdueRow r) {
        long days = r.status().daysOverdue();
        return msg.format(days < 0 ? "projector.overdueNever" : "projector.overdueDays",
                NameMask.mask(r.person().name()), msg.label(r.person().tier()), days);
    }

    private ProjectorPage referrals(ProjectorData d) {
        List<ProjectorPage.Row> out = new ArrayList<>();
        for (ReferralEntry r : d.referrals().subList(0, Math.min(rows, d.referrals().size()))) {
            String triggers = r.referral().triggers().stream().sorted().map(t -> msg.label((ReferralTrigger) t))
                    .collect(Collectors.joining(msg.get("projector.separator")));
            long hours = Duration.between(r.referral().openedAt(), d.at()).toHours();
            out.add(ProjectorPage.Row.of(List.of(NameMask.mask(r.personName()),
                    r.villageName() == null ? "" : r.villageName(), triggers, OPENED.format(r.referral().openedAt()),
                    msg.label(r.referral().status())), hours >= 24));
        }
        return page("referrals", msg.get("projector.page.referrals"), List.of(msg.get("projector.col.person"),
                msg.get("projector.col.village"), msg.get("projector.col.trigger"), msg.get("projector.col.opened"),
                msg.get("projector.col.status")), List.of(14, 16, 32, 18, 20), out, d.referrals().size());
    }

    private ProjectorPage resources(ProjectorData d) {
        List<ProjectorPage.Row> out = new ArrayList<>();
        int half = Math.max(1, (rows - 1) / 2);
        for (StockLine l : d.supplyAlerts().subList(0, Math.min(half, d.supplyAlerts().size()))) {
            String days = l.daysOfSupply().isPresent() ? msg.format("projector.days", l.wholeDays()) : "-";
            out.add(ProjectorPage.Row.of(List.of(msg.get("projector.kind.supply"), l.item().name(), l.facilityName(),
                    days), true));
        }
        int gaps = Math.min(rows - out.size() - 1, d.oximeterGaps().size());
        for (VillageShortfall v : d.oximeterGaps().subList(0, Math.max(0, gaps))) {
            out.add(ProjectorPage.Row.of(List.of(msg.get("projector.kind.oximeter"),
                    v.villageName() == null ? msg.get("projector.township") : v.villageName(),
                    msg.format("projector.held", v.held(), v.minimum()),
                    msg.format("projector.short", v.shortfall())), true));
        }
        FigureLine ambulances = FigureLines.of(d.today(), null, msg).stream().filter(l -> l.id().equals("ambulances"))
                .findFirst().orElseThrow();
        out.add(ProjectorPage.Row.of(List.of(msg.get("projector.kind.ambulance"), ambulances.value(), "", ""),
                ambulances.alert()));
        int hidden = d.supplyAlerts().size() - Math.min(half, d.supplyAlerts().size())
                + d.oximeterGaps().size() - Math.max(0, gaps);
        return new ProjectorPage("resources", msg.get("projector.page.resources"), List.of(msg.get("projector.col.kind"),
                msg.get("projector.col.what"), msg.get("projector.col.where"), msg.get("projector.col.state")),
                List.of(18, 34, 28, 20), out, hidden);
    }

    private ProjectorPage actions(ProjectorData d) {
        List<ActionItem> items = ActionRules.sorted(d.actions(), d.at().toLocalDate());
        List<ProjectorPage.Row> out = new ArrayList<>();
        for (ActionItem a : items.subList(0, Math.min(rows, items.size()))) {
            String text = PersonalText.mask(a.text());
            if (text.codePointCount(0, text.length()) > TEXT_LIMIT) {
                text = text.substring(0, text.offsetByCodePoints(0, TEXT_LIMIT)) + msg.get("projector.ellipsis");
            }
            String link = a.link() == null ? "" : PersonalText.mask(a.link().shownLabel());
            boolean overdue = ActionRules.isOverdue(a, d.at().toLocalDate());
            out.add(ProjectorPage.Row.of(List.of(msg.label(a.kind()), text, link, PersonalText.mask(a.owner()),
                    a.due().toString() + (overdue ? msg.get("projector.overdueMark") : "")), overdue));
        }
        return page("actions", msg.get("projector.page.actions"), List.of(msg.get("projector.col.kind"),
                msg.get("projector.col.item"), msg.get("projector.col.link"), msg.get("projector.col.owner"),
                msg.get("projector.col.due")), List.of(8, 40, 13, 21, 18), out, items.size());
    }

    private ProjectorPage page(String id, String title, List<String> headings, List<Integer> widths,
                               List<ProjectorPage.Row> out, int total) {
        return new ProjectorPage(id, title, headings, widths, out, Math.max(0, total - out.size()));
    }
}
