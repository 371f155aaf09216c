package io.guankou.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.boundary.BoundaryFeature;
import io.guankou.model.boundary.BoundaryMatch;
import io.guankou.model.boundary.BoundaryRefused;
import io.guankou.model.boundary.DoubleMatch;
import io.guankou.model.boundary.GeoJsonBoundaryReader;
import io.guankou.model.boundary.MatchedBoundary;
import io.guankou.model.place.Village;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guankou boundaries --db FILE GEOJSON [--dry-run] [--json]}: village and grid boundaries from a GeoJSON file,
 * matched to the ledger's villages by code or name; the matched places' shapes replaced in one transaction (not
 * with {@code --dry-run}) and the report printed: counts, the features that matched nothing, places matched twice,
 * villages left without a shape. Exit 0 when imported (or it would be), 2 with one line when the file is refused.
 */
@Command(name = "boundaries", mixinStandardHelpOptions = true,
        description = "Village and grid boundaries from a GeoJSON file: match, import, report.")
final class BoundariesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    JsonOption json;

    @Parameters(index = "0", paramLabel = "GEOJSON", descriptionKey = "cli.boundaries.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.boundaries.opt.dryRun")
    boolean dryRun;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.import.opt.user")
    String user;

    private final GuankouCommand root;
    private final CliContext cli;

    BoundariesCommand(GuankouCommand root, CliContext cli) {
        this.root = root;
        this.cli = cli;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        root.languageOption();
        Messages msg = cli.messages();
        PrintWriter err = spec.commandLine().getErr();
        String name = file.getFileName().toString();
        List<BoundaryFeature> features;
        try (InputStream in = Files.newInputStream(file)) {
            features = new GeoJsonBoundaryReader().read(in);
        } catch (BoundaryRefused e) {
            err.println(msg.format("cli.error", new BoundaryTexts(msg).refusal(name, e)));
            return GuankouCommand.EXIT_USAGE;
        } catch (IOException e) {
            err.println(msg.format("cli.error", msg.format("cli.boundaries.cannotRead", file)));
            return GuankouCommand.EXIT_USAGE;
        }
        BoundaryMatch report;
        try (CliLedger ledger = cli.open(db)) {
            report = ledger.boundaries().importShapes(features, name, cli.userName(user), dryRun);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            json.print(out, asJson(name, dryRun, report));
        } else {
            print(out, msg, name, report);
        }
        out.flush();
        return GuankouCommand.EXIT_OK;
    }

    private void print(PrintWriter out, Messages msg, String name, BoundaryMatch r) {
        BoundaryTexts texts = new BoundaryTexts(msg);
        out.println(msg.format(dryRun ? "cli.boundaries.wouldImport" : "cli.boundaries.imported", name,
                r.features(), r.villagesMatched(), r.gridsMatched(), r.repaired()));
        if (!r.unmatched().isEmpty()) {
            out.println(msg.format("cli.boundaries.unmatched", r.unmatched().size()));
            r.unmatched().forEach(f -> out.println("  " + texts.feature(f)));
        }
        if (!r.matchedTwice().isEmpty()) {
            out.println(msg.format("cli.boundaries.twice", r.matchedTwice().size()));
            for (DoubleMatch d : r.matchedTwice()) {
                out.println(msg.format("cli.boundaries.twiceLine", d.placeName(),
                        msg.join(d.features().stream().map(f -> "#" + f.number()).toList())));
            }
        }
        out.println(r.shapeless().isEmpty() ? msg.get("cli.boundaries.allShaped")
                : msg.format("cli.boundaries.shapeless", r.shapeless().size(),
                        msg.join(r.shapeless().stream().map(Village::name).toList())));
    }

    static Map<String, Object> asJson(String file, boolean dryRun, BoundaryMatch r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("dryRun", dryRun);
        m.put("features", r.features());
        m.put("villagesMatched", r.villagesMatched());
        m.put("gridsMatched", r.gridsMatched());
        m.put("repaired", r.repaired());
        List<Map<String, Object>> matched = new ArrayList<>();
        for (MatchedBoundary b : r.matched()) {
            Map<String, Object> x = feature(b.feature());
            x.put("village", b.villageName());
            x.put("grid", b.gridName());
            x.put("by", b.byCode() ? "code" : "name");
            matched.add(x);
        }
        m.put("matched", matched);
        List<Map<String, Object>> unmatched = new ArrayList<>();
        for (BoundaryFeature f : r.unmatched()) {
            Map<String, Object> x = feature(f);
            x.put("problem", f.problem().name());
            unmatched.add(x);
        }
        m.put("unmatched", unmatched);
        List<Map<String, Object>> twice = new ArrayList<>();
        for (DoubleMatch d : r.matchedTwice()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("place", d.placeName());
            x.put("features", d.features().stream().map(BoundaryFeature::number).toList());
            twice.add(x);
        }
        m.put("matchedTwice", twice);
        List<Map<String, Object>> shapeless = new ArrayList<>();
        for (Village v : r.shapeless()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", v.code());
            x.put("name", v.name());
            shapeless.add(x);
        }
        m.put("shapeless", shapeless);
        return m;
    }

    private static Map<String, Object> feature(BoundaryFeature f) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("number", f.number());
        x.put("code", f.code());
        x.put("name", f.name());
        x.put("gridName", f.grid());
        return x;
    }
}
