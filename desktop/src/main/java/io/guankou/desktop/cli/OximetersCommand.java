package io.guankou.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.oximeter.HolderStock;
import io.guankou.model.oximeter.Shortfalls;
import io.guankou.model.oximeter.VillageShortfall;
import io.guankou.model.place.Township;
import io.guankou.persistence.oximeter.OximeterOverview;
import java.io.PrintWriter;
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
 * {@code guankou oximeters --db FILE [--json]}: every holder with a minimum (largest shortfall first) with the
 * working devices it holds, its minimum and shortfall; then the same per village; the stock and the returns overdue.
 */
@Command(name = "oximeters", mixinStandardHelpOptions = true,
        description = "Oximeter holders: devices held, minimum, shortfall; per village.")
final class OximetersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    JsonOption json;

    private final GuankouCommand root;
    private final CliContext cli;

    OximetersCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        root.languageOption();
        LocalDate today = LocalDate.now(cli.clock());
        OximeterOverview overview;
        Township township;
        try (CliLedger ledger = cli.open(db)) {
            township = ledger.places().township();
            overview = ledger.oximeters().overview(today);
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

    static Map<String, Object> asJson(Township township, OximeterOverview o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("townshipCode", township.code());
        m.put("townshipName", township.name());
        m.put("date", o.today().toString());
        m.put("devices", o.devices().size());
        m.put("workingInStock", o.workingInStock());
        m.put("overdueReturns", o.overdue().size());
        List<Map<String, Object>> holders = new ArrayList<>();
        for (HolderStock h : Shortfalls.gapsFirst(o.holders())) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("kind", h.holder().kind().name().toLowerCase(Locale.ROOT));
            hm.put("type", h.type().name().toLowerCase(Locale.ROOT));
            hm.put("name", h.name());
            hm.put("village", h.villageName());
            hm.put("held", h.held());
            hm.put("minimum", h.minimum());
            hm.put("shortfall", h.shortfall());
            holders.add(hm);
        }
        m.put("holders", holders);
        List<Map<String, Object>> villages = new ArrayList<>();
        for (VillageShortfall v : Shortfalls.byVillage(o.holders())) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("village", v.villageName());
            vm.put("holders", v.holders());
            vm.put("held", v.held());
            vm.put("minimum", v.minimum());
            vm.put("shortfall", v.shortfall());
            vm.put("holdersShort", v.holdersShort());
            villages.add(vm);
        }
        m.put("villages", villages);
        return m;
    }

    private static void print(PrintWriter out, Township township, OximeterOverview o, Messages msg) {
        int shortfall = o.holders().stream().mapToInt(HolderStock::shortfall).sum();
        out.println(msg.format("cli.oximeters.title", township.name(), o.today().toString(), o.devices().size(),
                o.workingInStock(), shortfall, o.overdue().size()));
        TextTable holders = new TextTable(false, false, false, true, true, true).row(msg.get("cli.oximeters.type"),
                msg.get("cli.oximeters.holder"), msg.get("cli.oximeters.village"), msg.get("cli.oximeters.held"),
                msg.get("cli.oximeters.minimum"), msg.get("cli.oximeters.shortfall"));
        for (HolderStock h : Shortfalls.gapsFirst(o.holders())) {
            holders.row(msg.label(h.type()), h.name(), villageName(msg, h.villageName()), h.held(), h.minimum(),
                    h.shortfall());
        }
        holders.print(out);
        out.println();
        out.println(msg.get("cli.oximeters.byVillage"));
        TextTable villages = new TextTable(false, true, true, true, true, true).row(msg.get("cli.oximeters.village"),
                msg.get("cli.oximeters.holders"), msg.get("cli.oximeters.held"), msg.get("cli.oximeters.minimum"),
                msg.get("cli.oximeters.shortfall"), msg.get("cli.oximeters.holdersShort"));
        for (VillageShortfall v : Shortfalls.byVillage(o.holders())) {
            villages.row(villageName(msg, v.villageName()), v.holders(), v.held(), v.minimum(), v.shortfall(),
                    v.holdersShort());
        }
        villages.print(out);
    }

    private static String villageName(Messages msg, String name) {
        return name == null ? msg.get("cli.oximeters.township") : name;
    }
}
