package io.guankou.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.person.Tier;
import io.guankou.persistence.stats.TownshipStats;
import io.guankou.persistence.stats.VillageTierCounts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code guankou stats [--db FILE] [--json]}: persons per village and tier, computed vs. overridden. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Persons per village and tier (computed and effective), and overrides.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    JsonOption json;

    private final GuankouCommand root;
    private final CliContext cli;

    StatsCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        root.languageOption();
        TownshipStats stats;
        try (CliLedger ledger = cli.open(db)) {
            stats = ledger.stats().stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, asJson(stats));
        } else {
            printTable(out, stats, cli.messages());
        }
        out.flush();
        return GuankouCommand.EXIT_OK;
    }

    static Map<String, Object> asJson(TownshipStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("townshipCode", s.townshipCode());
        m.put("townshipName", s.townshipName());
        m.put("persons", s.persons());
        m.put("computed", byTier(s.computedTotals()));
        m.put("effective", byTier(s.effectiveTotals()));
        m.put("overridden", s.overriddenTotal());
        List<Map<String, Object>> villages = new ArrayList<>();
        for (VillageTierCounts v : s.villages()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("code", v.villageCode());
            vm.put("name", v.villageName());
            vm.put("persons", v.persons());
            vm.put("computed", byTier(v.computed()));
            vm.put("effective", byTier(v.effective()));
            vm.put("overridden", v.overridden());
            villages.add(vm);
        }
        m.put("villages", villages);
        return m;
    }

    private static Map<String, Integer> byTier(Map<Tier, Integer> counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Tier t : Tier.values()) {
            m.put(t.name().toLowerCase(java.util.Locale.ROOT), counts.getOrDefault(t, 0));
        }
        return m;
    }

    private static void printTable(PrintWriter out, TownshipStats s, Messages msg) {
        out.println(msg.format("cli.stats.title", s.townshipName(), s.townshipCode(), s.persons()));
        String fmt = "%-12s  %-10s  %6s  %6s %6s %6s  %6s %6s %6s  %6s%n";
        out.printf(fmt, msg.get("cli.stats.code"), msg.get("cli.stats.village"), msg.get("cli.stats.persons"),
                msg.get("cli.stats.computedRed"), msg.get("cli.stats.computedYellow"),
                msg.get("cli.stats.computedGreen"), msg.get("cli.stats.effectiveRed"),
                msg.get("cli.stats.effectiveYellow"), msg.get("cli.stats.effectiveGreen"),
                msg.get("cli.stats.overridden"));
        for (VillageTierCounts v : s.villages()) {
            out.printf(fmt, v.villageCode(), v.villageName(), v.persons(),
                    v.computed().get(Tier.RED), v.computed().get(Tier.YELLOW), v.computed().get(Tier.GREEN),
                    v.effective().get(Tier.RED), v.effective().get(Tier.YELLOW), v.effective().get(Tier.GREEN),
                    v.overridden());
        }
        Map<Tier, Integer> c = s.computedTotals();
        Map<Tier, Integer> e = s.effectiveTotals();
        out.printf(fmt, "", msg.get("cli.stats.total"), s.persons(), c.get(Tier.RED), c.get(Tier.YELLOW),
                c.get(Tier.GREEN), e.get(Tier.RED), e.get(Tier.YELLOW), e.get(Tier.GREEN), s.overriddenTotal());
    }
}
