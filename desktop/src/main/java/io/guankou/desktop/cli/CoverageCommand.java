package io.guankou.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.org.Facility;
import io.guankou.model.place.Township;
import io.guankou.model.transport.CentreCoverage;
import io.guankou.model.transport.CentreRule;
import io.guankou.model.transport.CoverageCalculator;
import io.guankou.model.transport.CoverageInputs;
import io.guankou.model.transport.CoverageReport;
import io.guankou.model.transport.CoverageSettings;
import io.guankou.model.transport.VillageCoverage;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code guankou coverage --db FILE [--json]}: ambulance coverage per health centre, gaps first (the same
 * {@link CoverageCalculator} as the coverage tab): the "at least one networked 120 ambulance" rule, villages and
 * red-tier persons covered and not covered, and each village not covered with its time and why.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Ambulance coverage per health centre, gaps first.")
final class CoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    JsonOption json;

    private final GuankouCommand root;
    private final CliContext cli;

    CoverageCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        root.languageOption();
        Township township;
        CoverageReport report;
        List<Facility> facilities;
        try (CliLedger ledger = cli.open(db)) {
            township = ledger.places().township();
            facilities = ledger.places().facilities();
            CoverageInputs inputs = new CoverageInputs(facilities, ledger.places().villages(),
                    ledger.transport().redPersons(), ledger.transport().ambulances(),
                    ledger.transport().measuredMinutes());
            report = CoverageCalculator.compute(inputs, ledger.coverageSettings().load());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, asJson(township, report, facilities));
        } else {
            printTable(out, township, report, facilities, cli.messages());
        }
        out.flush();
        return GuankouCommand.EXIT_OK;
    }

    static Map<String, Object> asJson(Township township, CoverageReport report, List<Facility> facilities) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("townshipCode", township.code());
        m.put("townshipName", township.name());
        CoverageSettings s = report.settings();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("dispatchDelayMinutes", s.dispatchDelayMinutes());
        settings.put("detourFactor", s.detourFactor());
        settings.put("speedKmh", s.speedKmh());
        settings.put("ruralTargetMinutes", s.ruralTargetMinutes());
        settings.put("urbanTargetMinutes", s.urbanTargetMinutes());
        m.put("settings", settings);
        m.put("centresNotMeetingRule", report.centresNotMeetingRule());
        m.put("villagesNotCovered", report.villagesNotCovered());
        m.put("redNotCovered", report.redNotCovered());
        List<Map<String, Object>> centres = new ArrayList<>();
        for (CentreCoverage c : report.centres()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.centre().name());
            cm.put("type", c.centre().type().name());
            cm.put("ambulances", c.ambulances());
            cm.put("networked", c.networked());
            cm.put("networkedInService", c.networkedInService());
            cm.put("rule", c.rule().name());
            cm.put("villagesCovered", c.villagesCovered());
            cm.put("villagesNotCovered", c.villagesNotCovered());
            cm.put("redCovered", c.redCovered());
            cm.put("redNotCovered", c.redNotCovered());
            List<Map<String, Object>> villages = new ArrayList<>();
            for (VillageCoverage v : c.villages()) {
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("code", v.village().code());
                vm.put("name", v.village().name());
                vm.put("redPersons", v.redPersons());
                vm.put("covered", v.covered());
                vm.put("gap", v.gap() == null ? null : v.gap().name());
                vm.put("minutes", round(v.minutes()));
                vm.put("source", v.source().name());
                vm.put("estimateMinutes", round(v.estimateMinutes()));
                vm.put("measuredMinutes", v.measuredMinutes());
                vm.put("targetMinutes", v.targetMinutes());
                vm.put("distanceKm", round(v.distanceKm()));
                vm.put("base", name(facilities, v.baseId()));
                villages.add(vm);
            }
            cm.put("villages", villages);
            centres.add(cm);
        }
        m.put("centres", centres);
        return m;
    }

    private static void printTable(PrintWriter out, Township township, CoverageReport report,
                                   List<Facility> facilities, Messages msg) {
        CoverageSettings s = report.settings();
        out.println(msg.format("cli.coverage.title", township.name(), township.code(), s.dispatchDelayMinutes(),
                BigDecimal.valueOf(s.detourFactor()).stripTrailingZeros().toPlainString(), s.speedKmh(),
                s.ruralTargetMinutes(), s.urbanTargetMinutes()));
        if (report.centres().isEmpty()) {
            out.println(msg.get("cli.coverage.none"));
            return;
        }
        TextTable centres = new TextTable(false, false, false, false, false, false).row(msg.get("cli.coverage.centre"),
                msg.get("cli.coverage.type"), msg.get("cli.coverage.networked"), msg.get("cli.coverage.rule"),
                msg.get("cli.coverage.villages"), msg.get("cli.coverage.red"));
        for (CentreCoverage c : report.centres()) {
            centres.row(c.centre().name(), msg.label(c.centre().type()), c.networked() + "/" + c.ambulances(),
                    msg.label(c.rule()) + (c.rule() == CentreRule.NOT_MET ? " !" : ""),
                    c.villagesCovered() + "/" + c.villagesNotCovered(), c.redCovered() + "/" + c.redNotCovered());
        }
        List<String> lines = centres.lines();
        out.println(lines.get(0));
        for (int n = 0; n < report.centres().size(); n++) {
            CentreCoverage c = report.centres().get(n);
            out.println(lines.get(n + 1));
            for (VillageCoverage v : c.villages()) {
                if (!v.covered()) {
                    out.println(msg.format("cli.coverage.gap", v.village().name(), v.redPersons(),
                            v.minutes() == null ? "-" : Long.toString((long) Math.ceil(v.minutes() - 1e-9)),
                            msg.label(v.source()), v.targetMinutes(), msg.label(v.gap())));
                }
            }
        }
        out.println(msg.format("cli.coverage.total", report.centresNotMeetingRule(), report.villagesNotCovered(),
                report.redNotCovered()));
    }

    private static Double round(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String name(List<Facility> facilities, Long id) {
        return id == null ? null : facilities.stream().filter(f -> f.id() == id).map(Facility::name).findFirst()
                .orElse(null);
    }
}
