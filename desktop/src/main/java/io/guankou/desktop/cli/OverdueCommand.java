package io.guankou.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpIndex;
import io.guankou.model.followup.FollowUpStatus;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueGroup;
import io.guankou.model.followup.OverdueList;
import io.guankou.model.followup.OverdueRow;
import io.guankou.model.id.ResidentIds;
import io.guankou.model.ledger.LedgerEntry;
import io.guankou.model.person.Tier;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guankou overdue [--db FILE] [--date YYYY-MM-DD] [--group village|grid|team] [--json]}: the overdue
 * list (all tiers) as the office's overdue view shows it, for a morning script or a check by hand. Resident
 * IDs are masked here as on screen: a terminal or a log of a cron job is no place for them.
 */
@Command(name = "overdue", mixinStandardHelpOptions = true,
        description = "Persons behind on their contact targets, grouped by village, grid or team.")
final class OverdueCommand implements Callable<Integer> {

    /** With --date, the list is the one the office would have seen at the end of that day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final String INDENT = "  ";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.overdue.opt.date")
    String date;

    @Option(names = "--group", paramLabel = "village|grid|team", descriptionKey = "cli.overdue.opt.group")
    String group = "village";

    @Mixin
    JsonOption json;

    private final GuankouCommand root;
    private final CliContext cli;
    private final Clock clock;

    OverdueCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
        this.clock = cli.clock();
    }

    @Override
    public Integer call() throws JsonProcessingException {
        root.languageOption();
        Messages msg = cli.messages();
        // arguments first: a typo must not cost a database load
        LocalDateTime now = asOf();
        Grouping grouping = grouping();
        List<OverdueGroup> groups;
        try (CliLedger ledger = cli.open(db)) {
            ContactTargets targets = ledger.followUpSettings().loadTargets();
            List<LedgerEntry> entries = ledger.ledger().loadEntries();
            FollowUpIndex index = ledger.followUps().loadIndex(targets, now);
            groups = OverdueList.build(entries, index, now, grouping, EnumSet.allOf(Tier.class));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, asJson(now, grouping, groups));
        } else {
            print(out, msg, now, grouping, groups);
        }
        out.flush();
        return GuankouCommand.EXIT_OK;
    }

    private LocalDateTime asOf() {
        if (date == null) {
            return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        }
        try {
            return LocalDate.parse(date.strip()).atTime(END_OF_DAY);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    cli.messages().format("cli.overdue.badDate", date));
        }
    }

    private Grouping grouping() {
        for (Grouping g : Grouping.values()) {
            if (g.name().equalsIgnoreCase(group.strip())) {
                return g;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                cli.messages().format("cli.overdue.badGroup", group));
    }

    static void print(PrintWriter out, Messages msg, LocalDateTime now, Grouping grouping, List<OverdueGroup> groups) {
        int total = groups.stream().mapToInt(OverdueGroup::count).sum();
        if (total == 0) {
            out.println(msg.format("cli.overdue.none", MINUTES.format(now)));
            return;
        }
        out.println(msg.format("cli.overdue.title", MINUTES.format(now), total, msg.label(grouping)));
        for (OverdueGroup g : groups) {
            out.println();
            out.println(msg.format("cli.overdue.group", groupName(msg, g), g.count()));
            for (OverdueRow row : g.rows()) {
                out.println(INDENT + line(msg, row)); // a bundle value cannot start with spaces
            }
        }
    }

    private static String groupName(Messages msg, OverdueGroup g) {
        if (g.key() == null) {
            return switch (g.grouping()) {
                case VILLAGE -> msg.get("cli.overdue.noVillage");
                case GRID -> msg.format("cli.overdue.noGrid", g.parentName());
                case TEAM -> msg.get("cli.overdue.noTeam");
            };
        }
        return g.grouping() == Grouping.GRID ? msg.format("cli.overdue.gridName", g.parentName(), g.name()) : g.name();
    }

    private static String line(Messages msg, OverdueRow row) {
        FollowUpStatus s = row.status();
        String last = s.lastReached() == null ? msg.get("cli.overdue.never") : MINUTES.format(s.lastReached());
        long days = s.daysOverdue();
        String overdue = days < 0 ? msg.get("cli.overdue.days.unknown") : msg.format("cli.overdue.days", days);
        String tier = msg.label(s.tier());
        if (s.infectedAtHome()) {
            tier = msg.format("cli.overdue.atHome", tier);
        }
        return msg.format("cli.overdue.row", row.person().name(), ResidentIds.mask(row.person().residentId()),
                tier, last, overdue, s.reachedLast7Days(), s.weeklyTarget(), msg.label(s.reason()));
    }

    static Map<String, Object> asJson(LocalDateTime now, Grouping grouping, List<OverdueGroup> groups) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", ISO.format(now));
        m.put("grouping", grouping.name());
        m.put("overdue", groups.stream().mapToInt(OverdueGroup::count).sum());
        List<Map<String, Object>> gs = new ArrayList<>();
        for (OverdueGroup g : groups) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("id", g.key());
            gm.put("name", g.name());
            gm.put("parentName", g.parentName());
            gm.put("count", g.count());
            List<Map<String, Object>> persons = new ArrayList<>();
            for (OverdueRow row : g.rows()) {
                persons.add(person(row));
            }
            gm.put("persons", persons);
            gs.add(gm);
        }
        m.put("groups", gs);
        return m;
    }

    private static Map<String, Object> person(OverdueRow row) {
        LedgerEntry e = row.person();
        FollowUpStatus s = row.status();
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("personId", e.personId());
        pm.put("name", e.name());
        pm.put("residentId", ResidentIds.mask(e.residentId()));
        pm.put("villageName", e.villageName());
        pm.put("gridName", e.gridName());
        pm.put("teamName", e.teamName());
        pm.put("tier", s.tier().name());
        pm.put("infectedAtHome", s.infectedAtHome());
        pm.put("lastReached", s.lastReached() == null ? null : ISO.format(s.lastReached()));
        pm.put("nextDue", s.nextDue() == null ? null : ISO.format(s.nextDue()));
        pm.put("daysOverdue", s.daysOverdue() < 0 ? null : s.daysOverdue());
        pm.put("reachedLast7Days", s.reachedLast7Days());
        pm.put("weeklyTarget", s.weeklyTarget());
        pm.put("reason", s.reason().name());
        return pm;
    }
}
