package io.guankou.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.place.Township;
import io.guankou.model.supply.StockLine;
import io.guankou.model.supply.SupplyReport;
import io.guankou.model.supply.SupplySettings;
import io.guankou.model.supply.SupplyStatus;
import io.guankou.persistence.supply.SupplyOverview;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code guankou supplies --db FILE [--json]}: the stock of every facility and item with the recent daily use, days
 * of supply, target and shortfall, alerts first (under the alert days, then below the target).
 */
@Command(name = "supplies", mixinStandardHelpOptions = true,
        description = "Medicines and test kits per facility: stock, daily use, days of supply, target; alerts first.")
final class SuppliesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    JsonOption json;

    private final GuankouCommand root;
    private final CliContext cli;

    SuppliesCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        root.languageOption();
        LocalDate today = LocalDate.now(cli.clock());
        SupplyOverview overview;
        Township township;
        try (CliLedger ledger = cli.open(db)) {
            township = ledger.places().township();
            overview = ledger.supplies().overview(today);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, asJson(township, overview));
        } else {
            print(out, township, overview, cli.messages());
        }
        out.flush();
        return GuankouCommand.EXIT_OK;
    }

    static Map<String, Object> asJson(Township township, SupplyOverview o) {
        SupplySettings s = o.settings();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("townshipCode", township.code());
        m.put("townshipName", township.name());
        m.put("date", o.today().toString());
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("windowDays", s.windowDays());
        sm.put("targetPercent", s.targetPercent());
        sm.put("alertDays", s.alertDays());
        sm.put("springFestival", s.springFestival() == null ? null : s.springFestival().toString());
        sm.put("festivalLeadDays", s.festivalLeadDays());
        sm.put("festivalRaisePercent", s.festivalRaisePercent());
        sm.put("festivalRaisedToday", s.festivalRaised(o.today()));
        m.put("settings", sm);
        Map<SupplyStatus, Integer> counts = SupplyReport.counts(o.lines());
        m.put("underAlertDays", counts.get(SupplyStatus.UNDER_ALERT_DAYS));
        m.put("belowTarget", counts.get(SupplyStatus.BELOW_TARGET));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (StockLine l : o.lines()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("facility", l.facilityName());
            lm.put("kind", l.item().kind().name().toLowerCase(Locale.ROOT));
            lm.put("item", l.item().name());
            lm.put("unit", l.item().unit());
            lm.put("stock", l.stock());
            lm.put("issuedInWindow", l.issuedInWindow());
            lm.put("dailyUse", round(l.dailyUse(), 2));
            lm.put("daysOfSupply", l.daysOfSupply().isPresent() ? round(l.daysOfSupply().getAsDouble(), 1) : null);
            lm.put("target", l.target());
            lm.put("festivalRaised", l.festivalRaised());
            lm.put("shortfall", l.shortfall());
            lm.put("status", l.status().name().toLowerCase(Locale.ROOT));
            lines.add(lm);
        }
        m.put("lines", lines);
        return m;
    }

    private static BigDecimal round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
    }

    private static void print(PrintWriter out, Township township, SupplyOverview o, Messages msg) {
        Map<SupplyStatus, Integer> counts = SupplyReport.counts(o.lines());
        out.println(msg.format("cli.supplies.title", township.name(), o.today().toString(), o.lines().size(),
                counts.get(SupplyStatus.UNDER_ALERT_DAYS), o.settings().alertDays(),
                counts.get(SupplyStatus.BELOW_TARGET)));
        SupplySettings s = o.settings();
        if (s.springFestival() != null) {
            out.println(msg.format(s.festivalRaised(o.today()) ? "cli.supplies.festivalRaised"
                    : "cli.supplies.festival", s.springFestival().toString(), s.festivalRaisePercent(),
                    s.springFestival().minusDays(s.festivalLeadDays()).toString()));
        }
        TextTable t = new TextTable(false, false, false, true, true, true, true, true).row(
                msg.get("cli.supplies.status"), msg.get("cli.supplies.facility"), msg.get("cli.supplies.item"),
                msg.get("cli.supplies.stock"), msg.get("cli.supplies.daily"), msg.get("cli.supplies.days"),
                msg.get("cli.supplies.target"), msg.get("cli.supplies.shortfall"));
        for (StockLine l : o.lines()) {
            t.row(msg.label(l.status()), l.facilityName(), l.item().name() + " (" + l.item().unit() + ")", l.stock(),
                    round(l.dailyUse(), 1).toPlainString(), l.wholeDays() < 0 ? "-" : Integer.toString(l.wholeDays()),
                    l.target() == null ? "-" : l.target() + (l.festivalRaised() ? "*" : ""),
                    l.target() == null ? "-" : Integer.toString(l.shortfall()));
        }
        t.print(out);
    }
}
