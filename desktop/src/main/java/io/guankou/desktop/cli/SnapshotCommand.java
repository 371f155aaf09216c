package io.guankou.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.meeting.FigureLine;
import io.guankou.desktop.meeting.FigureLines;
import io.guankou.model.meeting.AmbulanceCount;
import io.guankou.model.meeting.DailyFigures;
import io.guankou.model.meeting.Snapshot;
import io.guankou.model.meeting.StaffFigures;
import io.guankou.model.meeting.VillageCompliance;
import io.guankou.persistence.meeting.DailySnapshots;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * {@code guankou snapshot [--db FILE] [--date YYYY-MM-DD] [--json]}: the dispatch meeting's figures of a day, the
 * numbers the dashboard's tiles show. Without {@code --date}: today as at now, stored as today's on-demand snapshot.
 * With today's date: as at the end of today (the moment {@code guankou overdue --date} uses), not stored. With an
 * earlier day: its stored closing snapshot, or, when it has none, the figures as at that day's end, stored as its late
 * close. The overdue count is the overdue list's for the same moment.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "The daily dispatch meeting's figures of a day (stored as that day's snapshot).")
final class SnapshotCommand implements Callable<Integer> {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.snapshot.opt.date")
    String date;

    @Mixin
    JsonOption json;

    private final GuankouCommand root;
    private final CliContext cli;
    private final Clock clock;

    SnapshotCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
        this.clock = cli.clock();
    }

    @Override
    public Integer call() throws JsonProcessingException {
        root.languageOption();
        Messages msg = cli.messages();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = day(now.toLocalDate());
        Snapshot snapshot;
        boolean stored;
        DailyFigures previous;
        try (CliLedger ledger = cli.open(db)) {
            DailySnapshots snapshots = ledger.snapshots();
            if (date == null || day.isBefore(now.toLocalDate())) {
                snapshot = snapshots.take(day, now);
                stored = true;
            } else {
                snapshot = new Snapshot(snapshots.figures(day, DailySnapshots.endOf(day)), now, false);
                stored = false;
            }
            previous = ledger.snapshotStore().load(day.minusDays(1)).map(Snapshot::figures).orElse(null);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, asJson(snapshot, stored));
        } else {
            print(out, msg, snapshot, stored, previous);
        }
        out.flush();
        return GuankouCommand.EXIT_OK;
    }

    private LocalDate day(LocalDate today) {
        if (date == null) {
            return today;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), cli.messages().format("cli.overdue.badDate", date));
        }
        if (d.isAfter(today)) {
            throw new CommandLine.ParameterException(spec.commandLine(), cli.messages().format("cli.snapshot.future", date));
        }
        return d;
    }

    private static void print(PrintWriter out, Messages msg, Snapshot s, boolean stored, DailyFigures previous) {
        DailyFigures f = s.figures();
        out.println(msg.format("cli.snapshot.title", f.day().toString(), MINUTES.format(f.at())));
        if (stored) {
            out.println(msg.format(s.late() ? "cli.snapshot.storedLate" : "cli.snapshot.stored",
                    MINUTES.format(s.takenAt())));
        }
        TextTable table = new TextTable(false, false);
        for (FigureLine line : FigureLines.of(f, previous, msg)) {
            table.row(line.label(), line.alert() ? line.value() + " !" : line.value());
        }
        table.print(out);
        List<VillageCompliance> villages = f.contacts().villages();
        if (!villages.isEmpty()) {
            out.println();
            out.println(msg.get("cli.snapshot.villages"));
            TextTable v = new TextTable(false, true, true, true);
            v.row(msg.get("cli.snapshot.village"), msg.get("cli.snapshot.withTarget"), msg.get("cli.snapshot.meeting"),
                    msg.get("cli.snapshot.overdue"));
            for (VillageCompliance c : villages) {
                v.row(c.villageName(), c.withTarget(), c.percent() == null ? "-" : c.meetingTarget() + " (" + c.percent()
                        + "%)", c.overdue());
            }
            v.print(out);
        }
    }

    static Map<String, Object> asJson(Snapshot s, boolean stored) {
        DailyFigures f = s.figures();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", f.day().toString());
        m.put("asAt", f.at().toString());
        m.put("stored", stored);
        m.put("takenAt", stored ? s.takenAt().toString() : null);
        m.put("late", stored && s.late());
        Map<String, Object> tiers = new LinkedHashMap<>();
        tiers.put("red", f.tiers().red());
        tiers.put("yellow", f.tiers().yellow());
        tiers.put("green", f.tiers().green());
        m.put("tiers", tiers);
        m.put("contactsDue", f.contacts().due());
        m.put("contactsDone", f.contacts().done());
        m.put("contactsMade", f.contacts().made());
        m.put("overdue", f.contacts().overdue());
        m.put("withTarget", f.contacts().withTarget());
        m.put("meetingTarget", f.contacts().meetingTarget());
        m.put("compliancePercent", f.contacts().compliancePercent());
        m.put("newInfections", f.newInfections());
        m.put("spo2Alerts", f.spo2Alerts());
        m.put("referralsOpened", f.referralsOpened());
        m.put("openReferrals", f.openReferrals());
        m.put("oldestOpenReferral", f.oldestOpenReferral() == null ? null : f.oldestOpenReferral().toString());
        m.put("oximeterShortfall", f.oximeterShortfall());
        m.put("lowestSupply", f.lowestSupply() == null ? null : Map.of("facility", f.lowestSupply().facilityName(),
                "item", f.lowestSupply().itemName(), "days", f.lowestSupply().days()));
        AmbulanceCount a = f.ambulances();
        m.put("ambulances", a == null ? null : Map.of("networked", a.networked(), "available", a.available()));
        StaffFigures st = f.staff();
        if (st == null) {
            m.put("staff", null);
        } else {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("facilitiesReported", st.facilitiesReported());
            sm.put("total", st.total());
            sm.put("onDuty", st.onDuty());
            sm.put("onDutyPercent", st.onDutyPercent());
            sm.put("meetsTarget", st.meetsTarget());
            sm.put("infected", st.infected());
            sm.put("feverVisits", st.feverVisits());
            m.put("staff", sm);
        }
        m.put("returnees", f.returnees());
        m.put("familyDoctorPercent", f.familyDoctorPercent());
        List<Map<String, Object>> villages = new ArrayList<>();
        for (VillageCompliance v : f.contacts().villages()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("village", v.villageName());
            vm.put("withTarget", v.withTarget());
            vm.put("meetingTarget", v.meetingTarget());
            vm.put("percent", v.percent());
            vm.put("overdue", v.overdue());
            villages.add(vm);
        }
        m.put("villages", villages);
        return m;
    }
}
